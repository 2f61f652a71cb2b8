/**
 * Shapes a growth projection for the chart and its text alternative: one row per size with the
 * three scores, the sizes worth listing in the table (a few round sizes plus both sides of every
 * flip), and a short label for each flip line. It only reads `projectGrowth`'s output.
 */
import type { LevelId, RepoLayout } from '@/domain/scoring/types';
import type { Growth, GrowthFlip, GrowthPoint } from '@/domain/what-if/growth';
import { LAYOUT_LABEL } from '@/domain/what-if/outcome';

import { LEVEL_LOOKS } from '@/components/levels';

/** One chart row: a size and the score of every level there. */
export type GrowthRow = { readonly n: number } & Readonly<Record<LevelId, number>>;

/**
 * Line style per level, on top of its colour: a dash pattern, so a line is told apart in grey
 * print and by readers who do not see the colour (markers are the level's shape).
 */
export const GROWTH_DASHES = {
  'code-location': 'none',
  agent: '8 4',
  deployment: '2 4',
} as const satisfies Record<LevelId, string>;

/** Sizes the table lists by default, besides the flips. */
export const GROWTH_SAMPLE_SIZES = [1, 5, 10, 20, 30, 40] as const;

/** Chart rows, in size order. */
export const toGrowthRows = (growth: Pick<Growth, 'series'>): GrowthRow[] =>
  growth.series.map((p) => ({ n: p.n, ...p.scores }));

/**
 * Sizes for the text table: the sample sizes inside the series' range, the first and last size,
 * and the sizes just before and at every flip; ascending, no repeats.
 */
export const tableSizes = (
  growth: Pick<Growth, 'series' | 'flips'>,
  samples: readonly number[] = GROWTH_SAMPLE_SIZES,
): number[] => {
  const first = growth.series[0]?.n;
  const last = growth.series[growth.series.length - 1]?.n;
  if (first === undefined || last === undefined) return [];
  const wanted = [first, last, ...samples, ...growth.flips.flatMap((f) => [f.n - 1, f.n])].filter(
    (n) => n >= first && n <= last,
  );
  return [...new Set(wanted)].sort((a, b) => a - b);
};

/** The series' points at these sizes (sizes outside the series are skipped). */
export const pointsAt = (
  growth: Pick<Growth, 'series'>,
  sizes: readonly number[],
): GrowthPoint[] => {
  const byN = new Map(growth.series.map((p) => [p.n, p]));
  return sizes.flatMap((n) => {
    const point = byN.get(n);
    return point === undefined ? [] : [point];
  });
};

/** Short label on a flip's reference line: what is recommended from there on. */
export const flipLabel = (flip: GrowthFlip): string => {
  const parts: string[] = [];
  if (flip.changes.level !== undefined) parts.push(LEVEL_LOOKS[flip.changes.level.to].label);
  if (flip.changes.layout !== undefined) parts.push(layoutShort(flip.changes.layout.to));
  return parts.join(' + ');
};

const layoutShort = (layout: RepoLayout): string =>
  layout === 'monorepo' ? 'one repo' : 'repo per team';

/** "Agent, one repository" for a table cell. */
export const outcomeText = (point: Pick<GrowthPoint, 'recommended' | 'layout'>): string =>
  `${LEVEL_LOOKS[point.recommended].label}, ${LAYOUT_LABEL[point.layout].toLowerCase()}`;
