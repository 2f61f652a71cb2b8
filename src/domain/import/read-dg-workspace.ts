/**
 * The import of a dg repository (facts §0, §8): a workspace `dg.toml`, each project's
 * `[tool.dg.project]` (in `pyproject.toml`, the generated fragment `pyproject.dg.toml`, or a
 * project `dg.toml`), and the optional `build.yaml` and `container_context.yaml` of the workspace
 * and of each project, keyed by their paths. Read into the same model as dagster_cloud.yaml
 * (`ImportedDagsterCloudYaml`, form "dg"), so the audit, the header link and the answers are the
 * same code for both formats. The projects come from read-dg.ts, the reader the drift check uses.
 *
 * - Workspace: the shallowest `dg.toml` with `directory_type = "workspace"`; its folder is the
 *   repository root (a dropped folder keeps its own name in front of every path). Its projects are
 *   the `[[workspace.projects]]` paths, in that order; a listed project whose file is missing,
 *   and a project the workspace does not list, each get a finding. Without a workspace every
 *   project given is read, in the order given.
 * - Location: `code_location_name`, else the project folder's name (UNCERTAIN: two dg docs
 *   versions disagree, so a finding says so); `root_module` stands for its code source (required
 *   by dg; `dg plus deploy` writes `code_source` from the project's target module or target args,
 *   derived from it: dagster_dg_cli/cli/utils.py `_dagster_cloud_entry_for_project`, stored
 *   versions); `agent_queue` and `image` where written (`agent_queue` there is UNCERTAIN:
 *   DG_ROUTING).
 * - Workspace and project settings merge as `dg plus deploy` merges them (the same function:
 *   `merge_build_configs`, `merge_container_context_configs`, workspace first, project wins).
 * - Build: the project's `build.yaml` `registry`, else the workspace's; its `directory` (relative to
 *   the project folder, "." by default) is the build directory, relative to the repository root.
 * - Container context: the platform keys (`k8s`, `ecs`, `docker`) of the workspace's and the
 *   project's `container_context.yaml`.
 *
 * Linear in the input: files are found through maps by path, each file is parsed once.
 */
import { DG_ROUTING_FACT } from '../emitters/config-format';
import { closestKey, finding, pushAll, quotedList, yamlErrorFinding } from './findings';
import { MAX_DG_FILES } from './limits';
import {
  baseName,
  folderOf,
  isRecord,
  readDgProjectTables,
  readToml,
  type DgProject,
} from './read-dg';
import {
  entriesOf,
  isYamlMap,
  loadYaml,
  newYamlBudget,
  scalarValue,
  toPlain,
  type YamlBudget,
} from './yaml-source';
import {
  CONTAINER_PLATFORMS,
  type ContainerPlatform,
  type Finding,
  type ImportedDagsterCloudYaml,
  type ImportedLocation,
  type ParseOutcome,
  type RepoFile,
} from './types';

/** Keys of a dg `build.yaml` (dg-core `DgRawBuildConfig` @0f2d9d8e). */
const BUILD_KEYS = ['registry', 'directory'];

/** A read dg repository: the locations, and the text whose header may hold the share link. */
export type DgWorkspaceRead = ParseOutcome<ImportedDagsterCloudYaml> & {
  /** dg.toml, else the first project file: the file whose header names the answers. */
  readonly headerText: string | null;
};

