/**
 * Reads what a deploy pipeline does, by meaning rather than by shape: which code locations it
 * builds (a `docker/build-push-action` `tags` value or a `docker build` command whose image tag
 * ends in `-<location>`), which it deploys (`set-build-output --location-name=…`, legacy
 * `dagster-cloud ci` and `dg plus deploy` alike), and which deployments it deploys to (a
 * `deployment` / `DAGSTER_DEPLOYMENT` / `DAGSTER_CLOUD_DEPLOYMENT` value, or `--deployment=…`).
 * It walks every value of the parsed YAML, so comments, key order, formatting and keys a user
 * added change nothing. GitHub workflows and `.gitlab-ci.yml` alike. Never throws.
 */
import { loadYaml, entriesOf, itemsOf, scalarValue } from '../import/yaml-source';

/** A string of the pipeline with the line it is on. */
export type CiString = { readonly text: string; readonly line: number | null };

/** What a pipeline file does, as far as the drift check needs it. */
export type CiRead = {
  readonly file: string;
  /** Strings that build an image: build-push-action `tags` values and `docker build` commands. */
  readonly builds: readonly CiString[];
  /** `set-build-output` calls: the location named, or null when it is a shell variable (a loop). */
  readonly setOutputs: readonly {
    readonly location: string | null;
    readonly line: number | null;
  }[];
  /** Deployments it deploys to (literal values only), with their lines. */
  readonly deployments: readonly CiString[];
  /** Line of the command that finishes the deploy (`ci deploy`, `plus deploy finish`), or null. */
  readonly deployLine: number | null;
};

export type CiOutcome =
  | { readonly ok: true; readonly value: CiRead | null }
  | { readonly ok: false; readonly line: number | null; readonly reason: string };

/** Keys whose value names the deployment a job deploys to. */
const DEPLOYMENT_KEYS = new Set(['deployment', 'DAGSTER_DEPLOYMENT', 'DAGSTER_CLOUD_DEPLOYMENT']);
/** Deepest nesting read: real pipelines stay far below it. */
const MAX_DEPTH = 12;
/** A deployment name as Dagster+ takes it (lowercase, digits, hyphens). */
const DEPLOYMENT_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

type Visit = (key: string, text: string, line: number | null) => void;

const walk = (
  node: unknown,
  key: string,
  lineOf: (n: unknown) => number | null,
  visit: Visit,
  depth: number,
): void => {
  if (depth > MAX_DEPTH) return;
  const scalar = scalarValue(node);
  if (typeof scalar === 'string') {
    visit(key, scalar, lineOf(node));
    return;
  }
  for (const e of entriesOf(node, lineOf)) walk(e.value, e.key, lineOf, visit, depth + 1);
  for (const item of itemsOf(node)) walk(item, key, lineOf, visit, depth + 1);
};

const unquote = (value: string): string => value.replace(/^["']+|["';]+$/g, '');

/** Values of `--flag=value` / `--flag value` in a command line. */
const flagValues = (text: string, flag: string): string[] => {
  const words = text.split(/\s+/);
  const out: string[] = [];
  words.forEach((word, i) => {
    if (word.startsWith(`${flag}=`)) out.push(unquote(word.slice(flag.length + 1)));
    else if (word === flag && i + 1 < words.length) out.push(unquote(words[i + 1] ?? ''));
  });
  return out;
};

/** Literal deployment names in a value: the value itself, or the quoted literals of `${{ }}`. */
const deploymentNames = (text: string): string[] => {
  if (!text.includes('${{')) return DEPLOYMENT_NAME.test(text.trim()) ? [text.trim()] : [];
  const out: string[] = [];
  for (const m of text.matchAll(/'([^']*)'/g)) {
    const literal = m[1] ?? '';
    if (DEPLOYMENT_NAME.test(literal)) out.push(literal);
  }
  return out;
};

const isBuildCommand = (text: string): boolean =>
  /\bdocker\s+(?:buildx\s+)?build\b/.test(text) || /\bdocker\s+build\b/.test(text);

const isDeployCommand = (text: string): boolean =>
  /\bci\s+deploy\b/.test(text) || /\bplus\s+deploy\s+(?:finish|deploy)\b/.test(text);

/**
 * Reads a pipeline file. `value` is null when the file deploys nothing to Dagster+ (another
 * workflow of the repository); `ok: false` when the YAML cannot be read.
 */
export const readCi = (text: string, file: string): CiOutcome => {
  const source = loadYaml(text);
  const first = source.errors[0];
  if (first !== undefined) {
    return { ok: false, line: first.line, reason: `YAML cannot be read: ${first.message}` };
  }
  const builds: CiString[] = [];
  const setOutputs: { location: string | null; line: number | null }[] = [];
  const deployments: CiString[] = [];
  const deploy: { line: number | null } = { line: null };
  walk(
    source.root,
    '',
    source.lineOf,
    (key, value, line) => {
      if (key === 'tags' || isBuildCommand(value)) builds.push({ text: value, line });
      if (value.includes('set-build-output')) {
        for (const name of flagValues(value, '--location-name')) {
          setOutputs.push({ location: name.startsWith('$') || name === '' ? null : name, line });
        }
      }
      if (DEPLOYMENT_KEYS.has(key)) {
        for (const name of deploymentNames(value)) deployments.push({ text: name, line });
      }
      if (value.includes('--deployment')) {
        for (const name of flagValues(value, '--deployment')) {
          if (DEPLOYMENT_NAME.test(name)) deployments.push({ text: name, line });
        }
      }
      if (deploy.line === null && isDeployCommand(value)) deploy.line = line;
    },
    0,
  );
  const deploys = setOutputs.length > 0 || deploy.line !== null;
  return {
    ok: true,
    value: deploys ? { file, builds, setOutputs, deployments, deployLine: deploy.line } : null,
  };
};

/**
 * The locations among `candidates` that the pipeline builds, each with the line of its first build:
 * an image tag (a word, quotes stripped) ending in `-<location>`, as every generated pipeline tags
 * its images; when several candidates fit ("ingest", "my-ingest"), the longest. Plain string
 * tests, no pattern built from a name.
 */
export const builtLocations = (
  ci: CiRead,
  candidates: readonly string[],
): Map<string, number | null> => {
  const built = new Map<string, number | null>();
  const byLength = [...new Set(candidates)].sort((a, b) => b.length - a.length);
  for (const build of ci.builds) {
    for (const raw of build.text.split(/[\s,]+/)) {
      const word = unquote(raw);
      if (word.startsWith('--')) continue;
      const name = byLength.find((c) => word.endsWith(`-${c}`));
      if (name !== undefined && !built.has(name)) built.set(name, build.line);
    }
  }
  return built;
};
