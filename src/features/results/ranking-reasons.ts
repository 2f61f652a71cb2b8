/** Which of a level's reasons the ranking lists, so nothing is said twice. */
import type { RankedLevel } from '@/domain/scoring/types';

/**
 * The level's reasons without those that restate an unmet requirement or what it would need: both
 * are listed once, under "Does not meet:" and "Would need:".
 */
export function reasonsShown(level: RankedLevel): string[] {
  const structured = [
    ...level.unmet.map((req) => req.label),
    ...(level.needs === null ? [] : [level.needs]),
  ];
  return level.reasons.filter((reason) => !structured.some((text) => reason.includes(text)));
}
