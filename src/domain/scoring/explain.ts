/**
 * Plain-text reasons for the ranking's order, one per adjacent pair (first vs second, second vs
 * third). Every number comes from the ranking's own breakdown, so text and chart cannot disagree.
 */
import { LEVELS } from './criteria';
import { formatPoints } from './rank-options';
import type { BreakdownRow, RankedLevel, Ranking } from './types';

/** How much one criterion separates two levels (points of `ahead` minus points of `behind`). */
export type CriterionGap = { criterionId: string; label: string; gap: number };

const title = (level: RankedLevel): string => LEVELS[level.level].title;
const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
const stripPeriod = (text: string): string => text.replace(/\.$/, '');

/** Per-criterion point gaps between two levels, largest first; zero gaps left out. */
export const criterionGaps = (ahead: RankedLevel, behind: RankedLevel): CriterionGap[] => {
  const behindPoints = new Map<string, number>(
    behind.breakdown.map((row: BreakdownRow) => [row.criterionId, row.points]),
  );
  return ahead.breakdown
    .map((row) => ({
      criterionId: row.criterionId,
      label: row.label,
      gap: Math.round((row.points - (behindPoints.get(row.criterionId) ?? 0)) * 100) / 100,
    }))
    .filter((g) => g.gap !== 0)
    .sort((x, y) => Math.abs(y.gap) - Math.abs(x.gap));
};

const listGaps = (gaps: readonly CriterionGap[]): string =>
  gaps.map((g) => `${lowerFirst(g.label)} (+${formatPoints(Math.abs(g.gap))})`).join(' and ');

/** Why `ahead` ranks directly above `behind`, in one sentence. */
export const explainPair = (ahead: RankedLevel, behind: RankedLevel): string => {
  const a = title(ahead);
  const b = lowerFirst(title(behind));
  if (ahead.available && !behind.available) {
    const higher =
      behind.score > ahead.score
        ? `, even though it scores higher (${behind.score} to ${ahead.score})`
        : '';
    return `${a} ranks above ${b} because ${b} needs ${behind.needs ?? 'another plan'}${higher}.`;
  }
  if (ahead.unmet.length === 0 && behind.unmet.length > 0) {
    const unmet = behind.unmet[0]?.label ?? '';
    const higher =
      behind.score > ahead.score
        ? `, even though it scores higher (${behind.score} to ${ahead.score})`
        : '';
    return `${a} ranks above ${b} because ${b} misses a requirement${higher}: ${lowerFirst(stripPeriod(unmet))}.`;
  }
  if (ahead.score === behind.score) {
    return `${a} and ${b} tie at ${ahead.score} points; the tie goes to the less isolated, cheaper option.`;
  }
  const gaps = criterionGaps(ahead, behind);
  const forAhead = gaps.filter((g) => g.gap > 0).slice(0, 2);
  const forBehind = gaps.filter((g) => g.gap < 0).slice(0, 1);
  const mainly = forAhead.length > 0 ? `, mainly on ${listGaps(forAhead)}` : '';
  const despite = forBehind.length > 0 ? `; ${b} is ahead on ${listGaps(forBehind)}` : '';
  return `${a} ranks above ${b} by ${ahead.score - behind.score} points (${ahead.score} to ${behind.score})${mainly}${despite}.`;
};

/** One sentence per adjacent pair of the ranking, top first. */
export const explainRanking = (ranking: Ranking): string[] =>
  ranking.levels.slice(1).flatMap((behind, index) => {
    const ahead = ranking.levels[index];
    return ahead === undefined ? [] : [explainPair(ahead, behind)];
  });
