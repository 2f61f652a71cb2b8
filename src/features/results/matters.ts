/**
 * Which of the guide's rows weigh on these answers: a matrix row matters when one of its criteria
 * matters (`criterionMatters`, the domain's one rule); a layout row matters when one of its answers
 * is among those that set the layout recommendation.
 */
import { criterionMatters } from '@/domain/scoring/weights';
import type { AnswerKey, Ranking } from '@/domain/scoring/types';

/** Each criterion's label and weight for these answers (weights are the same for every level). */
export function criterionWeights(
  ranking: Pick<Ranking, 'levels'>,
): ReadonlyMap<string, { label: string; weight: number }> {
  const weights = new Map<string, { label: string; weight: number }>();
  for (const row of ranking.levels[0]?.breakdown ?? []) {
    weights.set(row.criterionId, { label: row.label, weight: row.weight });
  }
  return weights;
}

/** The criteria of a row that matter, heaviest first (empty: the row does not matter). */
export function rowMatters(
  criteria: readonly string[],
  weights: ReadonlyMap<string, { label: string; weight: number }>,
): { label: string; weight: number }[] {
  return criteria
    .flatMap((id) => {
      const w = weights.get(id);
      return w !== undefined && criterionMatters(w.weight) ? [w] : [];
    })
    .sort((a, b) => b.weight - a.weight);
}

/** True when one of the row's answers set the layout recommendation. */
export function layoutRowMatters(
  answers: readonly AnswerKey[],
  layout: Pick<Ranking['layout'], 'reasons'>,
): boolean {
  return layout.reasons.some((r) => r.setBy.some((key) => answers.includes(key)));
}
