/**
 * Turns answers into criterion weights by table lookup. Invariant: weights are integers that sum
 * to exactly 100 (largest-remainder rounding, ties by CRITERIA order), so a level's score is 0..100.
 */
import {
  computesOf,
  separatedTeamsOf,
  teamsOf,
  type Answers,
  type PriorityLevel,
  type SodLevel,
} from '../questionnaire/schemas';
import { CRITERION_IDS, type CriterionId } from './criteria';
import type { AnswerKey } from './types';

/** One criterion's share of the 100-point scale and the answers that set it. */
export type Weight = {
  /** Integer 0..100; all weights of one set of answers sum to 100. */
  weight: number;
  setBy: readonly AnswerKey[];
};
export type Weights = Readonly<Record<CriterionId, Weight>>;

/** Raw weight of a "what matters to you" priority (pane, cost). */
export const PRIORITY_WEIGHT = { low: 5, medium: 15, high: 30 } as const satisfies Record<
  PriorityLevel,
  number
>;

/** `ops` is a capacity: the less capacity to run extra agents, the more simplicity weighs. */
export const OPS_CAPACITY_WEIGHT = { low: 30, medium: 15, high: 5 } as const satisfies Record<
  PriorityLevel,
  number
>;

/** Moving from Solo/Starter to Pro is a plan change: cost weighs more off Pro. */
export const OFF_PRO_COST_BONUS = 10;

/** Access control weighs with how strictly teams are separated. */
export const SOD_ACCESS_WEIGHT = {
  none: 3,
  access: 15,
  execution: 10,
  confidential: 10,
} as const satisfies Record<SodLevel, number>;

/**
 * Weight of a need when an answer asks for it. A need nobody asked for weighs 0: isolation nobody
 * needs earns no points, which is why code-location isolation wins when there are no requirements.
 */
export const NEED_WEIGHT = {
  execution: { distinctCompute: 25, sodExecution: 25 },
  load: { busyShared: 20 },
  confidentiality: { sodConfidential: 30 },
  environments: { prod: 30 },
} as const;

/** True when the answers name more than one team and separation applies to at least one. */
export const hasSeparatedTeams = (a: Answers): boolean =>
  teamsOf(a).length > 1 && separatedTeamsOf(a).length > 0;

/** True when a high-volume project shares its environment with at least one other project. */
export const hasBusyNeighbour = (a: Answers): boolean =>
  a.projects.length > 1 && a.projects.some((p) => p.highVolume);

type RawWeight = { raw: number; setBy: readonly AnswerKey[] };

const rawWeights = (a: Answers): Record<CriterionId, RawWeight> => {
  const separated = hasSeparatedTeams(a);
  return {
    simplicity: { raw: OPS_CAPACITY_WEIGHT[a.ops], setBy: ['ops'] },
    cost: {
      raw: PRIORITY_WEIGHT[a.cost] + (a.plan === 'pro' ? 0 : OFF_PRO_COST_BONUS),
      setBy: ['cost', 'plan'],
    },
    pane: { raw: PRIORITY_WEIGHT[a.pane], setBy: ['pane'] },
    execution: {
      raw:
        (computesOf(a).length > 1 ? NEED_WEIGHT.execution.distinctCompute : 0) +
        (separated && a.sod === 'execution' ? NEED_WEIGHT.execution.sodExecution : 0),
      setBy: ['projects', 'sod', 'sodTeams'],
    },
    load: {
      raw: hasBusyNeighbour(a) ? NEED_WEIGHT.load.busyShared : 0,
      setBy: ['projects'],
    },
    confidentiality: {
      raw: separated && a.sod === 'confidential' ? NEED_WEIGHT.confidentiality.sodConfidential : 0,
      setBy: ['sod', 'sodTeams'],
    },
    access: { raw: SOD_ACCESS_WEIGHT[a.sod], setBy: ['sod'] },
    environments: {
      raw: a.prod ? NEED_WEIGHT.environments.prod : 0,
      setBy: ['prod'],
    },
  };
};

/**
 * Weights for these answers: each criterion's share of 100 points, with the answers that set it.
 * Pure table lookups, then largest-remainder rounding so the integers sum to exactly 100.
 */
export const deriveWeights = (a: Answers): Weights => {
  const raws = rawWeights(a);
  const total = CRITERION_IDS.reduce((sum, id) => sum + raws[id].raw, 0);
  // Raw weights are integers: integer division and remainder keep ties exact (a float remainder
  // such as 2000/68 − 29 vs 300/68 − 4 differs in the last bit and would break them arbitrarily).
  const exact = CRITERION_IDS.map((id, index) => {
    const scaled = raws[id].raw * 100;
    return { id, index, floor: Math.floor(scaled / total), remainder: scaled % total };
  });
  let missing = 100 - exact.reduce((sum, e) => sum + e.floor, 0);
  const bonus = new Set<CriterionId>();
  for (const e of [...exact].sort((x, y) => y.remainder - x.remainder || x.index - y.index)) {
    if (missing <= 0) break;
    bonus.add(e.id);
    missing -= 1;
  }
  const weights = {} as Record<CriterionId, Weight>;
  for (const e of exact) {
    weights[e.id] = { weight: e.floor + (bonus.has(e.id) ? 1 : 0), setBy: raws[e.id].setBy };
  }
  return weights;
};

/**
 * Weight (out of 100) from which a criterion "matters for you": a tenth of the score. The one rule
 * for it; the guide matrix marks the rows whose criteria reach it.
 */
export const MATTERS_WEIGHT = 10;

/** True when a criterion of this weight matters for these answers. */
export const criterionMatters = (weight: number): boolean => weight >= MATTERS_WEIGHT;

/** The criteria that matter for these weights, in CRITERIA order. */
export const criteriaThatMatter = (weights: Weights): CriterionId[] =>
  CRITERION_IDS.filter((id) => criterionMatters(weights[id].weight));
