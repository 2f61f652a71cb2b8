/**
 * Tipping points: for each answer, whether changing it alone would change the recommended level
 * or the repository layout, and to what. Every candidate change is applied to a copy of the
 * answers and ranked by `rankOptions`, the same model the results show, so a tipping point is
 * never a second opinion.
 *
 * The candidate changes are data (`ENUM_WHAT_IFS`, the separated teams, project-level changes),
 * listed by `CHANGE_GROUPS`: first what this organisation could plausibly do next (a team added,
 * a team made confidential, production split off, a busy project, a second compute environment),
 * then the reverse simplifications, separation, delivery and priorities, then a plan upgrade, and
 * plan downgrades last. Deterministic: table order within a group.
 * `agent` and `ci` are not varied: the scoring model does not read them (they only shape the
 * files), which a test pins so that a model that starts reading them is noticed.
 */
import {
  MAX_PROJECTS,
  PLANS,
  computesOf,
  teamsOf,
  type Answers,
  type DependencyMode,
  type Plan,
  type PriorityLevel,
  type ReleaseMode,
  type SharingLevel,
  type SodLevel,
} from '../questionnaire/schemas';
import { YES_NO_LABELS } from '../questionnaire/answer-labels';
import { PLAN_QUESTION } from '../questionnaire/first-step-questions';
import { OPTION_LABELS } from '../questionnaire/option-labels';
import { rankOptions } from '../scoring/rank-options';
import { countOf } from '../text/count';
import type { AnswerKey, Ranking } from '../scoring/types';
import { claimName, mostCommon } from './names';
import {
  changeBetween,
  consequenceOf,
  describeOutcome,
  hasChange,
  outcomeOfRanking,
  type OutcomeChange,
} from './outcome';

/** One answer change that would change the recommendation. */
export type TippingPoint = {
  /** Stable id of the change, e.g. "prod:yes", "sod:confidential", "projects:one-compute". */
  readonly id: string;
  /** Which kind of change it is; the list is ordered by `CHANGE_GROUPS`. */
  readonly group: ChangeGroup;
  /** The answer that changes (`projects` for changes to projects, teams or compute). */
  readonly answerKey: AnswerKey;
  /** Display value today, e.g. "No", "Pro", "2 compute environments". */
  readonly from: string;
  /** Display value after the change. */
  readonly to: string;
  /** What would change: the level, the layout, or both. */
  readonly changes: OutcomeChange;
  /** "If production and staging must be separate, deployment isolation would rank first instead of code location isolation." */
  readonly sentence: string;
  /** The answers with this one change applied (valid `Answers`; e.g. for a share link). */
  readonly answers: Answers;
};

type ValueText = { readonly label: string; readonly condition: string };

// Values are labelled as the wizard's options label them (one table: OPTION_LABELS and the first
// step's questions), so a what-if never names an answer differently from the wizard.
const PLAN_TEXT = {
  solo: { label: PLAN_QUESTION.options.solo.label, condition: 'you were on Dagster+ Solo' },
  starter: {
    label: PLAN_QUESTION.options.starter.label,
    condition: 'you were on Dagster+ Starter',
  },
  pro: { label: PLAN_QUESTION.options.pro.label, condition: 'you were on Dagster+ Pro' },
} as const satisfies Record<Plan, ValueText>;

const SOD_TEXT = {
  none: { label: OPTION_LABELS.sod.none, condition: 'teams needed no separation' },
  access: {
    label: OPTION_LABELS.sod.access,
    condition: 'teams could only edit and launch their own projects',
  },
  execution: {
    label: OPTION_LABELS.sod.execution,
    condition: "teams' runs needed their own credentials, network or compute",
  },
  confidential: {
    label: OPTION_LABELS.sod.confidential,
    condition: "teams must not see each other's assets and runs",
  },
} as const satisfies Record<SodLevel, ValueText>;

const SHARE_TEXT = {
  none: { label: OPTION_LABELS.share.none, condition: 'projects shared no code' },
  some: { label: OPTION_LABELS.share.some, condition: 'projects shared some code' },
  heavy: { label: OPTION_LABELS.share.heavy, condition: 'projects shared a lot of code' },
} as const satisfies Record<SharingLevel, ValueText>;

