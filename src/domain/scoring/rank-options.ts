/**
 * Ranks the three isolation levels for a set of answers. A level's fit is round(Σ breakdown
 * points); order is: available on the plan, then meets every requirement, then fit, then less
 * isolated. The score shown is the fit, held back to the score above it where a level out-fits a
 * level it ranks below (so shown scores never increase down the ranking); the points held back
 * and why are part of the result.
 */
import { busyNeighbourNote } from './busy-neighbours';
import { PLAN_LIMITS, levelNeeds, planNotesFor } from './plans';
import { recommendLayout } from './layout';
import { deriveRequirements, isolationOrder, unmetRequirementsAt } from './requirements';
import { LEVEL_IDS } from './types';
import { SCORING_MODEL_VERSION } from './version';
import { deriveWeights, type Weights } from './weights';
import {
  CRITERIA,
  CRITERION_IDS,
  LEVELS,
  type Criterion,
  type CriterionId,
  type LevelFit,
} from './criteria';
import type { Answers, Plan } from '../questionnaire/schemas';
import type { BreakdownRow, HeldBack, LevelId, RankedLevel, Ranking, Requirement } from './types';

/** Points to hundredths (exact: fits have two decimals and weights are integers). */
const roundPoints = (value: number): number => Math.round(value * 100) / 100;

/** "4 of 6 points", "0 of 1 point": a row's whole points out of its weight, for reasons. */
export const pointsText = (row: Pick<BreakdownRow, 'shownPoints' | 'weight'>): string =>
  `${String(row.shownPoints)} of ${String(row.weight)} point${row.weight === 1 ? '' : 's'}`;

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
const stripPeriod = (text: string): string => text.replace(/\.$/, '');

/** A fit at or above this reads as a strength in reasons; below it, as a weakness. */
export const STRONG_FIT = 0.6;

/** How well `level` serves a criterion on `plan` (a few fits differ off Pro). */
export const fitFor = (criterionId: CriterionId, level: LevelId, plan: Plan): LevelFit => {
  const criterion: Criterion = CRITERIA[criterionId];
  const offPro = PLAN_LIMITS[plan].hasLocationRoles
    ? undefined
    : criterion.withoutLocationRoles?.[level];
  return offPro ?? criterion.fits[level];
};

/** Integer 0..100: the rounded sum of the breakdown's points (a level's fit). */
export const fitOf = (breakdown: readonly Pick<BreakdownRow, 'points'>[]): number =>
  Math.round(breakdown.reduce((sum, row) => sum + row.points, 0));

/**
 * The whole points a reader sees for each row, in row order: the rows' exact points apportioned
 * by largest remainder (ties in row order, as the weights are apportioned to 100), so that they
 * add up to `fit` exactly. Each row shows its points rounded down or up: never more than its
 * weight, and 0 when it earned nothing.
 */
export const apportionPoints = (points: readonly number[], fit: number): number[] => {
  const hundredths = points.map((p) => Math.round(p * 100));
  const floors = hundredths.map((h) => Math.floor(h / 100));
  const missing = fit - floors.reduce((sum, f) => sum + f, 0);
  const bonus = new Set(
    hundredths
      .map((h, index) => ({ index, remainder: h % 100 }))
      .filter((r) => r.remainder > 0)
      .sort((x, y) => y.remainder - x.remainder || x.index - y.index)
      .slice(0, Math.max(0, missing))
      .map((r) => r.index),
  );
  return floors.map((f, index) => f + (bonus.has(index) ? 1 : 0));
};

/** Every criterion's contribution to one level's fit on `plan`, in CRITERIA order. */
export const buildBreakdown = (level: LevelId, weights: Weights, plan: Plan): BreakdownRow[] => {
  const rows = CRITERION_IDS.map((criterionId) => {
    const { fit, reason } = fitFor(criterionId, level, plan);
    const { weight, setBy } = weights[criterionId];
    return {
      criterionId,
      label: CRITERIA[criterionId].label,
      weight,
      fit,
      points: roundPoints(weight * fit),
      setBy,
      reason,
    };
  });
  const shown = apportionPoints(
    rows.map((row) => row.points),
    fitOf(rows),
  );
  return rows.map((row, i) => ({ ...row, shownPoints: shown[i] ?? 0 }));
};

