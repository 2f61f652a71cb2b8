/**
 * Shapes a ranking into the chart's rows: one row per level in rank order, one stacked segment per
 * criterion holding that criterion's whole points as the ranking shows them (`shownPoints`). It
 * only reads the ranking, so a bar always adds up to the level's fit exactly, and its caption gives the score the ranking shows (and the fit, when the
 * level is held back below one it out-fits).
 */
import type { CriterionId } from '@/domain/scoring/criteria';
import type { LevelId, Ranking } from '@/domain/scoring/types';

import { CRITERION_COLORS, LEVEL_LOOKS } from '@/components/levels';

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
  /** Whole points per criterion id (`shownPoints`); 0 when the level has no row for it. */
  points: Readonly<Record<string, number>>;
};

export type ChartData = { rows: readonly ChartRow[]; series: readonly ChartSeries[] };

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
      if (row.shownPoints > 0) scored.add(row.criterionId);
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
      points[s.criterionId] = row ? row.shownPoints : 0;
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

/** Size and margins of the points-per-criterion chart (px). */
export const SCORE_CHART = {
  height: 220,
  /** Room for the level names and scores left of the bars. */
  left: 128,
  right: 16,
  top: 8,
  /** Room for the axis ticks under the bars. */
  bottom: 28,
  /** Bar thickness as a share of its row. */
  bar: 0.6,
} as const;

/** One stacked segment of a bar. */
export type SegmentBox = {
  readonly level: LevelId;
  readonly criterionId: CriterionId;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly color: string;
};

/** Where each bar, segment and axis tick goes in a chart `width` px wide. */
export type BarLayout = {
  readonly segments: readonly SegmentBox[];
  /** The middle of each row, for its label. */
  readonly rows: readonly { readonly level: LevelId; readonly y: number }[];
  /** Axis ticks: value and x. */
  readonly ticks: readonly { readonly value: number; readonly x: number }[];
  /** The axis line's y. */
  readonly axisY: number;
  /** x of 0 and of 100 points. */
  readonly x0: number;
  readonly x100: number;
};

/**
 * Lays out the stacked bars: one row per level in rank order, its segments end to end from 0 in
 * series order, on a 0-100 scale. Plain geometry, so the chart needs no chart library.
 */
export function barLayout(data: ChartData, width: number): BarLayout {
  const c = SCORE_CHART;
  const x0 = c.left;
  const x100 = Math.max(x0, width - c.right);
  const xOf = (points: number): number => x0 + ((x100 - x0) * points) / 100;
  const rowHeight = (c.height - c.top - c.bottom) / Math.max(1, data.rows.length);
  const barHeight = rowHeight * c.bar;
  const segments: SegmentBox[] = [];
  const rows = data.rows.map((row, i) => {
    const middle = c.top + rowHeight * (i + 0.5);
    let sum = 0;
    for (const s of data.series) {
      const points = row.points[s.criterionId] ?? 0;
      if (points > 0) {
        segments.push({
          level: row.level,
          criterionId: s.criterionId,
          x: xOf(sum),
          y: middle - barHeight / 2,
          width: xOf(sum + points) - xOf(sum),
          height: barHeight,
          color: s.color,
        });
      }
      sum += points;
    }
    return { level: row.level, y: middle };
  });
  return {
    segments,
    rows,
    ticks: [0, 25, 50, 75, 100].map((value) => ({ value, x: xOf(value) })),
    axisY: c.height - c.bottom,
    x0,
    x100,
  };
}