const RELEASE_TEXT = {
  together: {
    label: OPTION_LABELS.release.together,
    condition: 'all projects were released together',
  },
  independent: {
    label: OPTION_LABELS.release.independent,
    condition: 'teams released independently',
  },
} as const satisfies Record<ReleaseMode, ValueText>;

const DEPS_TEXT = {
  aligned: {
    label: OPTION_LABELS.deps.aligned,
    condition: 'dependencies were aligned across projects',
  },
  conflicting: {
    label: OPTION_LABELS.deps.conflicting,
    condition: "projects' dependencies conflicted",
  },
} as const satisfies Record<DependencyMode, ValueText>;

const priorityText = (subject: string): Record<PriorityLevel, ValueText> => ({
  low: { label: OPTION_LABELS.priority.low, condition: `${subject} mattered little` },
  medium: { label: OPTION_LABELS.priority.medium, condition: `${subject} mattered somewhat` },
  high: { label: OPTION_LABELS.priority.high, condition: `${subject} mattered a lot` },
});

const OPS_TEXT = {
  low: {
    label: OPTION_LABELS.priority.low,
    condition: 'you had little capacity to operate extra agents and deployments',
  },
  medium: {
    label: OPTION_LABELS.priority.medium,
    condition: 'you had some capacity to operate extra agents and deployments',
  },
  high: {
    label: OPTION_LABELS.priority.high,
    condition: 'you had plenty of capacity to operate extra agents and deployments',
  },
} as const satisfies Record<PriorityLevel, ValueText>;

/** Single-valued answers that the scoring model reads, with the text of each value. */
export const ENUM_WHAT_IFS = {
  plan: PLAN_TEXT,
  sod: SOD_TEXT,
  share: SHARE_TEXT,
  release: RELEASE_TEXT,
  deps: DEPS_TEXT,
  pane: priorityText('one view of all assets'),
  ops: OPS_TEXT,
  cost: priorityText('cost'),
} as const satisfies { [K in keyof Answers]?: Record<Answers[K] & string, ValueText> };
type EnumWhatIfKey = keyof typeof ENUM_WHAT_IFS;

const PROD_TEXT = {
  yes: { label: YES_NO_LABELS.yes, condition: 'production and staging must be separate' },
  no: {
    label: YES_NO_LABELS.no,
    condition: 'production and non-production did not need to be separate',
  },
} as const;

/**
 * Where a change is listed, in this order: what an organisation grows into, what it simplifies,
 * separation of duties, delivery, priorities, a plan upgrade, a plan downgrade.
 */
export const CHANGE_GROUPS = [
  'growth',
  'simplification',
  'separation',
  'delivery',
  'priorities',
  'upgrade',
  'downgrade',
] as const;
export type ChangeGroup = (typeof CHANGE_GROUPS)[number];

/** The group of a single-answer change (plan changes are upgrades or downgrades). */
const ENUM_GROUPS = {
  plan: 'upgrade',
  sod: 'separation',
  share: 'delivery',
  release: 'delivery',
  deps: 'delivery',
  pane: 'priorities',
  ops: 'priorities',
  cost: 'priorities',
} as const satisfies Record<EnumWhatIfKey, ChangeGroup>;

/** A candidate change: what it does and how to say it. */
type Variation = {
  id: string;
  group: ChangeGroup;
  answerKey: AnswerKey;
  from: string;
  to: string;
  /** The "if" clause, lowercase, no period. */
  condition: string;
  apply: (a: Answers) => Answers;
};

const ENUM_KEYS = Object.keys(ENUM_WHAT_IFS) as EnumWhatIfKey[];

const enumVariations = (a: Answers): Variation[] =>
  ENUM_KEYS.flatMap((key) => {
    const table: Record<string, ValueText> = ENUM_WHAT_IFS[key];
    const current = a[key];
    const from = table[current]?.label ?? current;
    return Object.entries(table)
      .filter(([value]) => value !== current)
      .map(([value, text]) => ({
        id: `${key}:${value}`,
        group:
          key === 'plan' && PLANS.indexOf(value as Plan) < PLANS.indexOf(a.plan)
            ? 'downgrade'
            : ENUM_GROUPS[key],
        answerKey: key,
        from,
        to: text.label,
        condition: text.condition,
        apply: (x: Answers): Answers => ({ ...x, [key]: value }),
      }));
  });

