/**
 * The `dg` project configuration (dagster-facts.md §0, §8). With the dg format (config-format.ts:
 * Dagster 1.12.11 and later) the files sit at the repository root; otherwise they are an optional
 * alternative to `dagster_cloud.yaml` in a `dg/` folder that mirrors the repository, so the two
 * formats are never mixed by accident. Each repository is a dg workspace whose projects are the
 * location folders, and every file keeps to dg's own rules (dg-schema.ts):
 *
 * - `dg.toml`: `directory_type = "workspace"` and one `[[workspace.projects]]` per project;
 * - `build.yaml`: workspace defaults, only `registry` (the format allows only `registry` and
 *   `directory`);
 * - `container_context.yaml`: workspace defaults under the platform key (`k8s:` / `ecs:` /
 *   `docker:`, the only keys the agent's location schema takes), with an empty `env_vars` list;
 *   none for local agents;
 * - `<project>/build.yaml`: `registry` again and `directory: .` (the project folder is the build
 *   directory), so nothing depends on how dg merges workspace and project settings;
 * - `<project>/pyproject.dg.toml`: `[tool.dg]` and `[tool.dg.project]` (`root_module`,
 *   `code_location_name`), to merge into the project's own `pyproject.toml`. A project routed to
 *   an agent queue gets the queue as a comment, not a key: dg-core rejects `agent_queue` there at
 *   the commits we read (DG_ROUTING).
 */
import type { AgentPlatform } from '../questionnaire/schemas';
import type { LocationNode, RepoNode, Topology } from '../topology/types';
import { configFormatOf, DG_ROUTING_FACT } from './config-format';
import { headerLines } from './header';
import { registryFor, repoFilePath, repoLocations } from './placement';
import { toToml, type TomlTable } from './to-toml';
import { toYaml } from './to-yaml';
import type { EmitContext, Emitter, GeneratedFile } from './types';

/** Folder (inside each repository) holding the dg files. */
export const DG_FOLDER = 'dg';
/** Name of the per-project fragment to merge into the project's pyproject.toml. */
export const PYPROJECT_FRAGMENT = 'pyproject.dg.toml';

/** The only keys the agent's location schema takes at the top of a `container_context`. */
export const CONTAINER_CONTEXT_KEYS = ['k8s', 'ecs', 'docker'] as const;

/** Platform key of `container_context.yaml`; local agents take no container context. */
const CONTAINER_CONTEXT_KEY = {
  k8s: 'k8s',
  ecs: 'ecs',
  docker: 'docker',
  local: null,
} as const satisfies Record<AgentPlatform, string | null>;

/** Where a platform's container-context keys are documented, for the header. */
const CONTAINER_CONTEXT_HINT = {
  k8s: 'namespace, env_secrets, server_k8s_config, run_k8s_config, ...',
  ecs: 'secrets, task_role_arn, execution_role_arn, server_resources, run_resources, ...',
  docker: 'networks, container_kwargs, ...',
  local: '',
} as const satisfies Record<AgentPlatform, string>;

/** `parts` inside the repository: at its root for the dg format, else under `dg/`. */
const dgPath = (atRoot: boolean, topology: Topology, repo: RepoNode, ...parts: string[]): string =>
  repoFilePath(topology, repo.name, (atRoot ? parts : [DG_FOLDER, ...parts]).join('/'));

/** dg.toml's tables: a workspace listing the project folders, in order. */
export const dgWorkspaceTables = (folders: readonly string[]): TomlTable[] => [
  { header: [], values: { directory_type: 'workspace' } },
  { header: ['workspace'], values: {} },
  ...folders.map((path): TomlTable => ({
    header: ['workspace', 'projects'],
    arrayItem: true,
    values: { path },
  })),
];

/** The `[tool.dg]` / `[tool.dg.project]` tables of one project. */
export const dgProjectTables = (l: Pick<LocationNode, 'packageName' | 'name'>): TomlTable[] => [
  { header: ['tool', 'dg'], values: { directory_type: 'project' } },
  {
    header: ['tool', 'dg', 'project'],
    values: { root_module: l.packageName, code_location_name: l.name },
  },
];

/** Header lines of a routed project's fragment: where its queue would go, and why it does not. */
const routingComment = (queue: string): string[] => [
  `Routing: this code location belongs on agent queue ${queue}. ${DG_ROUTING_FACT}`,
  `Once your dg accepts it, add under [tool.dg.project]:  agent_queue = "${queue}"`,
  'Until then deploy with dagster_cloud.yaml.',
];