/** "./a//b/" → "a/b"; backslashes read as "/"; "." and ".." resolved inside the repository. */
export const normalisePath = (path: string): string => {
  const out: string[] = [];
  for (const part of path.replaceAll('\\', '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
};

const join = (...parts: string[]): string => normalisePath(parts.join('/'));

/** `path` relative to `root` ("" is the root itself), or null when it lies outside. */
const inside = (root: string, path: string): string | null =>
  root === ''
    ? path
    : path === root
      ? ''
      : path.startsWith(`${root}/`)
        ? path.slice(root.length + 1)
        : null;

type YamlRead = {
  readonly values: Readonly<Record<string, unknown>>;
  readonly lines: Readonly<Record<string, number>>;
};

/** A build.yaml or container_context.yaml: its top-level values and their lines. */
const readYamlFile = (file: RepoFile, findings: Finding[], budget: YamlBudget): YamlRead | null => {
  const source = loadYaml(file.text, budget);
  const first = source.errors[0];
  if (first !== undefined) {
    findings.push(
      yamlErrorFinding(
        file.path,
        first,
        'Fix the indentation or quoting on that line (a YAML linter shows the exact spot).',
      ),
    );
    return null;
  }
  if (source.root === null || scalarValue(source.root) === null) return { values: {}, lines: {} };
  if (!isYamlMap(source.root)) {
    findings.push(
      finding(
        'not-a-mapping',
        file.path,
        source.lineOf(source.root),
        `${baseName(file.path)} must be a mapping of keys to values; this one is not.`,
        `Write it as "key: value" lines, e.g. "registry: ghcr.io/your-org/your-repo".`,
      ),
    );
    return null;
  }
  const values: Record<string, unknown> = {};
  const lines: Record<string, number> = {};
  for (const e of entriesOf(source.root, source.lineOf)) {
    values[e.key] = toPlain(e.value);
    if (e.line !== null) lines[e.key] = e.line;
  }
  return { values, lines };
};

/** A build.yaml's registry and directory, with a finding for each key dg does not know. */
const readBuild = (file: RepoFile | undefined, findings: Finding[], budget: YamlBudget) => {
  if (file === undefined) return null;
  const read = readYamlFile(file, findings, budget);
  if (read === null) return null;
  for (const key of Object.keys(read.values)) {
    if (BUILD_KEYS.includes(key)) continue;
    const near = closestKey(key, BUILD_KEYS);
    findings.push(
      finding(
        'unknown-key',
        file.path,
        read.lines[key] ?? null,
        `"${key}" is not a key of a dg build.yaml, which holds only ${quotedList(BUILD_KEYS)} (dg-core's build config, dagster-io/dagster @0f2d9d8e); dg ignores it.`,
        near === null ? `Remove "${key}".` : `Did you mean "${near}"?`,
        'warning',
      ),
    );
  }
  const text = (key: string): string | null => {
    const v = read.values[key];
    if (v === undefined || v === null || typeof v === 'string') return v ?? null;
    findings.push(
      finding(
        'wrong-type',
        file.path,
        read.lines[key] ?? null,
        `"${key}" must be a string.`,
        `Write ${key} as one string.`,
      ),
    );
    return null;
  };
  return {
    file: file.path,
    registry: text('registry'),
    registryLine: read.lines.registry ?? null,
    directory: text('directory'),
  };
};

/** The platforms a container_context.yaml configures; other top keys get a finding. */
const readContext = (
  file: RepoFile | undefined,
  findings: Finding[],
  budget: YamlBudget,
): ContainerPlatform[] => {
  if (file === undefined) return [];
  const read = readYamlFile(file, findings, budget);
  if (read === null) return [];
  const platforms: ContainerPlatform[] = [];
  for (const key of Object.keys(read.values)) {
    const platform = CONTAINER_PLATFORMS.find((p) => p === key);
    if (platform !== undefined) {
      platforms.push(platform);
      continue;
    }
    const near = closestKey(key, CONTAINER_PLATFORMS);
    findings.push(
      finding(
        'unknown-key',
        file.path,
        read.lines[key] ?? null,
        `"${key}" cannot sit at the top of a container context: the agent's location schema takes only ${quotedList([...CONTAINER_PLATFORMS])} there (dagster-io/dagster-cloud @b064b378), and rejects the location.`,
        near === null
          ? `Move "${key}" under the key of your agent's platform, e.g. "k8s:".`
          : `Did you mean "${near}"?`,
      ),
    );
  }
  return platforms;
};

type Workspace = {
  readonly file: RepoFile;
  readonly root: string;
  /** Listed project folders relative to the root, with the line of each `path`. */
  readonly listed: readonly { folder: string; line: number | null }[];
};

/** Line of the n-th `path = …` after a `[[workspace.projects]]` header (1-based), or null. */
const listedLines = (text: string): number[] => {
  const lines: number[] = [];
  let inProject = false;
  text.split('\n').forEach((raw, i) => {
    const l = raw.trim();
    if (l.startsWith('[')) inProject = l.replace(/\s+/g, '') === '[[workspace.projects]]';
    else if (inProject && /^path\s*=/.test(l)) lines.push(i + 1);
  });
  return lines;
};

/**
 * The workspace among the dg.toml files, every other file that is not TOML, and the project
 * dg.toml files (to be read as projects).
 */
const findWorkspace = (files: readonly RepoFile[], findings: Finding[]) => {
  const candidates: { file: RepoFile; data: Record<string, unknown> }[] = [];
  const broken = new Set<string>();
  for (const file of files.filter((f) => baseName(f.path) === 'dg.toml')) {
    const parsed = readToml(file);
    if (!parsed.ok) {
      broken.add(file.path);
      findings.push(tomlFinding(parsed.error));
    } else if (parsed.data.directory_type === 'workspace')
      candidates.push({ file, data: parsed.data });
  }
  const depth = (p: string): number => p.split('/').length;
  const chosen = candidates.reduce<(typeof candidates)[number] | null>(
    (best, c) => (best === null || depth(c.file.path) < depth(best.file.path) ? c : best),
    null,
  );
  if (chosen === null) return { workspace: null, broken, others: [] };
  const projects = isRecord(chosen.data.workspace) ? chosen.data.workspace.projects : undefined;
  const lines = listedLines(chosen.file.text);
  const listed = (Array.isArray(projects) ? projects : []).flatMap((p: unknown, i) =>
    isRecord(p) && typeof p.path === 'string'
      ? [{ folder: normalisePath(p.path), line: lines[i] ?? null }]
      : [],
  );
  const workspace: Workspace = { file: chosen.file, root: folderOf(chosen.file.path), listed };
  return { workspace, broken, others: candidates.filter((c) => c !== chosen).map((c) => c.file) };
};

const tomlFinding = (u: { file: string; line: number | null; reason: string }): Finding =>
  finding(
    'toml-syntax',
    u.file,
    u.line,
    u.reason,
    'Fix that line (quotes around strings, one key = value per line, [table] headers on their own line); a TOML linter shows the exact spot.',
  );

/** The projects of the workspace, in its order, with a finding for each missing or unlisted. */
const workspaceProjects = (
  workspace: Workspace | null,
  projects: readonly DgProject[],
  findings: Finding[],
): DgProject[] => {
  if (workspace === null) return [...projects];
  const byFolder = new Map(projects.map((p) => [p.folder, p] as const));
  const listed = new Set<string>();
  const out: DgProject[] = [];
  for (const { folder, line } of workspace.listed) {
    const full = join(workspace.root, folder);
    listed.add(full);
    const project = byFolder.get(full);
    if (project !== undefined) out.push(project);
    else {
      findings.push(
        finding(
          'dg-project-missing',
          workspace.file.path,
          line,
          `The workspace lists project "${folder}", but no project file of it was given (${full === '' ? '' : `${full}/`}pyproject.toml with [tool.dg.project], or its pyproject.dg.toml or dg.toml): its code location is not imported.`,
          `Add ${full === '' ? '' : `${full}/`}pyproject.toml (or the whole repository folder) to the files.`,
        ),
      );
    }
  }
  for (const p of projects) {
    if (listed.has(p.folder)) continue;
    findings.push(
      finding(
        'dg-project-unlisted',
        p.file,
        p.line,
        `Project "${p.name}" is not among the [[workspace.projects]] of ${workspace.file.path}: dg reads a workspace's projects from that list, so dg plus deploy leaves it out, and so does the import.`,
        `Add [[workspace.projects]] with path = "${inside(workspace.root, p.folder) ?? p.folder}" to ${workspace.file.path}, or remove the project.`,
      ),
    );
  }
  return out;
};

/** What the project table says that the import reports: a missing root_module, a queue, a name. */
const projectFindings = (p: DgProject): Finding[] => [
  ...(p.rootModule === null
    ? [
        finding(
          'code-source-missing',
          p.file,
          p.line,
          `Project "${p.name}" has no root_module: dg requires it (the Python package holding its definitions) and stops.`,
          `Add root_module = "${p.name.replaceAll('-', '_')}" (your package's name) under its project table.`,
        ),
      ]
    : []),
  ...(p.nameFromFolder
    ? [
        finding(
          'dg-name-default',
          p.file,
          p.line,
          `Project in "${p.folder === '' ? '.' : p.folder}" sets no code_location_name: the import takes the folder's name, "${p.name}". UNCERTAIN: two versions of the dg docs disagree on the default (the folder's name, or the root module's with "-" for "_").`,
          `Set code_location_name = "${p.name}" so the name does not depend on dg's default.`,
        ),
      ]
    : []),
  ...(p.agentQueue !== null
    ? [
        finding(
          'dg-agent-queue',
          p.file,
          p.queueLine ?? p.line,
          `Project "${p.name}" is routed to agent queue "${p.agentQueue}" in its project table. ${DG_ROUTING_FACT} The import reads the queue as written.`,
          'Check that your dg release deploys agent_queue (dg plus deploy must list it for the location), or deploy this location with dagster_cloud.yaml.',
        ),
      ]
    : []),
];

/** One dg project as an imported location. */
const toLocation = (
  p: DgProject,
  index: number,
  root: string,
  files: ReadonlyMap<string, RepoFile>,
  shared: { registry: ReturnType<typeof readBuild>; platforms: readonly ContainerPlatform[] },
  findings: Finding[],
  budget: YamlBudget,
): ImportedLocation => {
  const build = readBuild(files.get(join(p.folder, 'build.yaml')), findings, budget);
  const context = readContext(
    files.get(join(p.folder, 'container_context.yaml')),
    findings,
    budget,
  );
  const source = build !== null && build.registry !== null ? build : shared.registry;
  const folder = inside(root, p.folder) ?? p.folder;
  const platforms = new Set([...shared.platforms, ...context]);
  return {
    name: p.name,
    index,
    line: p.line,
    codeSource: p.rootModule === null ? null : { key: 'module_name', value: p.rootModule },
    buildDirectory: join(folder, build?.directory ?? '.'),
    registry: source?.registry ?? null,
    workingDirectory: null,
    image: p.image,
    executablePath: null,
    attribute: null,
    agentQueue: p.agentQueue,
    containerPlatforms: CONTAINER_PLATFORMS.filter((c) => platforms.has(c)),
    raw: p.table,
    lines: {
      ...(p.queueLine === null ? {} : { agent_queue: p.queueLine }),
      ...(typeof source?.registryLine === 'number'
        ? { 'build.registry': source.registryLine }
        : {}),
    },
    file: p.file,
    folder,
    ...(source === null ? {} : { registryFile: source.file }),
  };
};

/**
 * Reads a dg repository given as files keyed by path. Never throws. Its YAML files share `budget`
 * (MAX_YAML_TOKENS unless the caller shares one with other files).
 */
export const readDgWorkspace = (
  given: readonly RepoFile[],
  budget: YamlBudget = newYamlBudget(),
): DgWorkspaceRead => {
  const findings: Finding[] = [];
  const files = given
    .slice(0, MAX_DG_FILES)
    .map((f) => ({ path: normalisePath(f.path), text: f.text }));
  const { workspace, broken, others } = findWorkspace(files, findings);
  const root = workspace?.root ?? '';
  const skip = new Set([...broken, ...others.map((f) => f.path)]);
  if (workspace !== null) skip.add(workspace.file.path);
  const outside = files.filter((f) => inside(root, f.path) === null);
  if (workspace !== null && outside.length > 0) {
    findings.push(
      finding(
        'dg-outside-workspace',
        workspace.file.path,
        null,
        `${outside.length.toLocaleString('en-US')} file${outside.length === 1 ? ' lies' : 's lie'} outside the workspace folder "${root}" (e.g. ${outside[0]?.path ?? ''}) and ${outside.length === 1 ? 'was' : 'were'} not read: the import reads one repository at a time.`,
        'Import each repository on its own.',
      ),
    );
  }
  const read = readDgProjectTables(
    files.filter((f) => !skip.has(f.path) && inside(root, f.path) !== null),
  );
  for (const u of read.unreadable) findings.push(tomlFinding(u));
  const order = new Map(files.map((f, i) => [f.path, i] as const));
  const found = [...read.projects].sort(
    (a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0),
  );
  const projects = workspaceProjects(workspace, found, findings);
  const byPath = new Map(files.map((f) => [f.path, f] as const));
  const shared = {
    registry: readBuild(byPath.get(join(root, 'build.yaml')), findings, budget),
    platforms: readContext(byPath.get(join(root, 'container_context.yaml')), findings, budget),
  };
  const locations = projects.map((p, i) => {
    pushAll(findings, projectFindings(p));
    return toLocation(p, i, root, byPath, shared, findings, budget);
  });
  const seen = new Map<string, ImportedLocation>();
  for (const l of locations) {
    const first = seen.get(l.name);
    if (first === undefined) seen.set(l.name, l);
    else {
      findings.push(
        finding(
          'duplicate-location',
          l.file ?? '',
          l.line,
          `Code location "${l.name}" is also the name of the project in ${first.file ?? ''}: Dagster+ keeps one of them.`,
          'Give each project its own code_location_name.',
        ),
      );
    }
  }
  const headerText = workspace?.file.text ?? byPath.get(projects[0]?.file ?? '')?.text ?? null;
  if (locations.length === 0) {
    findings.push(
      finding(
        'dg-no-project',
        workspace?.file.path ?? files[0]?.path ?? 'dg files',
        null,
        'No dg project was found in these files: no pyproject.toml with [tool.dg.project], pyproject.dg.toml or project dg.toml.',
        "Add each project's pyproject.toml (or the repository folder) to the files.",
      ),
    );
    return { ok: false, reason: 'No dg project in the files.', findings, headerText };
  }
  return {
    ok: true,
    value: { form: 'dg', locations, defaults: null, defaultsLines: {} },
    findings,
    headerText,
  };
};
