import { describe, expect, it } from 'vitest';

import { PERSONAS } from '@/domain/__fixtures__/personas';
import { rankOptions } from '@/domain/scoring/rank-options';
import type { CriterionId } from '@/domain/scoring/criteria';
import type { BreakdownRow, RankedLevel } from '@/domain/scoring/types';

import { SCORE_CHART, barLayout, toChartData } from './chart-data';

const row = (criterionId: CriterionId, points: number): BreakdownRow => ({
  criterionId,
  label: criterionId.toUpperCase(),
  weight: 50,
  fit: points / 50,
  points,
  shownPoints: Math.round(points),
  setBy: [],
  reason: '',
});

const level = (id: RankedLevel['level'], breakdown: BreakdownRow[]): RankedLevel => ({
  level: id,
  rank: 1,
  score: Math.round(breakdown.reduce((s, r) => s + r.points, 0)),
  fitScore: Math.round(breakdown.reduce((s, r) => s + r.points, 0)),
  heldBack: null,
  breakdown,
  unmet: [],
  available: true,
  needs: null,
  reasons: [],
});

describe('toChartData', () => {
  it('keeps rank order and gives each level its points per criterion', () => {
    const data = toChartData({
      levels: [
        level('agent', [row('cost', 20), row('pane', 30)]),
        level('code-location', [row('cost', 40), row('pane', 5.04)]),
        level('deployment', [row('cost', 0), row('pane', 0)]),
      ],
    });
    expect(data.rows.map((r) => r.level)).toEqual(['agent', 'code-location', 'deployment']);
    expect(data.rows.map((r) => r.name)).toEqual(['Agent', 'Code location', 'Deployment']);
    expect(data.rows[1]?.points).toEqual({ cost: 40, pane: 5 });
    expect(data.series.map((s) => [s.criterionId, s.label])).toEqual([
      ['cost', 'COST'],
      ['pane', 'PANE'],
    ]);
  });

  it('drops criteria that give no level any points, so no segment is invisible', () => {
    const data = toChartData({
      levels: [
        level('agent', [row('cost', 10), row('load', 0)]),
        level('deployment', [row('load', 0.01)]),
      ],
    });
    expect(data.series.map((s) => s.criterionId)).toEqual(['cost']);
  });

  it('captions each bar with the score the ranking shows, and the fit of a held-back level', () => {
    const ranking = rankOptions(PERSONAS.starterTwoClouds);
    const data = toChartData(ranking);
    expect(data.rows.map((r) => [r.level, r.score, r.fitScore, r.caption])).toEqual(
      ranking.levels.map((l) => [
        l.level,
        l.score,
        l.fitScore,
        l.heldBack === null ? String(l.score) : `${String(l.score)}, fit ${String(l.fitScore)}`,
      ]),
    );
    expect(data.rows[1]?.caption).toMatch(/^\d+, fit \d+$/);
  });

  it.each(Object.keys(PERSONAS) as (keyof typeof PERSONAS)[])(
    '%s: each bar is whole points that add up to the fit shown under it',
    (id) => {
      const ranking = rankOptions(PERSONAS[id]);
      const data = toChartData(ranking);
      data.rows.forEach((row, i) => {
        const values = Object.values(row.points);
        for (const v of values) expect(Number.isInteger(v)).toBe(true);
        expect(values.reduce((sum, v) => sum + v, 0)).toBe(ranking.levels[i]?.fitScore);
      });
    },
  );

  it('gives each criterion its own colour', () => {
    const data = toChartData(rankOptions(PERSONAS.threeTeamsNinePipelines));
    const colors = data.series.map((s) => s.color);
    expect(new Set(colors).size).toBe(colors.length);
  });

  it.each(Object.entries(PERSONAS))(
    "segments of %s add up to each level's fit, the score before anything is held back",
    (_, answers) => {
      const ranking = rankOptions(answers);
      const data = toChartData(ranking);
      data.rows.forEach((r, i) => {
        const total = Object.values(r.points).reduce((s, p) => s + p, 0);
        expect(Math.abs(total - (ranking.levels[i]?.fitScore ?? -1))).toBeLessThanOrEqual(1);
      });
    },
  );
});

describe('barLayout', () => {
  it.each(Object.entries(PERSONAS))(
    '%s: a bar per level in rank order, segments end to end from 0 to its fit, on a 0-100 axis',
    (_, answers) => {
      const ranking = rankOptions(answers);
      const data = toChartData(ranking);
      for (const width of [240, 390, 800, 1280]) {
        const layout = barLayout(data, width);
        expect(layout.rows.map((r) => r.level)).toEqual(ranking.levels.map((l) => l.level));
        expect(layout.x0).toBe(SCORE_CHART.left);
        expect(layout.x100).toBe(width - SCORE_CHART.right);
        const scale = (layout.x100 - layout.x0) / 100;
        for (const [i, row] of data.rows.entries()) {
          const segments = layout.segments.filter((s) => s.level === row.level);
          // One segment per criterion that gave points, in series order, touching end to end.
          expect(segments.map((s) => s.criterionId)).toEqual(
            data.series
              .filter((s) => (row.points[s.criterionId] ?? 0) > 0)
              .map((s) => s.criterionId),
          );
          let x = layout.x0;
          for (const s of segments) {
            expect(s.x).toBeCloseTo(x, 6);
            expect(s.width).toBeCloseTo((row.points[s.criterionId] ?? 0) * scale, 6);
            x = s.x + s.width;
          }
          // The bar ends at the level's fit (points rounded to a tenth each).
          expect(
            Math.abs((x - layout.x0) / scale - (ranking.levels[i]?.fitScore ?? -1)),
          ).toBeLessThanOrEqual(1);
          expect(x).toBeLessThanOrEqual(layout.x100 + 1e-6);
          for (const s of segments) {
            expect(s.y).toBeGreaterThanOrEqual(SCORE_CHART.top);
            expect(s.y + s.height).toBeLessThanOrEqual(layout.axisY);
          }
        }
        expect(layout.ticks.map((t) => t.value)).toEqual([0, 25, 50, 75, 100]);
        expect(layout.ticks.at(-1)?.x).toBe(layout.x100);
      }
    },
  );
});
