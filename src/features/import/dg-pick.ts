/**
 * Which of the files a user picks or drops go to which field, and how they join the fields. Pure:
 * the form reads the chosen files' text and hands it here. A dg repository's own files (dg.toml,
 * pyproject.toml, pyproject.dg.toml, build.yaml, container_context.yaml) go to the dg fields, never
 * those in hidden folders or virtual environments, so dropping a whole repository stays quick. The
 * repository's dagster_cloud.yaml (at its root), its CODEOWNERS (where GitHub looks), the agent
 * configurations among its YAML files (told apart by their keys) and the first CI workflow or
 * requirements.txt that pins a Dagster version fill the other fields.
 */
import { CODEOWNERS_PATHS } from '@/domain/drift/read-repo';
import { MAX_DG_FILES } from '@/domain/import/limits';

import type { AgentField, DgField } from './import-draft';

/** The file names a dg repository's deploy configuration lives in. */
export const DG_FILE_NAMES = [
  'dg.toml',
  'pyproject.toml',
  'pyproject.dg.toml',
  'build.yaml',
  'container_context.yaml',
] as const;

/** Folders never read: hidden ones (.git, .venv) and installed packages. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'venv', '__pycache__', 'site-packages']);

/** "/repo/a/dg.toml" or "repo\\a\\dg.toml" → "repo/a/dg.toml". */
export const cleanPath = (path: string): string =>
  path
    .replaceAll('\\', '/')
    .split('/')
    .filter((part) => part !== '' && part !== '.')
    .join('/');

/** Whether a file at `path` is read as a dg file. */
export const isDgPath = (path: string): boolean => {
  const parts = cleanPath(path).split('/');
  const name = parts[parts.length - 1] ?? '';
  if (!(DG_FILE_NAMES as readonly string[]).includes(name)) return false;
  return parts.slice(0, -1).every((p) => !p.startsWith('.') && !SKIPPED_FOLDERS.has(p));
};

/** Hidden folders walked all the same: they hold CODEOWNERS. */
const CODEOWNERS_FOLDERS = new Set(['.github', '.gitlab']);

/** Whether the folder named `name` can hold files worth reading (for walking a dropped folder). */
export const isReadFolder = (name: string): boolean =>
  CODEOWNERS_FOLDERS.has(name) || (!name.startsWith('.') && !SKIPPED_FOLDERS.has(name));

/** The dg files among `paths` (their indices, at most MAX_DG_FILES) and how many were left out. */
export const pickDgPaths = (paths: readonly string[]): { read: number[]; leftOut: number } => {
  const read: number[] = [];
  paths.forEach((p, i) => {
    if (read.length < MAX_DG_FILES && isDgPath(p)) read.push(i);
  });
  return { read, leftOut: paths.length - read.length };
};

/**
 * The dg fields once `added` files join them: a file replaces the field of the same path (a new
 * field, so its text area opens with the new text); fields with no text are dropped; the rest keep
 * their order, and new paths follow in the order given (dg.toml files first).
 */
