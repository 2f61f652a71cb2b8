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

/** Steps the growth chart's ticks may take, smallest first. */
const TICK_STEPS = [1, 2, 5, 10, 20, 25, 50, 100] as const;
/** Most ticks on the size axis. */
const MAX_TICKS = 8;

/**
 * Ticks for the size axis from `from` to `to`: both ends and the multiples of a round step
 * between them (none closer than half a step to an end), at most about eight.
 */
export const growthTicks = (from: number, to: number): number[] => {
  if (to <= from) return [from];
  const step = TICK_STEPS.find((s) => (to - from) / s <= MAX_TICKS) ?? Math.ceil((to - from) / 5);
  const inner: number[] = [];
  for (let n = Math.ceil(from / step) * step; n < to; n += step) {
    if (n - from >= step / 2 && to - n >= step / 2) inner.push(n);
  }
  return [from, ...inner, to];
};

/** Chart rows, in size order. */
export const toGrowthRows = (growth: Pick<Growth, 'series'>): GrowthRow[] =>
  growth.series.map((p) => ({ n: p.n, ...p.scores }));

/**
 * Sizes for the text table: the chart's ticks (the first and last size among them), and the sizes
 * just before and at every flip; ascending, no repeats.
 */
export const tableSizes = (growth: Pick<Growth, 'series' | 'flips'>): number[] => {
  const first = growth.series[0]?.n;
  const last = growth.series[growth.series.length - 1]?.n;
  if (first === undefined || last === undefined) return [];
  const samples = growthTicks(first, last);
  const wanted = [...samples, ...growth.flips.flatMap((f) => [f.n - 1, f.n])].filter(
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

/** The plot area of a chart, in SVG pixels. */
export type PlotArea = {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
};

/** A label's box, in SVG pixels. */
export type LabelBox = {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
};

/** A flip label placed in the plot: text (shortened with "…" if it had to be), anchor and box. */
export type PlacedFlipLabel = {
  readonly n: number;
  readonly text: string;
  /** Text anchor point; `y` is the baseline. */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end';
  readonly box: LabelBox;
};

/** Font size of a flip label (px). */
export const FLIP_LABEL_FONT_SIZE = 12;
/**
 * Advance of one character at 12 px, on the generous side for system UI fonts (digits and most
 * letters are 6-7 px; "W" and "M" about 10), so a box is not narrower than its text.
 */
export const FLIP_LABEL_CHAR_WIDTH = 7.5;
/** Height of one row of labels (px). */
const ROW_HEIGHT = 18;
/** Space between a flip's line and its label (px). */
const LINE_GAP = 4;
/** Fewest characters worth showing before "…". */
const MIN_CHARS = 4;

const overlaps = (a: LabelBox, b: LabelBox): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const widthOf = (text: string): number => text.length * FLIP_LABEL_CHAR_WIDTH;

/**
 * Places one label per flip inside `plot`, beside its line (right of it when there is room, else
 * left), in the first row from the top where it overlaps no label placed before; a label wider
 * than the room beside its line is shortened with "…". Null where no row has room: the flips are
 * also said in text and in the table. Labels never overlap and never leave the plot, at any width.
 */
export const placeFlipLabels = (
  labels: readonly { readonly n: number; readonly text: string }[],
  xOf: (n: number) => number,
  plot: PlotArea,
): (PlacedFlipLabel | null)[] => {
  const rows = Math.max(0, Math.floor((plot.height - LINE_GAP) / ROW_HEIGHT));
  const placed: LabelBox[] = [];
  const right = plot.x + plot.width;
  return labels.map((label) => {
    const x = xOf(label.n);
    const roomRight = right - (x + LINE_GAP);
    const roomLeft = x - LINE_GAP - plot.x;
    const full = widthOf(label.text);
    const anchor: 'start' | 'end' =
      roomRight >= full || (roomLeft < full && roomRight >= roomLeft) ? 'start' : 'end';
    const room = anchor === 'start' ? roomRight : roomLeft;
    const fits = Math.floor(room / FLIP_LABEL_CHAR_WIDTH);
    if (fits < Math.min(label.text.length, MIN_CHARS)) return null;
    const text = fits >= label.text.length ? label.text : `${label.text.slice(0, fits - 1)}…`;
    const width = widthOf(text);
    const left = anchor === 'start' ? x + LINE_GAP : x - LINE_GAP - width;
    for (let row = 0; row < rows; row += 1) {
      const top = plot.y + LINE_GAP + row * ROW_HEIGHT;
      const box = { left, right: left + width, top, bottom: top + ROW_HEIGHT - 2 };
      if (placed.some((other) => overlaps(box, other))) continue;
      placed.push(box);
      return {
        n: label.n,
        text,
        x: anchor === 'start' ? left : left + width,
        y: top + FLIP_LABEL_FONT_SIZE,
        anchor,
        box,
      };
    }
    return null;
  });
};
