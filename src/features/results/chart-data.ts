/**
 * Shapes a ranking into the chart's rows: one row per level in rank order, one stacked segment per
 * criterion holding that criterion's points. It only reads the breakdown, so the bars always add
 * up to the score shown in the ranking.
 */
import type { LevelId, Ranking } from '@/domain/scoring/types';

import { CRITERION_COLORS, LEVEL_LOOKS } from '@/components/levels';

/** One stacked segment kind (a criterion), in stack order. */
export type ChartSeries = { criterionId: string; label: string; color: string };

/** One bar: a level, its score and the points each criterion gave it. */
export type ChartRow = {
  level: LevelId;
  name: string;
  score: number;
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
  const labels = new Map<string, string>();
  const scored = new Set<string>();
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
    return { level: level.level, name: LEVEL_LOOKS[level.level].label, score: level.score, points };
  });
  return { rows, series };
}
