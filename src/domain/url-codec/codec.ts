/**
 * The share link: answers in the URL fragment as readable `key=value` pairs (issue #2 §3, a public
 * contract documented by `SHARE_KEYS`), e.g.
 * `v=1&plan=pro&agent=k8s&ci=github&p=ingest.data.main&p=train.science.gpu.hv&sod=execution&…`.
 *
 * `decodeShareState` is the one gate for untrusted links. It never throws; it always returns
 * answers that pass `answersSchema`, plus a plain-English problem for every key or value it could
 * not use:
 * - omitted keys take `DEFAULT_ANSWERS`; an invalid value takes the default and is reported;
 * - a repeated single-valued key: the first is used, the others reported;
 * - `p` entries with a bad name, missing parts or a duplicate project name are dropped and reported;
 *   `st` naming a team that owns no project (or an invalid or repeated team) is dropped and reported;
 *   `t` naming no optional target, or one already listed, is dropped and reported; the targets kept
 *   are put in `OPTIONAL_TARGET_IDS` order (the order `encodeShareState` writes);
 * - `dagster` that is not a release (`X.Y.Z`) is dropped and reported: the answers state no version;
 * - unknown keys are ignored, as the contract says; they are listed in `ignoredKeys` (information
 *   for the UI, not problems), because a typo such as `plna=solo` deserves a quiet hint;
 * - caps (issue #4): a fragment over `MAX_FRAGMENT_LENGTH` is refused as a whole (defaults, one
 *   problem giving its size); at most `MAX_PARAMETERS` pairs are read and `MAX_PROJECTS` projects
 *   kept; at most `MAX_LISTED_PROBLEMS` problems are listed, then one line counts the rest.
 * Hostile text (newlines, colons, quotes, `${{ }}`, YAML anchors, HTML) can never reach the answers:
 * every name must match `NAME_PATTERN`, and problem messages show values shortened and with control
 * and bidirectional-override characters replaced.
 *
 * Writing links lives in encode.ts (re-exported here): the first screen needs it, but not the
 * decoder, which loads only when the page opens on a link.
 */
import { OPTIONAL_TARGET_IDS, type OptionalTargetId } from '../emitters/target-ids';
import {
  answersSchema,
  DEFAULT_ANSWERS,
  MAX_PROJECTS,
  NAME_PATTERN,
  NAME_RULE,
  normalizeTargets,
  type Answers,
  type Project,
} from '../questionnaire/schemas';
import { displayValue } from '../text/display';
import { DAGSTER_VERSION_RULE, isDagsterVersion } from '../versions/release';
import { HIGH_VOLUME_SUFFIX, SHARE_FORMAT_VERSION } from './encode';
import { migrateSharePairs } from './migrations';
import { ENUM_SHARE_KEYS, SHARE_KEYS, isShareKey, type EnumShareKey } from './share-keys';
import type { DecodeResult, SharePair, ShareProblem } from './types';

export { SHARE_FORMAT_VERSION, buildShareUrl, encodeShareState } from './encode';
/** Shown values: shortened and made printable (shared with the import, text/display.ts). */
export { MAX_DISPLAY_LENGTH, displayValue } from '../text/display';

/**
 * Longest fragment read, in characters. The longest valid link (500 projects with 40-character
 * names, every team listed in `st`) is about 87,000 characters, so every link `encodeShareState`
 * writes fits; anything longer is refused without being parsed.
 */
export const MAX_FRAGMENT_LENGTH = 128 * 1024;
/** Most `key=value` pairs read: a valid link has at most 15 + 2 × `MAX_PROJECTS` plus its targets. */
export const MAX_PARAMETERS = 2 * MAX_PROJECTS + 100;
/** Most problems listed one by one; the rest are counted in a last line. */
export const MAX_LISTED_PROBLEMS = 50;
/** Most unknown keys listed in `ignoredKeys`. */
export const MAX_IGNORED_KEYS = 20;

const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Collects problems up to the listing cap, counting the rest. */
type ProblemLog = { readonly listed: ShareProblem[]; unlisted: number };

