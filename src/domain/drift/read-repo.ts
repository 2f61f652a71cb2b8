/**
 * Reads one repository as it is today into the model the drift check compares: its code locations
 * (from `dagster_cloud.yaml` with the import's parser, or from dg project files), its CODEOWNERS
 * rules (the import's parser) and its deploy pipelines (read-ci.ts). The same reader reads the
 * files the decision generates, so the check compares two models of one kind and never text.
 */
import { parseCodeowners } from '../import/parse-codeowners';
import { parseDagsterCloudYaml } from '../import/parse-dagster-cloud-yaml';
import type { CodeownersRule } from '../import/types';
import { readCi, type CiRead } from './read-ci';
import { readDgProjects } from '../import/read-dg';
import type { RepoFile, UnreadableFile } from './types';

/** A code location as the repository declares it. */
export type LocationRead = {
  readonly name: string;
  /** File that declares it (repository-relative). */
  readonly file: string;
  readonly line: number | null;
  /** Named queue, or null for the default queue. */
  readonly agentQueue: string | null;
  /** Line of the `agent_queue` that applies (the location's or the defaults'), or null. */
  readonly queueLine: number | null;
};

export type ConfigRead = {
  readonly format: 'legacy' | 'dg';
  /** `dagster_cloud.yaml`, or the first dg project file. */
  readonly file: string;
  /** Line a missing location is reported on (`locations:`), or null. */
  readonly anchorLine: number | null;
  readonly locations: readonly LocationRead[];
  /** The dagster_cloud.yaml text, for the import audit (null for dg). */
  readonly yamlText: string | null;
};

export type RepoRead = {
  readonly config: ConfigRead | null;
  readonly codeowners: { readonly file: string; readonly rules: readonly CodeownersRule[] } | null;
  /** Pipelines that deploy to Dagster+ (other workflows are left out). */
  readonly ci: readonly CiRead[];
  readonly unreadable: readonly UnreadableFile[];
};

/**
 * Where a repository's CODEOWNERS can be, in the order GitHub searches them, the first found being
 * the one used (GitHub docs, "About code owners", CODEOWNERS file location: .github/, root, docs/);
 * GitLab's own .gitlab/ last (GitLab reads root, docs/, .gitlab/: ee/lib/gitlab/code_owners.rb).
 * The drift check and the import's folder fill both read it.
 */
export const CODEOWNERS_PATHS = [
  '.github/CODEOWNERS',
  'CODEOWNERS',
  'docs/CODEOWNERS',
  '.gitlab/CODEOWNERS',
] as const;

export const DAGSTER_CLOUD_YAML = 'dagster_cloud.yaml';

/** A GitHub workflow (directly in .github/workflows) or the GitLab pipeline. */
export const isPipelinePath = (path: string): boolean =>
  path === '.gitlab-ci.yml' || /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path);

/** Whether text that failed to parse looks like a Dagster+ deploy pipeline. */
const looksLikeDeploy = (text: string): boolean =>
  text.includes('set-build-output') || text.includes('dagster-cloud') || text.includes('dg ');

const readLegacy = (
  file: RepoFile,
): { config: ConfigRead | null; error: UnreadableFile | null } => {
  const parsed = parseDagsterCloudYaml(file.text, file.path);
  if (!parsed.ok) {
    const first = parsed.findings.find((f) => f.severity === 'error');
    return {
      config: null,
      error: { file: file.path, line: first?.line ?? null, reason: parsed.reason },
    };
  }
  const config = parsed.value;
  const lines = file.text.split('\n');
  const anchor = lines.findIndex((l) => /^locations\s*:/.test(l));
  return {
    config: {
      format: 'legacy',
      file: file.path,
      anchorLine: anchor >= 0 ? anchor + 1 : null,
      yamlText: file.text,
      locations: config.locations.map((l) => ({
        name: l.name,
        file: file.path,
        line: l.line,
        agentQueue: l.agentQueue,
        queueLine:
          l.agentQueue === null
            ? null
            : (l.lines.agent_queue ?? config.defaultsLines.agent_queue ?? l.line),
      })),
    },
    error: null,
  };
};

/**
 * Reads a repository's files (paths relative to its root, "/"-separated). A file that cannot be
 * parsed at all is listed in `unreadable`; the rest is still read.
 */
export const readRepo = (files: readonly RepoFile[]): RepoRead => {
  const unreadable: UnreadableFile[] = [];
  const byPath = new Map(files.map((f) => [f.path, f] as const));

  let config: ConfigRead | null = null;
  const legacy = byPath.get(DAGSTER_CLOUD_YAML);
  if (legacy !== undefined) {
    const result = readLegacy(legacy);
    config = result.config;
    if (result.error !== null) unreadable.push(result.error);
  } else {
    const dg = readDgProjects(files);
    for (const u of dg.unreadable) unreadable.push(u);
    const first = dg.locations[0];
    if (first !== undefined) {
      const workspace = byPath.get('dg.toml');
      config = {
        format: 'dg',
        file: workspace?.path ?? first.file,
        anchorLine: null,
        yamlText: null,
        locations: dg.locations.map((l) => ({
          name: l.name,
          file: l.file,
          line: l.line,
          agentQueue: l.agentQueue,
          queueLine: l.queueLine,
        })),
      };
    }
  }

  const ownersFile = CODEOWNERS_PATHS.map((p) => byPath.get(p)).find((f) => f !== undefined);
  const codeowners =
    ownersFile === undefined
      ? null
      : {
          file: ownersFile.path,
          rules: (() => {
            const parsed = parseCodeowners(ownersFile.text, ownersFile.path);
            return parsed.ok ? parsed.value : [];
          })(),
        };

  const ci: CiRead[] = [];
  for (const file of files.filter((f) => isPipelinePath(f.path))) {
    const result = readCi(file.text, file.path);
    if (!result.ok) {
      if (looksLikeDeploy(file.text)) {
        unreadable.push({ file: file.path, line: result.line, reason: result.reason });
      }
    } else if (result.value !== null) {
      ci.push(result.value);
    }
  }
  return { config, codeowners, ci, unreadable };
};
