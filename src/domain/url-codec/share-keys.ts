/**
 * The share link's keys, as data: the order `encodeShareState` writes them, what each holds, the
 * values it accepts and the default an omitted key takes. The README's "share-link format" table is
 * written from `SHARE_KEYS`, and the decoder's messages use the same rows, so the three cannot drift.
 */
import { OPTIONAL_TARGET_IDS } from '../emitters/target-ids';
import {
  AGENT_PLATFORMS,
  CI_PROVIDERS,
  DEFAULT_ANSWERS,
  DEPENDENCY_MODES,
  PLANS,
  PRIORITY_LEVELS,
  RELEASE_MODES,
  SHARING_LEVELS,
  SOD_LEVELS,
  type Answers,
} from '../questionnaire/schemas';

/** Every key of the public format, in the order links are written. */
export const SHARE_KEY_ORDER = [
  'v',
  'plan',
  'agent',
  'ci',
  'p',
  'sod',
  'st',
  'prod',
  'share',
  'release',
  'deps',
  'pane',
  'ops',
  'cost',
  't',
  'dagster',
] as const;
export type ShareKey = (typeof SHARE_KEY_ORDER)[number];

/** Keys whose value is one word of a fixed list. */
export type EnumShareKey =
  'plan' | 'agent' | 'ci' | 'sod' | 'share' | 'release' | 'deps' | 'pane' | 'ops' | 'cost';

export type ShareKeyDoc = {
  /** The `Answers` field the key fills (`null` for the format version). */
  readonly answer: keyof Answers | null;
  /** True when the key repeats, once per item. */
  readonly repeats: boolean;
  /** How the value is written. */
  readonly format: string;
  /** Accepted values, for keys with a fixed list. */
  readonly allowed: readonly string[] | null;
  /** What an omitted key means. */
  readonly defaultValue: string;
  /** What the key says, with an article ("a plan"), as used in messages. */
  readonly noun: string;
};

const oneOf = (values: readonly string[]): string => values.join(' | ');

/** The public contract, one row per key. */
export const SHARE_KEYS = {
  v: {
    answer: null,
    repeats: false,
    format: 'whole number',
    allowed: null,
    defaultValue: '1',
    noun: 'a format version',
  },
  plan: {
    answer: 'plan',
    repeats: false,
    format: oneOf(PLANS),
    allowed: PLANS,
    defaultValue: DEFAULT_ANSWERS.plan,
    noun: 'a plan',
  },
  agent: {
    answer: 'agent',
    repeats: false,
    format: oneOf(AGENT_PLATFORMS),
    allowed: AGENT_PLATFORMS,
    defaultValue: DEFAULT_ANSWERS.agent,
    noun: 'an agent platform',
  },
  ci: {
    answer: 'ci',
    repeats: false,
    format: oneOf(CI_PROVIDERS),
    allowed: CI_PROVIDERS,
    defaultValue: DEFAULT_ANSWERS.ci,
    noun: 'a CI provider',
  },
  p: {
    answer: 'projects',
    repeats: true,
    format: '<project>.<team>.<compute>[.hv]',
    allowed: null,
    defaultValue: 'no projects',
    noun: 'a project',
  },
  sod: {
    answer: 'sod',
    repeats: false,
    format: oneOf(SOD_LEVELS),
    allowed: SOD_LEVELS,
    defaultValue: DEFAULT_ANSWERS.sod,
    noun: 'a separation level',
  },
  st: {
    answer: 'sodTeams',
    repeats: true,
    format: '<team>',
    allowed: null,
    defaultValue: 'every team',
    noun: 'a team',
  },
  prod: {
    answer: 'prod',
    repeats: false,
    format: '0 | 1',
    allowed: ['0', '1'],
    defaultValue: DEFAULT_ANSWERS.prod ? '1' : '0',
    noun: '0 or 1',
  },
  share: {
    answer: 'share',
    repeats: false,
    format: oneOf(SHARING_LEVELS),
    allowed: SHARING_LEVELS,
    defaultValue: DEFAULT_ANSWERS.share,
    noun: 'a code-sharing level',
  },
  release: {
    answer: 'release',
    repeats: false,
    format: oneOf(RELEASE_MODES),
    allowed: RELEASE_MODES,
    defaultValue: DEFAULT_ANSWERS.release,
    noun: 'a release mode',
  },
  deps: {
    answer: 'deps',
    repeats: false,
    format: oneOf(DEPENDENCY_MODES),
    allowed: DEPENDENCY_MODES,
    defaultValue: DEFAULT_ANSWERS.deps,
    noun: 'a dependency mode',
  },
  pane: {
    answer: 'pane',
    repeats: false,
    format: oneOf(PRIORITY_LEVELS),
    allowed: PRIORITY_LEVELS,
    defaultValue: DEFAULT_ANSWERS.pane,
    noun: 'a priority',
  },
  ops: {
    answer: 'ops',
    repeats: false,
    format: oneOf(PRIORITY_LEVELS),
    allowed: PRIORITY_LEVELS,
    defaultValue: DEFAULT_ANSWERS.ops,
    noun: 'a priority',
  },
  cost: {
    answer: 'cost',
    repeats: false,
    format: oneOf(PRIORITY_LEVELS),
    allowed: PRIORITY_LEVELS,
    defaultValue: DEFAULT_ANSWERS.cost,
    noun: 'a priority',
  },
  t: {
    answer: 'targets',
    repeats: true,
    format: oneOf(OPTIONAL_TARGET_IDS),
    allowed: OPTIONAL_TARGET_IDS,
    defaultValue: 'none',
    noun: 'an optional target',
  },
  dagster: {
    answer: 'dagsterVersion',
    repeats: false,
    format: 'X.Y.Z',
    allowed: null,
    defaultValue: 'not stated',
    noun: 'a Dagster release',
  },
} as const satisfies Record<ShareKey, ShareKeyDoc>;