const report = (log: ProblemLog, key: string | null, raw: string, reason: string): void => {
  if (log.listed.length < MAX_LISTED_PROBLEMS) {
    log.listed.push({
      key: key === null ? null : displayValue(key),
      value: displayValue(raw),
      reason,
    });
  } else {
    log.unlisted += 1;
  }
};

const URL_WITHOUT_FRAGMENT = /^[a-z][a-z0-9+.-]*:\/\//i;

/** The fragment of a link, whether given as `#…`, `…` or a full URL. */
const fragmentOf = (input: string): string => {
  if (input.startsWith('#')) return input.slice(1);
  const hashAt = input.indexOf('#');
  if (hashAt !== -1) return input.slice(hashAt + 1);
  return URL_WITHOUT_FRAGMENT.test(input) ? '' : input;
};

/** `decodeURIComponent` that treats `+` as a space (as `URLSearchParams` does) and never throws. */
const percentDecode = (s: string): string | null => {
  if (!s.includes('%') && !s.includes('+')) return s;
  try {
    return decodeURIComponent(s.replaceAll('+', ' '));
  } catch {
    return null;
  }
};

/** Splits a fragment into decoded pairs, reading at most `MAX_PARAMETERS` of them. */
const splitPairs = (fragment: string, log: ProblemLog): SharePair[] => {
  const pairs: SharePair[] = [];
  let read = 0;
  let skipped = 0;
  let start = 0;
  while (start <= fragment.length) {
    const amp = fragment.indexOf('&', start);
    const end = amp === -1 ? fragment.length : amp;
    if (end > start && read >= MAX_PARAMETERS) {
      skipped += 1;
    } else if (end > start) {
      read += 1;
      const segment = fragment.slice(start, end);
      const eq = segment.indexOf('=');
      const rawKey = eq === -1 ? segment : segment.slice(0, eq);
      const rawValue = eq === -1 ? '' : segment.slice(eq + 1);
      const key = percentDecode(rawKey);
      const value = percentDecode(rawValue);
      if (key === null || value === null) {
        report(
          log,
          key ?? rawKey,
          rawValue,
          `\`${displayValue(segment)}\` is not valid percent-encoding; ignored.`,
        );
      } else {
        pairs.push({ key, value });
      }
    }
    if (amp === -1) break;
    start = amp + 1;
  }
  if (skipped > 0) {
    report(
      log,
      null,
      '',
      `This link has ${thousands(read + skipped)} parameters; only the first ${thousands(MAX_PARAMETERS)} were read.`,
    );
  }
  return pairs;
};

type ProjectPart = 'project name' | 'team' | 'compute environment';
const PROJECT_PARTS: readonly ProjectPart[] = ['project name', 'team', 'compute environment'];

/** A `p` value as a project, or why it cannot be one. */
const parseProject = (value: string): Project | string => {
  const parts = value.split('.');
  if (parts.length < 3) {
    return 'needs three parts, <project>.<team>.<compute> (then .hv for a high-volume project)';
  }
  if (parts.length > 4) {
    return 'has too many parts; expected <project>.<team>.<compute> (then .hv for a high-volume project)';
  }
  const [name = '', team = '', compute = '', flag] = parts;
  if (flag !== undefined && flag !== HIGH_VOLUME_SUFFIX) {
    return `ends with "${displayValue(flag)}", but only "hv" (high volume) may follow the compute environment`;
  }
  const names = [name, team, compute];
  for (const [i, part] of names.entries()) {
    if (!NAME_PATTERN.test(part)) {
      const label = PROJECT_PARTS[i] ?? 'name';
      return part === ''
        ? `has an empty ${label}`
        : `has an invalid ${label} "${displayValue(part)}". ${NAME_RULE}`;
    }
  }
  return { name, team, compute, highVolume: flag !== undefined };
};

