/**
 * Shapes a ranking into the chart's rows: one row per level in rank order, one stacked segment per
 * criterion holding that criterion's points. It only reads the ranking, so a bar always adds up
 * to the level's fit, and its caption gives the score the ranking shows (and the fit, when the
 * level is held back below one it out-fits).
 */
import type { CriterionId } from '@/domain/scoring/criteria';
import type { LevelId, Ranking } from '@/domain/scoring/types';

import { CRITERION_COLORS, LEVEL_LOOKS } from './levels';

/** One stacked segment kind (a criterion), in stack order. */
export type ChartSeries = { criterionId: CriterionId; label: string; color: string };

/** One bar: a level, its score and the points each criterion gave it. */
export type ChartRow = {
  level: LevelId;
  name: string;
  /** The score the ranking shows. */
  score: number;
  /** The fit: what the segments add up to. */
  fitScore: number;
  /** "56" or "56, fit 60" (held back): under the level's name. */
  caption: string;
  /** Points per criterion id, rounded to one decimal; 0 when the level has no row for it. */
  points: Readonly<Record<string, number>>;
};

export type ChartData = { rows: readonly ChartRow[]; series: readonly ChartSeries[] };

const round1 = (n: number): number => Math.round(n * 10) / 10;

/**
 * Chart rows for a ranking. Series keep the breakdown's criterion order (first seen wins) and
 * leave out criteria that give no level any points, so no segment is invisible.
 */
export function toChartData(ranking: Pick<Ranking, 'levels'>): ChartData {
  const labels = new Map<CriterionId, string>();
  const scored = new Set<CriterionId>();
  for (const level of ranking.levels) {
    for (const row of level.breakdown) {
      if (!labels.has(row.criterionId)) labels.set(row.criterionId, row.label);
      if (round1(row.points) > 0) scored.add(row.criterionId);
    }
  }
  const series = [...labels]
    .filter(([id]) => scored.has(id))
    .map(([criterionId, label], i) => ({
      criterionId,
      label,
      color: CRITERION_COLORS[i % CRITERION_COLORS.length] ?? CRITERION_COLORS[0],
    }));
  const rows = ranking.levels.map((level) => {
    const points: Record<string, number> = {};
    for (const s of series) {
      const row = level.breakdown.find((b) => b.criterionId === s.criterionId);
      points[s.criterionId] = row ? round1(row.points) : 0;
    }
    return {
      level: level.level,
      name: LEVEL_LOOKS[level.level].label,
      score: level.score,
      fitScore: level.fitScore,
      caption:
        level.score === level.fitScore
          ? String(level.score)
          : `${level.score.toString()}, fit ${level.fitScore.toString()}`,
      points,
    };
  });
  return { rows, series };
}