export const mergeDgFields = (
  existing: readonly DgField[],
  added: readonly { path: string; text: string }[],
  newField: (path: string, text: string) => DgField,
): DgField[] => {
  const byPath = new Map(added.map((a) => [cleanPath(a.path), a.text] as const));
  const kept = existing.filter((f) => f.text.trim() !== '' && !byPath.has(cleanPath(f.path)));
  const rank = (path: string): number =>
    path.endsWith('dg.toml') && !path.endsWith('.dg.toml') ? 0 : 1;
  const fresh = [...byPath.entries()]
    .map(([path, text]) => ({ path, text }))
    .sort(
      (a, b) => rank(a.path) - rank(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
    );
  const out = kept.slice();
  for (const f of fresh) out.push(newField(f.path, f.text));
  return out;
};

/** Most YAML files read to find agent configurations among them. */
export const MAX_AGENT_CANDIDATES = 200;

const folderOf = (path: string): string => path.split('/').slice(0, -1).join('/');
const nameOf = (path: string): string => path.split('/').pop() ?? '';

/**
 * The repository's root folder among `paths` (clean, "/"-separated): the folder of the shallowest
 * dg.toml or dagster_cloud.yaml, else the first folder every path shares (a chosen folder's
 * name), else "" (files picked one by one).
 */
export const repoRoot = (paths: readonly string[]): string => {
  const marked = paths
    .filter((p) => ['dg.toml', 'dagster_cloud.yaml'].includes(nameOf(p)))
    .sort((a, b) => a.split('/').length - b.split('/').length);
  if (marked[0] !== undefined) return folderOf(marked[0]);
  const first = paths[0]?.split('/')[0] ?? '';
  return paths.length > 0 && paths.every((p) => p.includes('/') && p.split('/')[0] === first)
    ? first
    : '';
};

export type RepoPick = {
  /** The dg files (their indices, at most MAX_DG_FILES). */
  readonly dg: readonly number[];
  /** dagster_cloud.yaml at the repository's root. */
  readonly dagsterCloudYaml: number | null;
  /** The CODEOWNERS the forge would use. */
  readonly codeowners: number | null;
  /** YAML files that may be agent configurations (read to tell), at most MAX_AGENT_CANDIDATES. */
  readonly agentCandidates: readonly number[];
  /**
   * Files that may pin the Dagster version (read to tell): the CI workflows, then requirements.txt
   * at the root, at most MAX_VERSION_CANDIDATES.
   */
  readonly versionCandidates: readonly number[];
};

/** Most files read for the Dagster version. */
export const MAX_VERSION_CANDIDATES = 20;

/** Where a repository's CI workflow or pinned requirements are, relative to its root. */
const isVersionPath = (rel: string): boolean =>
  /^\.github\/workflows\/[^/]+\.ya?ml$/.test(rel) ||
  rel === '.gitlab-ci.yml' ||
  rel === 'requirements.txt';

/** Which picked files fill which field; `paths` as picked (cleaned here). */
export const pickRepoPaths = (paths: readonly string[]): RepoPick => {
  const clean = paths.map(cleanPath);
  const root = repoRoot(clean);
  const at = (rel: string): number => clean.indexOf(root === '' ? rel : `${root}/${rel}`);
  const dg = pickDgPaths(clean).read;
  const dcy = at('dagster_cloud.yaml');
  const codeowners = CODEOWNERS_PATHS.map(at).find((i) => i >= 0) ?? -1;
  const agentCandidates: number[] = [];
  clean.forEach((p, i) => {
    if (agentCandidates.length >= MAX_AGENT_CANDIDATES || !/\.ya?ml$/.test(p)) return;
    const name = nameOf(p);
    if (name === 'dagster_cloud.yaml' || (DG_FILE_NAMES as readonly string[]).includes(name))
      return;
    if (
      p
        .split('/')
        .slice(0, -1)
        .some((f) => f.startsWith('.') || SKIPPED_FOLDERS.has(f))
    )
      return;
    agentCandidates.push(i);
  });
  const prefix = root === '' ? '' : `${root}/`;
  const versionCandidates = clean
    .map((p, i) => ({ i, rel: p.startsWith(prefix) ? p.slice(prefix.length) : '' }))
    .filter(({ rel }) => isVersionPath(rel))
    // The CI workflows first: the version they deploy with is the one that runs.
    .sort((a, b) => Number(a.rel === 'requirements.txt') - Number(b.rel === 'requirements.txt'))
    .slice(0, MAX_VERSION_CANDIDATES)
    .map(({ i }) => i);
  return {
    dg,
    dagsterCloudYaml: dcy >= 0 ? dcy : null,
    codeowners: codeowners >= 0 ? codeowners : null,
    agentCandidates,
    versionCandidates,
  };
};

/** A file found in the repository for one of the other fields. */
export type FoundFile = { readonly path: string; readonly text: string };

/** The files found for the other fields. */
export type RepoFound = {
  readonly dagsterCloudYaml: FoundFile | null;
  readonly codeowners: FoundFile | null;
  readonly agents: readonly FoundFile[];
  /** The first of the version candidates that pins a Dagster version, or null. */
  readonly versionFile?: FoundFile | null;
};

/** The fields' texts now. */
export type FillTarget = {
  readonly dagsterCloudYaml: string;
  readonly codeowners: string;
  readonly agentConfigs: readonly AgentField[];
  readonly versionFile?: string;
};

/** What the fields become, and what to tell the user about it. */
export type RepoFill = {
  readonly dagsterCloudYaml?: string;
  readonly codeowners?: string;
  readonly versionFile?: string;
  readonly agentConfigs?: readonly AgentField[];
  /** Where each file went, e.g. "CODEOWNERS from repo/.github/CODEOWNERS". */
  readonly filled: readonly string[];
  /** Fields the user had filled, kept, with the file not used. */
  readonly kept: readonly string[];
  /** Agent configurations found beyond the fields offered. */
  readonly agentsLeftOut: number;
};

const same = (a: string, b: string): boolean => a.trim() === b.trim();

/**
 * The fields once the repository's files fill them. A field the user already filled keeps its
 * text (said in `kept`); an agent configuration already in a field is not added twice; empty agent
 * fields give way to new ones (a new field opens with its text), up to `maxAgents`.
 */
export const planRepoFill = (
  now: FillTarget,
  found: RepoFound,
  newAgent: (text: string) => AgentField,
  maxAgents: number,
): RepoFill => {
  const filled: string[] = [];
  const kept: string[] = [];
  const one = (label: string, current: string, file: FoundFile | null): string | undefined => {
    if (file === null || same(current, file.text)) return undefined;
    if (current.trim() !== '') {
      kept.push(`Kept the ${label} you had (${file.path} not used).`);
      return undefined;
    }
    filled.push(`${label} from ${file.path}`);
    return file.text;
  };
  const dagsterCloudYaml = one('dagster_cloud.yaml', now.dagsterCloudYaml, found.dagsterCloudYaml);
  const codeowners = one('CODEOWNERS', now.codeowners, found.codeowners);
  const versionFile = one('Dagster version', now.versionFile ?? '', found.versionFile ?? null);

  const had = now.agentConfigs.filter((a) => a.text.trim() !== '');
  const fresh = found.agents.filter((f) => !had.some((a) => same(a.text, f.text)));
  const room = Math.max(0, maxAgents - had.length);
  const added = fresh.slice(0, room);
  added.forEach((f, i) => {
    filled.push(`Agent configuration ${had.length + i + 1} from ${f.path}`);
  });
  return {
    ...(dagsterCloudYaml === undefined ? {} : { dagsterCloudYaml }),
    ...(codeowners === undefined ? {} : { codeowners }),
    ...(versionFile === undefined ? {} : { versionFile }),
    ...(added.length === 0
      ? {}
      : { agentConfigs: [...had, ...added.map((f) => newAgent(f.text))] }),
    filled,
    kept,
    agentsLeftOut: fresh.length - added.length,
  };
};
