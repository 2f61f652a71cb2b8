/**
 * The newer `dg` project configuration (dagster-facts.md §0, §2), an optional alternative to
 * `dagster_cloud.yaml`. Each repository is a dg workspace whose projects are the location
 * folders; files go to a `dg/` folder that mirrors the repository, so the two formats are never
 * mixed by accident (copy its contents over the repository root when switching):
 *
 * - `dg/dg.toml`: `directory_type = "workspace"` and one `[[workspace.projects]]` per project;
 * - `dg/build.yaml`: workspace defaults, only `registry` (the format allows only `registry` and
 *   `directory`);
 * - `dg/container_context.yaml`: workspace defaults, the top-level `env_vars` list and the
 *   platform key (`k8s:` / `ecs:` / `docker:`), empty for the user to fill; none for local agents;
 * - `dg/<project>/build.yaml`: `registry` again and `directory: .` (the project folder is the
 *   build directory), so nothing depends on how dg merges workspace and project settings;
 * - `dg/<project>/pyproject.dg.toml`: `[tool.dg]` and `[tool.dg.project]` (`root_module`,
 *   `code_location_name`, `agent_queue` where the topology routes to a named queue), to merge
 *   into the project's own `pyproject.toml`.
 */
import type { AgentPlatform } from '../questionnaire/schemas';
import type { LocationNode, RepoNode, Topology } from '../topology/types';
import { headerLines } from './header';
import { registryFor, repoFilePath, repoLocations } from './placement';
import { toToml, type TomlTable } from './to-toml';
import { toYaml } from './to-yaml';
import type { EmitContext, Emitter, GeneratedFile } from './types';

/** Folder (inside each repository) holding the dg files. */
export const DG_FOLDER = 'dg';
/** Name of the per-project fragment to merge into the project's pyproject.toml. */
export const PYPROJECT_FRAGMENT = 'pyproject.dg.toml';

/** Platform key of `container_context.yaml`; local agents take no container context. */
const CONTAINER_CONTEXT_KEY = {
  k8s: 'k8s',
  ecs: 'ecs',
  docker: 'docker',
  local: null,
} as const satisfies Record<AgentPlatform, string | null>;

/** Where a platform's container-context keys are documented, for the header. */
const CONTAINER_CONTEXT_HINT = {
  k8s: 'k8s: namespace, env_secrets, server_k8s_config, run_k8s_config, ...',
  ecs: 'ecs: secrets, task_role_arn, execution_role_arn, server_resources, run_resources, ...',
  docker: 'docker: networks, container_kwargs, env_vars, ...',
  local: '',
} as const satisfies Record<AgentPlatform, string>;

const dgPath = (topology: Topology, repo: RepoNode, ...parts: string[]): string =>
  repoFilePath(topology, repo.name, [DG_FOLDER, ...parts].join('/'));

/** The `[tool.dg]` / `[tool.dg.project]` tables of one project. */
export const dgProjectTables = (l: LocationNode): TomlTable[] => [
  { header: ['tool', 'dg'], values: { directory_type: 'project' } },
  {
    header: ['tool', 'dg', 'project'],
    values: {
      root_module: l.packageName,
      code_location_name: l.name,
      ...(l.agentQueue === null ? {} : { agent_queue: l.agentQueue }),
    },
  },
];

const repoFiles = (
  platform: AgentPlatform,
  registry: string,
  topology: Topology,
  repo: RepoNode,
  ctx: EmitContext,
  shared: boolean,
): GeneratedFile[] => {
  const locations = repoLocations(topology, repo);
  const contextKey = CONTAINER_CONTEXT_KEY[platform];
  const workspace: GeneratedFile = {
    path: dgPath(topology, repo, 'dg.toml'),
    repo: repo.name,
    kind: 'text',
    content: toToml(
      [
        { header: [], values: { directory_type: 'workspace' } },
        { header: ['workspace'], values: {} },
        ...locations.map((l): TomlTable => ({
          header: ['workspace', 'projects'],
          arrayItem: true,
          values: { path: l.directory },
        })),
      ],
      headerLines(ctx, [
        `dg workspace of the ${repo.name} repository: an alternative to dagster_cloud.yaml.`,
        `The ${DG_FOLDER}/ folder mirrors the repository: copy its files over the repository root and`,
        `merge each ${PYPROJECT_FRAGMENT} into that project's pyproject.toml; do not keep both formats.`,
        'Deploy with the dg plus deploy commands instead of dagster-cloud ci: the generated CI file',
        'reads dagster_cloud.yaml, so rescaffold it with dg plus deploy configure when switching.',
      ]),
    ),
    description: `dg workspace of ${repo.name}: one project per code location (alternative to dagster_cloud.yaml).`,
  };
  const build: GeneratedFile = {
    path: dgPath(topology, repo, 'build.yaml'),
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
            path: dgPath(topology, repo, 'container_context.yaml'),
            repo: repo.name,
            kind: 'yaml',
            content: toYaml(
              { env_vars: [], [contextKey]: {} },
              headerLines(ctx, [
                `Workspace container context of ${repo.name}, empty to start with.`,
                'env_vars: KEY (from the agent environment) or KEY=VALUE, for every project.',
                `Platform settings go under ${CONTAINER_CONTEXT_HINT[platform]}`,
                'A project folder may hold its own container_context.yaml (project settings win).',
              ]),
            ),
            description: `dg container context defaults of ${repo.name} (${contextKey}), to fill in.`,
          },
        ];
  const projects = locations.flatMap((l): GeneratedFile[] => [
    {
      path: dgPath(topology, repo, l.directory, 'build.yaml'),
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
      path: dgPath(topology, repo, l.directory, PYPROJECT_FRAGMENT),
      repo: repo.name,
      kind: 'text',
      content: toToml(
        dgProjectTables(l),
        headerLines(ctx, [
          `[tool.dg.project] of ${l.name}: merge into ${l.directory}/pyproject.toml (it is not a complete file).`,
          ...(l.agentQueue === null
            ? []
            : [
                `agent_queue routes ${l.name} to the agents serving ${l.agentQueue} (Dagster+ Pro).`,
              ]),
        ]),
      ),
      description: `[tool.dg.project] of ${l.name}: package, code location name${
        l.agentQueue === null ? '' : ' and agent queue'
      }, to merge into its pyproject.toml.`,
    },
  ]);
  return [workspace, build, ...containerContext, ...projects];
};

export const emitDgProject: Emitter = (answers, topology, ctx) =>
  topology.repos.flatMap((repo) =>
    repoFiles(
      answers.agent,
      registryFor(answers, repo.name),
      topology,
      repo,
      ctx,
      answers.share !== 'none',
    ),
  );