const prodVariation = (a: Answers): Variation => {
  const to = a.prod ? PROD_TEXT.no : PROD_TEXT.yes;
  return {
    id: `prod:${a.prod ? 'no' : 'yes'}`,
    group: a.prod ? 'simplification' : 'growth',
    answerKey: 'prod',
    from: (a.prod ? PROD_TEXT.yes : PROD_TEXT.no).label,
    to: to.label,
    condition: to.condition,
    apply: (x) => ({ ...x, prod: !a.prod }),
  };
};

const teamList = (teams: readonly string[]): string =>
  `${teams.length === 1 ? 'team' : 'teams'} ${teams.join(', ')}`;

/** Who the separation applies to: every team, or only some (only when there is a separation). */
const sodTeamsVariations = (a: Answers): Variation[] => {
  const teams = teamsOf(a);
  if (a.sod === 'none' || teams.length < 2) return [];
  const named = a.sodTeams.length > 0 && a.sodTeams.length < teams.length;
  if (named) {
    return [
      {
        id: 'sodTeams:all',
        group: 'separation',
        answerKey: 'sodTeams',
        from: `Only ${teamList(a.sodTeams)}`,
        to: 'Every team',
        condition: 'the separation applied to every team',
        apply: (x) => ({ ...x, sodTeams: [] }),
      },
    ];
  }
  const first = teams[0] ?? '';
  return [
    {
      id: 'sodTeams:one',
      group: 'separation',
      answerKey: 'sodTeams',
      from: 'Every team',
      to: `Only team ${first}`,
      condition: `the separation applied only to team ${first}`,
      apply: (x) => ({ ...x, sodTeams: [first] }),
    },
  ];
};

/** A team added, with a project of its own on the most common compute environment. */
const newTeamVariation = (a: Answers): Variation[] => {
  const teams = teamsOf(a);
  const first = a.projects[0];
  if (first === undefined || a.projects.length >= MAX_PROJECTS) return [];
  const taken = new Set([...teams, ...a.projects.map((p) => p.name)]);
  const team = claimName(`team-${teams.length + 1}`, taken);
  const name = claimName(`${team}-project`, taken);
  const compute = mostCommon(a.projects.map((p) => p.compute)) ?? first.compute;
  return [
    {
      id: 'projects:new-team',
      group: 'growth',
      answerKey: 'projects',
      from: countOf(teams.length, 'team', 'teams'),
      to: `${countOf(teams.length + 1, 'team', 'teams')} (${team} added)`,
      condition: `another team (${team}) started a project of its own`,
      apply: (x) => ({
        ...x,
        projects: [...x.projects, { name, team, compute, highVolume: false }],
      }),
    },
  ];
};

/** One team's assets and runs hidden from the others (its last team, when none is yet). */
const confidentialTeamVariation = (a: Answers): Variation[] => {
  const teams = teamsOf(a);
  const team = teams[teams.length - 1];
  if (a.sod === 'confidential' || teams.length < 2 || team === undefined) return [];
  return [
    {
      id: 'sod:confidential-team',
      group: 'growth',
      answerKey: 'sod',
      from: SOD_TEXT[a.sod].label,
      to: `${OPTION_LABELS.sod.confidential} (team ${team})`,
      condition: `team ${team}'s assets and runs had to be hidden from the other teams`,
      apply: (x) => ({ ...x, sod: 'confidential', sodTeams: [team] }),
    },
  ];
};