/** The single-valued keys read from a fixed list, in link order. */
export const ENUM_SHARE_KEYS = [
  'plan',
  'agent',
  'ci',
  'sod',
  'share',
  'release',
  'deps',
  'pane',
  'ops',
  'cost',
] as const satisfies readonly EnumShareKey[];

/** Narrows an untrusted key to one of the format's keys (own-property check, no prototype keys). */
export const isShareKey = (key: string): key is ShareKey => Object.hasOwn(SHARE_KEYS, key);

const MEANINGS = {
  v: 'Link format version; a link without it is read as version 1.',
  plan: 'Dagster+ plan.',
  agent: 'Agent platform.',
  ci: 'CI provider.',
  p: 'One per project, in order: name, owning team, compute environment; `.hv` marks a high-volume project.',
  sod: 'How strictly teams must be separated.',
  st: 'One per team the separation applies to; each must own a project.',
  prod: 'Production and non-production must be separate.',
  share: 'Code shared between projects.',
  release: 'How projects are released.',
  deps: 'Whether dependencies agree.',
  pane: 'Priority: one view of all assets.',
  ops: 'Priority: capacity to operate extra agents and deployments.',
  cost: 'Priority: cost sensitivity.',
  t: 'One per optional config target to generate as well ("Also generate"); written only when some are chosen.',
  dagster:
    'Dagster release the files target (e.g. `1.13.7`); the app writes it whenever one is stated. A link without it reads as not stated and gets the files it got before the key existed: the legacy `dagster_cloud.yaml` and the `dagster-cloud ci` workflow.',
} as const satisfies Record<ShareKey, string>;

/** The share-link format as a Markdown table (key, repeats, values, default, meaning) for the README. */
export const shareKeysMarkdown = (): string => {
  const rows = SHARE_KEY_ORDER.map((key) => {
    const row: ShareKeyDoc = SHARE_KEYS[key];
    return `| \`${key}\` | ${row.repeats ? 'yes' : 'no'} | \`${row.format.replaceAll('|', '\\|')}\` | ${row.defaultValue} | ${MEANINGS[key]} |`;
  });
  return [
    '| Key | Repeats | Value | When omitted | Meaning |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
};