/** Ranking fields known before the order is: everything but rank, shown score and reasons. */
type Unranked = Omit<RankedLevel, 'rank' | 'score' | 'heldBack' | 'reasons'>;

const reasonsFor = (level: Unranked, requirements: readonly Requirement[]): string[] => {
  const reasons: string[] = [];
  if (requirements.length > 0 && level.unmet.length === 0) {
    reasons.push(
      requirements.length === 1
        ? 'Meets the requirement.'
        : `Meets all ${requirements.length} requirements.`,
    );
  }
  // Strong: the two rows that give the most points (a row showing 0 points is no strength).
  const strong = [...level.breakdown]
    .filter((row) => row.shownPoints > 0 && row.fit >= STRONG_FIT)
    .sort((x, y) => y.points - x.points)
    .slice(0, 2);
  for (const row of strong) {
    reasons.push(`Strong on ${lowerFirst(row.label)} (${pointsText(row)}): ${row.reason}`);
  }
  // Weak: the row that loses the most points (one showing all its points is no weakness).
  const weakest = [...level.breakdown]
    .filter((row) => row.fit < STRONG_FIT && row.shownPoints < row.weight)
    .sort((x, y) => y.weight - y.points - (x.weight - x.points))[0];
  if (weakest !== undefined) {
    reasons.push(
      `Weak on ${lowerFirst(weakest.label)} (${pointsText(weakest)}): ${weakest.reason}`,
    );
  }
  return reasons;
};

/** "needs Dagster+ Pro (agent queues) and misses 2 requirements"; empty when nothing holds it back. */
export const holdsBack = (level: Pick<RankedLevel, 'needs' | 'unmet'>): string => {
  const parts: string[] = [];
  if (level.needs !== null) parts.push(`needs ${level.needs}`);
  const n = level.unmet.length;
  if (n > 0) parts.push(n === 1 ? 'misses a requirement' : `misses ${n} requirements`);
  return parts.join(' and ');
};

/**
 * The shown scores, top down: each level's fit, held back to the score of the level above when it
 * is higher (only a level below the plan's or the requirements' line can be: within a group the
 * order is by fit).
 */
const withShownScores = (ordered: readonly Unranked[]): Omit<RankedLevel, 'reasons'>[] => {
  const shown: Omit<RankedLevel, 'reasons'>[] = [];
  for (const [index, level] of ordered.entries()) {
    const above = shown[index - 1];
    const score = above === undefined ? level.fitScore : Math.min(level.fitScore, above.score);
    const heldBack: HeldBack | null =
      above === undefined || score === level.fitScore
        ? null
        : { points: score - level.fitScore, because: holdsBack(level), below: above.level };
    shown.push({ ...level, rank: index + 1, score, heldBack });
  }
  return shown;
};

/**
 * A level's score as a reader sees it, e.g. "53" or "53 (fits your priorities 59, but misses a
 * requirement)". The ranking list, the chart, compare and the CLI word it with this function.
 */
export const scoreText = (level: Pick<RankedLevel, 'score' | 'fitScore' | 'heldBack'>): string =>
  level.heldBack === null
    ? String(level.score)
    : `${level.score} (fits your priorities ${level.fitScore}, but ${level.heldBack.because})`;

/** "Code location 83, Agent 67 (fits your priorities 70, but ...), Deployment 39": rank order. */
export const scoresText = (ranking: Pick<Ranking, 'levels'>): string =>
  ranking.levels.map((l) => `${LEVELS[l.level].label} ${scoreText(l)}`).join(', ');