/** Changes to projects: compute environments, load and team ownership. */
const projectVariations = (a: Answers): Variation[] => {
  const variations: Variation[] = [];
  const { projects } = a;
  const computes = computesOf(a);
  const teams = teamsOf(a);
  const first = projects[0];
  const last = projects[projects.length - 1];
  if (first === undefined || last === undefined) return [];

  if (computes.length > 1) {
    const compute = mostCommon(projects.map((p) => p.compute)) ?? first.compute;
    variations.push({
      id: 'projects:one-compute',
      group: 'simplification',
      answerKey: 'projects',
      from: countOf(computes.length, 'compute environment', 'compute environments'),
      to: `One compute environment (${compute})`,
      condition: `all projects ran on one compute environment (${compute})`,
      apply: (x) => ({ ...x, projects: x.projects.map((p) => ({ ...p, compute })) }),
    });
  } else if (projects.length > 1) {
    const compute = claimName(`${first.compute}-2`, new Set(computes));
    variations.push({
      id: 'projects:second-compute',
      group: 'growth',
      answerKey: 'projects',
      from: `One compute environment (${first.compute})`,
      to: `2 compute environments (${first.compute}, ${compute})`,
      condition: `project ${last.name} ran on a second compute environment`,
      apply: (x) => ({
        ...x,
        projects: x.projects.map((p) => (p.name === last.name ? { ...p, compute } : p)),
      }),
    });
  }

  const busy = projects.filter((p) => p.highVolume);
  if (busy.length > 0) {
    variations.push({
      id: 'projects:no-high-volume',
      group: 'simplification',
      answerKey: 'projects',
      from: countOf(busy.length, 'high-volume project', 'high-volume projects'),
      to: 'No high-volume project',
      condition: 'no project had a high volume of runs',
      apply: (x) => ({ ...x, projects: x.projects.map((p) => ({ ...p, highVolume: false })) }),
    });
  } else if (projects.length > 1) {
    variations.push({
      id: 'projects:high-volume',
      group: 'growth',
      answerKey: 'projects',
      from: 'No high-volume project',
      to: `A high-volume project (${first.name})`,
      condition: `project ${first.name} had a high volume of runs`,
      apply: (x) => ({
        ...x,
        projects: x.projects.map((p) => (p.name === first.name ? { ...p, highVolume: true } : p)),
      }),
    });
  }

  if (teams.length > 1) {
    const team = mostCommon(projects.map((p) => p.team)) ?? first.team;
    variations.push({
      id: 'projects:one-team',
      group: 'simplification',
      answerKey: 'projects',
      from: countOf(teams.length, 'team', 'teams'),
      to: `One team (${team})`,
      condition: `one team (${team}) owned every project`,
      apply: (x) => ({
        ...x,
        projects: x.projects.map((p) => ({ ...p, team })),
        sodTeams: x.sodTeams.filter((t) => t === team),
      }),
    });
  }
  return variations;
};

/**
 * Every single-answer change considered for these answers, in the order results are listed:
 * by `CHANGE_GROUPS`, then table order (a team added, a team made confidential, production
 * apart, a busy project, a second compute environment lead the growth group).
 */
const variationsFor = (a: Answers): Variation[] => {
  const all = [
    ...newTeamVariation(a),
    ...confidentialTeamVariation(a),
    prodVariation(a),
    ...projectVariations(a),
    ...enumVariations(a),
    ...sodTeamsVariations(a),
  ];
  const rank = (v: Variation): number => CHANGE_GROUPS.indexOf(v.group);
  return all.toSorted((x, y) => rank(x) - rank(y));
};

/**
 * Every answer that, changed alone, would change the recommended level or repository layout for
 * these answers, with what it would change to and a sentence saying so. Empty when no single
 * change moves the recommendation (see `tippingPointSummary`) or when there are no projects.
 * Order: `CHANGE_GROUPS` (plausible growth first, plan downgrades last).
 */
export const findTippingPoints = (answers: Answers, ranking?: Ranking): TippingPoint[] => {
  if (answers.projects.length === 0) return [];
  const base = outcomeOfRanking(ranking ?? rankOptions(answers));
  return variationsFor(answers).flatMap((variation) => {
    const changed = variation.apply(answers);
    const changes = changeBetween(base, outcomeOfRanking(rankOptions(changed)));
    if (!hasChange(changes)) return [];
    return [
      {
        id: variation.id,
        group: variation.group,
        answerKey: variation.answerKey,
        from: variation.from,
        to: variation.to,
        changes,
        sentence: `If ${variation.condition}, ${consequenceOf(changes)}.`,
        answers: changed,
      },
    ];
  });
};

/**
 * One sentence above the list: how many single changes would tip the recommendation, or, when
 * none would, that the recommendation holds whichever one answer changes.
 */
export const tippingPointSummary = (ranking: Ranking, points: readonly TippingPoint[]): string => {
  const outcome = describeOutcome(outcomeOfRanking(ranking));
  if (points.length === 0) {
    return `No single answer would change the recommendation: ${lowerFirstTitle(outcome)} holds whichever one answer you change.`;
  }
  return points.length === 1
    ? `${outcome} holds unless this answer changes:`
    : `${outcome} holds unless one of these ${points.length} answers changes:`;
};

const lowerFirstTitle = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
