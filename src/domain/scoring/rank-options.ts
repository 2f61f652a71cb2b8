/**
 * Ranks the three isolation levels for a set of answers. A score is round(Σ breakdown points);
 * order is: available on the plan, then meets every requirement, then score, then less isolated.
 */
import { PLAN_LIMITS, levelNeeds, planNotesFor } from './plans';
import { recommendLayout } from './layout';
import { deriveRequirements, isolationOrder, unmetRequirementsAt } from './requirements';
import { LEVEL_IDS } from './types';
import { SCORING_MODEL_VERSION } from './version';
import { deriveWeights, type Weights } from './weights';
import { CRITERIA, CRITERION_IDS, LEVELS } from './criteria';
import type { Answers } from '../questionnaire/schemas';
import type { BreakdownRow, LevelId, RankedLevel, Ranking, Requirement } from './types';

/** Points rounded to hundredths for display; fits have two decimals and weights are integers. */
const roundPoints = (value: number): number => Math.round(value * 100) / 100;

/** "12.5", "9", for plain-text reasons. */
export const formatPoints = (value: number): string => String(Math.round(value * 10) / 10);

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
const stripPeriod = (text: string): string => text.replace(/\.$/, '');

/** A fit at or above this reads as a strength in reasons; below it, as a weakness. */
export const STRONG_FIT = 0.6;

/** Every criterion's contribution to one level's score, in CRITERIA order. */
export const buildBreakdown = (level: LevelId, weights: Weights): BreakdownRow[] =>
  CRITERION_IDS.map((criterionId) => {
    const criterion = CRITERIA[criterionId];
    const { fit, reason } = criterion.fits[level];
    const { weight, setBy } = weights[criterionId];
    return {
      criterionId,
      label: criterion.label,
      weight,
      fit,
      points: roundPoints(weight * fit),
      setBy,
      reason,
    };
  });

/** Integer 0..100: the rounded sum of the breakdown's points. */
export const scoreOf = (breakdown: readonly BreakdownRow[]): number =>
  Math.round(breakdown.reduce((sum, row) => sum + row.points, 0));

const reasonsFor = (
  level: Omit<RankedLevel, 'rank' | 'reasons'>,
  requirements: readonly Requirement[],
): string[] => {
  const reasons: string[] = [];
  if (level.needs !== null) {
    reasons.push(`Not on your plan: needs ${level.needs}.`);
  }
  for (const requirement of level.unmet) {
    reasons.push(`Does not meet a requirement: ${requirement.label}`);
  }
  if (requirements.length > 0 && level.unmet.length === 0) {
    reasons.push(
      requirements.length === 1
        ? 'Meets the requirement.'
        : `Meets all ${requirements.length} requirements.`,
    );
  }
  const strong = [...level.breakdown]
    .filter((row) => row.points > 0 && row.fit >= STRONG_FIT)
    .sort((x, y) => y.points - x.points)
    .slice(0, 2);
  for (const row of strong) {
    reasons.push(
      `Strong on ${lowerFirst(row.label)} (${formatPoints(row.points)} of ${row.weight} points): ${row.reason}`,
    );
  }
  const weakest = [...level.breakdown]
    .filter((row) => row.fit < STRONG_FIT && row.weight - row.points > 0)
    .sort((x, y) => y.weight - y.points - (x.weight - x.points))[0];
  if (weakest !== undefined) {
    reasons.push(
      `Weak on ${lowerFirst(weakest.label)} (${formatPoints(weakest.points)} of ${weakest.weight} points): ${weakest.reason}`,
    );
  }
  return reasons;
};

/** Rank order: available first, then meeting every requirement, then score, then less isolated. */
export const compareLevels = (
  x: Pick<RankedLevel, 'level' | 'available' | 'unmet' | 'score'>,
  y: Pick<RankedLevel, 'level' | 'available' | 'unmet' | 'score'>,
): number =>
  Number(y.available) - Number(x.available) ||
  Number(y.unmet.length === 0) - Number(x.unmet.length === 0) ||
  y.score - x.score ||
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
 * Ranks code-location, agent and deployment isolation for these answers. Deterministic: the same
 * answers always give the same ranking. Levels the plan lacks keep their score but are ranked after
 * the available ones, with what they need.
 */
export const rankOptions = (answers: Answers): Ranking => {
  const weights = deriveWeights(answers);
  const requirements = deriveRequirements(answers);
  const unranked = LEVEL_IDS.map((level) => {
    const breakdown = buildBreakdown(level, weights);
    const needs = levelNeeds(answers.plan, level);
    const scored = {
      level,
      score: scoreOf(breakdown),
      breakdown,
      unmet: unmetRequirementsAt(requirements, level),
      available: needs === null,
      needs,
    };
    return { ...scored, reasons: reasonsFor(scored, requirements) };
  });
  const levels: RankedLevel[] = [...unranked]
    .sort(compareLevels)
    .map((level, index) => ({ ...level, rank: index + 1 }));
  const recommended = levels[0]?.level ?? 'code-location';
  return {
    modelVersion: SCORING_MODEL_VERSION,
    levels,
    recommended,
    requirements,
    layout: recommendLayout(answers),
    summary: summarize(answers, levels, requirements),
    planNotes: planNotesFor(answers),
  };
};