/** Rank order: available first, then meeting every requirement, then fit, then less isolated. */
export const compareLevels = (
  x: Pick<RankedLevel, 'level' | 'available' | 'unmet' | 'fitScore'>,
  y: Pick<RankedLevel, 'level' | 'available' | 'unmet' | 'fitScore'>,
): number =>
  Number(y.available) - Number(x.available) ||
  Number(y.unmet.length === 0) - Number(x.unmet.length === 0) ||
  y.fitScore - x.fitScore ||
  isolationOrder(x.level) - isolationOrder(y.level);

const summarize = (
  answers: Answers,
  levels: readonly RankedLevel[],
  requirements: readonly Requirement[],
): string => {
  const first = levels[0];
  if (first === undefined) return '';
  const title = LEVELS[first.level].title;
  if (first.unmet.length > 0) {
    const better = levels.find((l) => l.unmet.length === 0);
    const blocker = first.unmet[0]?.label ?? '';
    const planLabel = PLAN_LIMITS[answers.plan].label;
    const betterText =
      better === undefined
        ? ''
        : `; ${lowerFirst(LEVELS[better.level].title)} would meet it${better.needs === null ? '' : ` with ${better.needs}`}`;
    return `${title} is the best option on ${planLabel} but misses a requirement: ${lowerFirst(stripPeriod(blocker))}${betterText}.`;
  }
  const deciding = requirements.find((r) => r.minimumLevel === first.level);
  const top = [...first.breakdown]
    .filter((row) => row.points > 0)
    .sort((x, y) => y.points - x.points)
    .slice(0, 2)
    .map((row) => lowerFirst(row.label));
  const mainly = top.length > 0 ? `, mainly on ${top.join(' and ')}` : '';
  if (deciding !== undefined) {
    return `${title} is recommended (${first.score}/100): ${lowerFirst(stripPeriod(deciding.label))}.`;
  }
  if (requirements.length === 0) {
    return `${title} is recommended (${first.score}/100): no answer calls for more isolation, and it scores highest${mainly}.`;
  }
  return `${title} is recommended (${first.score}/100): it meets every requirement and scores highest${mainly}.`;
};

/**
 * Rankings already made, per answers object: the results, their files (planFiles), the decision
 * record and the tipping points each rank the same answers, and on a 40-project link every
 * ranking costs milliseconds of cold code on a phone. Answers are never changed in place (every
 * edit makes a new object), so an object's ranking never goes stale; a WeakMap keeps it only as
 * long as the answers live.
 */
const rankings = new WeakMap<Answers, Ranking>();

/**
 * Ranks code-location, agent and deployment isolation for these answers. Deterministic: the same
 * answers always give the same ranking (the same object for the same answers object: treat it as
 * read-only). Levels the plan lacks keep their fit but are ranked after the available ones, with
 * what they need.
 */
export const rankOptions = (answers: Answers): Ranking => {
  let ranking = rankings.get(answers);
  if (ranking === undefined) {
    ranking = rankAnswers(answers);
    rankings.set(answers, ranking);
  }
  return ranking;
};

const rankAnswers = (answers: Answers): Ranking => {
  const weights = deriveWeights(answers);
  const requirements = deriveRequirements(answers);
  const unranked = LEVEL_IDS.map((level): Unranked => {
    const needs = levelNeeds(answers.plan, level);
    const breakdown = buildBreakdown(level, weights, answers.plan);
    return {
      level,
      fitScore: fitOf(breakdown),
      breakdown,
      unmet: unmetRequirementsAt(requirements, level),
      available: needs === null,
      needs,
    };
  });
  const levels: RankedLevel[] = withShownScores([...unranked].sort(compareLevels)).map((level) => ({
    ...level,
    reasons: reasonsFor(level, requirements),
  }));
  const recommended = levels[0]?.level ?? 'code-location';
  return {
    modelVersion: SCORING_MODEL_VERSION,
    levels,
    recommended,
    requirements,
    layout: recommendLayout(answers),
    summary: summarize(answers, levels, requirements),
    planNotes: planNotesFor(answers),
    busyNote: busyNeighbourNote(answers),
  };
};