const readProjects = (values: readonly string[], log: ProblemLog): Project[] => {
  const projects: Project[] = [];
  const names = new Set<string>();
  let overCap = 0;
  for (const value of values) {
    if (projects.length >= MAX_PROJECTS) {
      overCap += 1;
      continue;
    }
    const shown = displayValue(value);
    const parsed = parseProject(value);
    if (typeof parsed === 'string') {
      report(log, 'p', value, `\`p=${shown}\` ${parsed}; project left out.`);
    } else if (names.has(parsed.name)) {
      report(
        log,
        'p',
        value,
        `\`p=${shown}\`: project "${parsed.name}" is already listed and project names must be unique; kept the first, left this one out.`,
      );
    } else {
      names.add(parsed.name);
      projects.push(parsed);
    }
  }
  if (overCap > 0) {
    report(
      log,
      'p',
      '',
      `This link lists ${thousands(overCap)} more project(s) after the first ${MAX_PROJECTS}; at most ${MAX_PROJECTS} are allowed, so those were left out.`,
    );
  }
  return projects;
};

const readSodTeams = (
  values: readonly string[],
  projects: readonly Project[],
  log: ProblemLog,
): string[] => {
  const owners = new Set(projects.map((p) => p.team));
  const teams: string[] = [];
  const seen = new Set<string>();
  for (const value of values) {
    const shown = displayValue(value);
    if (!NAME_PATTERN.test(value)) {
      report(log, 'st', value, `\`st=${shown}\` is not a valid team name (${NAME_RULE}); ignored.`);
    } else if (!owners.has(value)) {
      report(
        log,
        'st',
        value,
        `\`st=${shown}\`: team "${value}" owns no project in this link; ignored.`,
      );
    } else if (seen.has(value)) {
      report(log, 'st', value, `\`st=${shown}\` is listed more than once; used it once.`);
    } else {
      seen.add(value);
      teams.push(value);
    }
  }
  return teams;
};

const isOptionalTarget = (value: string): value is OptionalTargetId =>
  (OPTIONAL_TARGET_IDS as readonly string[]).includes(value);

const readTargets = (values: readonly string[], log: ProblemLog): OptionalTargetId[] => {
  const seen = new Set<OptionalTargetId>();
  for (const value of values) {
    const shown = displayValue(value);
    if (!isOptionalTarget(value)) {
      report(
        log,
        't',
        value,
        `\`t=${shown}\` is not ${SHARE_KEYS.t.noun}; expected ${listOr(OPTIONAL_TARGET_IDS)}. Ignored.`,
      );
    } else if (seen.has(value)) {
      report(log, 't', value, `\`t=${shown}\` is listed more than once; used it once.`);
    } else {
      seen.add(value);
    }
  }
  return normalizeTargets(seen);
};

/** The `dagster` value as a release, or null (none stated, or one that cannot be a release). */
const readDagsterVersion = (value: string | undefined, log: ProblemLog): string | null => {
  if (value === undefined) return null;
  if (isDagsterVersion(value)) return value;
  report(
    log,
    'dagster',
    value,
    `\`dagster=${displayValue(value)}\` is not ${SHARE_KEYS.dagster.noun}. ${DAGSTER_VERSION_RULE} Ignored: no version is stated.`,
  );
  return null;
};

/** "solo, starter or pro". */
const listOr = (values: readonly string[]): string =>
  values.length <= 1
    ? values.join('')
    : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1] ?? ''}`;

const readEnum = (key: EnumShareKey, value: string, log: ProblemLog): string | undefined => {
  const row = SHARE_KEYS[key];
  if ((row.allowed as readonly string[]).includes(value)) return value;
  const shown = displayValue(value);
  report(
    log,
    key,
    value,
    `\`${key}=${shown}\` is not ${row.noun}; expected ${listOr(row.allowed)}. Used the default ${row.defaultValue}.`,
  );
  return undefined;
};

/** The answers a link refers to, and every problem met; see the module comment. Never throws. */
export const decodeShareState = (input: string): DecodeResult => {
  const log: ProblemLog = { listed: [], unlisted: 0 };
  try {
    return decodeInto(typeof (input as unknown) === 'string' ? input : '', log);
  } catch {
    // Unreachable by design; kept so that "never throws" does not rest on review alone.
    report(log, null, '', 'This link could not be read; the defaults are shown.');
    return finish(DEFAULT_ANSWERS, log, [], SHARE_FORMAT_VERSION);
  }
};