const repoFiles = (
  platform: AgentPlatform,
  registry: string,
  topology: Topology,
  repo: RepoNode,
  ctx: EmitContext,
  shared: boolean,
  atRoot: boolean,
): GeneratedFile[] => {
  const locations = repoLocations(topology, repo);
  const contextKey = CONTAINER_CONTEXT_KEY[platform];
  const workspace: GeneratedFile = {
    path: dgPath(atRoot, topology, repo, 'dg.toml'),
    repo: repo.name,
    kind: 'text',
    content: toToml(
      dgWorkspaceTables(locations.map((l) => l.directory)),
      headerLines(
        ctx,
        atRoot
          ? [
              `dg workspace of the ${repo.name} repository: one project per code location, deployed by`,
              `dg plus deploy (the generated CI). Merge each ${PYPROJECT_FRAGMENT} into that project's pyproject.toml.`,
            ]
          : [
              `dg workspace of the ${repo.name} repository: an alternative to dagster_cloud.yaml.`,
              `The ${DG_FOLDER}/ folder mirrors the repository: copy its files over the repository root and`,
              `merge each ${PYPROJECT_FRAGMENT} into that project's pyproject.toml; do not keep both formats.`,
              'Deploy with the dg plus deploy commands instead of dagster-cloud ci: the generated CI file',
              'reads dagster_cloud.yaml, so rescaffold it with dg plus deploy configure when switching.',
            ],
      ),
    ),
    description: `dg workspace of ${repo.name}: one project per code location${atRoot ? '' : ' (alternative to dagster_cloud.yaml)'}.`,
  };
  const build: GeneratedFile = {
    path: dgPath(atRoot, topology, repo, 'build.yaml'),
    repo: repo.name,
    kind: 'yaml',
    content: toYaml(
      { registry },
      headerLines(ctx, [
        `Workspace build defaults of ${repo.name} (dg format: only registry and directory).`,
        'Each project build.yaml sets its own directory; project settings override these.',
      ]),
    ),
    description: `dg build defaults of ${repo.name}: the image registry shared by its projects.`,
  };
  const containerContext: GeneratedFile[] =
    contextKey === null
      ? []
      : [
          {
            path: dgPath(atRoot, topology, repo, 'container_context.yaml'),
            repo: repo.name,
            kind: 'yaml',
            content: toYaml(
              { [contextKey]: { env_vars: [] } },
              headerLines(ctx, [
                `Workspace container context of ${repo.name}, empty to start with.`,
                `Only ${CONTAINER_CONTEXT_KEYS.join(' / ')} may sit at the top (the agent's location schema);`,
                'env_vars: KEY (from the agent environment) or KEY=VALUE, for every project.',
                `Other settings: ${CONTAINER_CONTEXT_HINT[platform]}`,
                'A project folder may hold its own container_context.yaml (project settings win).',
              ]),
            ),
            description: `dg container context defaults of ${repo.name} (${contextKey}), to fill in.`,
          },
        ];
  const projects = locations.flatMap((l): GeneratedFile[] => [
    {
      path: dgPath(atRoot, topology, repo, l.directory, 'build.yaml'),
      repo: repo.name,
      kind: 'yaml',
      content: toYaml(
        { registry, directory: '.' },
        headerLines(ctx, [
          `Build settings of the dg project ${l.name}: its folder is the Docker build directory.`,
          'The registry repeats the workspace one so the project builds the same on its own.',
          ...(shared
            ? [
                'Projects share code: install shared/ as a package (a path or git dependency) since',
                'the build directory is the project folder. UNCERTAIN: where dg looks for the',
                'Dockerfile if you point directory at the workspace root instead.',
              ]
            : []),
        ]),
      ),
      description: `dg build settings of ${l.name}.`,
    },
    {
      path: dgPath(atRoot, topology, repo, l.directory, PYPROJECT_FRAGMENT),
      repo: repo.name,
      kind: 'text',
      content: toToml(
        dgProjectTables(l),
        headerLines(ctx, [
          `[tool.dg.project] of ${l.name}: merge into ${l.directory}/pyproject.toml (it is not a complete file).`,
          ...(l.agentQueue === null ? [] : routingComment(l.agentQueue)),
        ]),
      ),
      description: `[tool.dg.project] of ${l.name}: package and code location name, to merge into its pyproject.toml.`,
    },
  ]);
  return [workspace, build, ...containerContext, ...projects];
};

export const emitDgProject: Emitter = (answers, topology, ctx) => {
  const atRoot = configFormatOf(answers, topology).format === 'dg';
  return topology.repos.flatMap((repo) =>
    repoFiles(
      answers.agent,
      registryFor(answers, repo.name),
      topology,
      repo,
      ctx,
      answers.share !== 'none',
      atRoot,
    ),
  );
};