const finish = (
  answers: Answers,
  log: ProblemLog,
  ignoredKeys: readonly string[],
  linkVersion: number,
): DecodeResult => {
  const problems =
    log.unlisted === 0
      ? log.listed
      : [
          ...log.listed,
          {
            key: null,
            value: '',
            reason: `…and ${thousands(log.unlisted)} more problem(s) not listed.`,
          },
        ];
  return { answers, problems, hasProjects: answers.projects.length > 0, ignoredKeys, linkVersion };
};

const decodeInto = (input: string, log: ProblemLog): DecodeResult => {
  const fragment = fragmentOf(input);
  if (fragment.length > MAX_FRAGMENT_LENGTH) {
    report(
      log,
      null,
      '',
      `This link is too long: ${thousands(fragment.length)} characters, more than the ${thousands(MAX_FRAGMENT_LENGTH)} this app reads. Nothing was loaded; the defaults are shown.`,
    );
    return finish(DEFAULT_ANSWERS, log, [], SHARE_FORMAT_VERSION);
  }

  const rawPairs = splitPairs(fragment, log);
  const migration = migrateSharePairs(
    rawPairs,
    rawPairs.find((pair) => pair.key === 'v')?.value,
    { currentVersion: SHARE_FORMAT_VERSION },
    displayValue,
  );
  for (const problem of migration.problems) report(log, problem.key, problem.value, problem.reason);

  const singles = new Map<string, string>();
  const projectValues: string[] = [];
  const teamValues: string[] = [];
  const targetValues: string[] = [];
  const ignored = new Set<string>();
  for (const { key, value } of migration.pairs) {
    if (!isShareKey(key)) {
      if (ignored.size < MAX_IGNORED_KEYS) ignored.add(displayValue(key));
    } else if (key === 'p') {
      projectValues.push(value);
    } else if (key === 'st') {
      teamValues.push(value);
    } else if (key === 't') {
      targetValues.push(value);
    } else if (singles.has(key)) {
      const first = displayValue(singles.get(key) ?? '');
      report(
        log,
        key,
        value,
        `\`${key}\` appears more than once; used the first (\`${key}=${first}\`) and ignored \`${key}=${displayValue(value)}\`.`,
      );
    } else {
      singles.set(key, value);
    }
  }

  const draft: Record<EnumShareKey, string> = { ...DEFAULT_ANSWERS };
  for (const key of ENUM_SHARE_KEYS) {
    const value = singles.get(key);
    if (value !== undefined) draft[key] = readEnum(key, value, log) ?? DEFAULT_ANSWERS[key];
  }
  let prod = DEFAULT_ANSWERS.prod;
  const rawProd = singles.get('prod');
  if (rawProd === '0' || rawProd === '1') {
    prod = rawProd === '1';
  } else if (rawProd !== undefined) {
    report(
      log,
      'prod',
      rawProd,
      `\`prod=${displayValue(rawProd)}\` is not 0 or 1; used the default ${SHARE_KEYS.prod.defaultValue}.`,
    );
  }
  const projects = readProjects(projectValues, log);
  const sodTeams = readSodTeams(teamValues, projects, log);
  const targets = readTargets(targetValues, log);
  const dagsterVersion = readDagsterVersion(singles.get('dagster'), log);

  const parsed = answersSchema.safeParse({
    ...draft,
    projects,
    sodTeams,
    prod,
    targets,
    dagsterVersion,
  });
  if (!parsed.success) {
    // Unreachable by construction: every field above was checked. Never load half-valid state.
    report(log, null, '', 'This link could not be read; the defaults are shown.');
    return finish(DEFAULT_ANSWERS, log, [...ignored], migration.linkVersion);
  }
  return finish(parsed.data, log, [...ignored], migration.linkVersion);
};
