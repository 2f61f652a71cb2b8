import { describe, expect, it } from 'vitest';

import { PERSONAS } from '@/domain/__fixtures__/personas';
import { DEFAULT_ANSWERS, type Answers } from '@/domain/questionnaire/schemas';
import { buildShareUrl } from '@/domain/url-codec/codec';
import {
  growthRangeFor,
  projectGrowth,
  type Growth,
  type GrowthDimension,
} from '@/domain/what-if/growth';
import { diffLines } from '@/domain/text/line-diff';

import { answerDifferences } from './answer-diff';
import { foldDiff } from './diff-hunks';
import {
  FLIP_LABEL_CHAR_WIDTH,
  flipLabel,
  growthTicks,
  outcomeText,
  placeFlipLabels,
  pointsAt,
  tableSizes,
  toGrowthRows,
  type LabelBox,
  type PlotArea,
} from './growth-data';
import { readScenarioLink } from './scenario-link';

const growthOf = (n: number, flipsAt: readonly number[]): Pick<Growth, 'series' | 'flips'> => ({
  series: Array.from({ length: n }, (_, i) => ({
    n: i + 1,
    scores: { 'code-location': 50, agent: 40, deployment: i },
    recommended: 'code-location' as const,
    layout: 'monorepo' as const,
  })),
  flips: flipsAt.map((at) => ({
    n: at,
    changes: { level: { from: 'code-location' as const, to: 'agent' as const } },
    sentence: '',
  })),
});

describe('tableSizes', () => {
  it.each<[string, number, number[], number[]]>([
    ['the ticks only', 40, [], [1, 5, 10, 15, 20, 25, 30, 35, 40]],
    ['both sides of a flip', 40, [13], [1, 5, 10, 12, 13, 15, 20, 25, 30, 35, 40]],
    ['a flip at a tick', 40, [5, 6], [1, 4, 5, 6, 10, 15, 20, 25, 30, 35, 40]],
    ['a short series lists every size', 7, [2], [1, 2, 3, 4, 5, 6, 7]],
    ['no series', 0, [], []],
  ])('%s', (_, n, flips, expected) => {
    expect(tableSizes(growthOf(n, flips))).toEqual(expected);
  });
});

describe('growthTicks', () => {
  it.each<[number, number, number[]]>([
    [1, 40, [1, 5, 10, 15, 20, 25, 30, 35, 40]],
    [7, 40, [7, 10, 15, 20, 25, 30, 35, 40]],
    [9, 40, [9, 15, 20, 25, 30, 35, 40]],
    [25, 50, [25, 30, 35, 40, 45, 50]],
    [120, 240, [120, 140, 160, 180, 200, 220, 240]],
    [300, 500, [300, 325, 350, 375, 400, 425, 450, 475, 500]],
    [500, 500, [500]],
  ])('%i to %i: %j', (from, to, ticks) => {
    expect(growthTicks(from, to)).toEqual(ticks);
  });
});

/** The growth chart's plot for a chart `width` px wide (margins and axes as growth-section draws them). */
const plotFor = (width: number): PlotArea => ({
  x: 40,
  y: 12,
  width: width - 40 - 24,
  height: 214,
});

const linear =
  (from: number, to: number, plot: PlotArea) =>
  (n: number): number =>
    to === from ? plot.x : plot.x + ((n - from) / (to - from)) * plot.width;

const overlap = (a: LabelBox, b: LabelBox): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Every flip label box: inside the plot and clear of every other. */
const expectClear = (
  placed: readonly ReturnType<typeof placeFlipLabels>[number][],
  plot: PlotArea,
) => {
  const boxes = placed.flatMap((p) => (p === null ? [] : [p.box]));
  for (const [i, box] of boxes.entries()) {
    expect(box.left).toBeGreaterThanOrEqual(plot.x);
    expect(box.right).toBeLessThanOrEqual(plot.x + plot.width);
    expect(box.top).toBeGreaterThanOrEqual(plot.y);
    expect(box.bottom).toBeLessThanOrEqual(plot.y + plot.height);
    for (const other of boxes.slice(i + 1)) expect(overlap(box, other)).toBe(false);
  }
  for (const p of placed) {
    if (p !== null)
      expect(p.box.right - p.box.left).toBeCloseTo(p.text.length * FLIP_LABEL_CHAR_WIDTH, 6);
  }
};

/** Chart widths from a 320 px phone (the chart box is narrower than the screen) to a desktop. */
const WIDTHS = Array.from({ length: 171 }, (_, i) => 240 + i * 8);

/** Answers whose growth by teams flips, and the personas. */
const GROWING: Answers[] = [
  ...Object.values(PERSONAS),
  {
    ...DEFAULT_ANSWERS,
    projects: [{ name: 'ingest', team: 'data', compute: 'aws', highVolume: false }],
    sod: 'confidential',
    release: 'independent',
  },
];

describe('placeFlipLabels', () => {
  it.each(
    GROWING.flatMap((a) =>
      (['projects', 'teams'] as GrowthDimension[]).map((d) => [a, d] as const),
    ),
  )(
    'labels of a growth chart never overlap and stay in the plot, at every width (%#)',
    (answers, dimension) => {
      const range = growthRangeFor(answers, dimension);
      const growth = projectGrowth(answers, { dimension, ...range });
      const labels = growth.flips.map((f) => ({ n: f.n, text: `${f.n}: ${flipLabel(f)}` }));
      for (const width of WIDTHS) {
        const plot = plotFor(width);
        const placed = placeFlipLabels(labels, linear(range.from, range.to, plot), plot);
        expectClear(placed, plot);
        // Real charts have room for every label.
        expect(placed.every((p) => p !== null)).toBe(true);
      }
    },
  );

  it('a flip at every size: still no overlap, at every width; the first label is shown', () => {
    const labels = Array.from({ length: 33 }, (_, i) => ({
      n: 8 + i,
      text: `${(8 + i).toString()}: Deployment + repo per team`,
    }));
    for (const width of WIDTHS) {
      const plot = plotFor(width);
      const placed = placeFlipLabels(labels, linear(8, 40, plot), plot);
      expectClear(placed, plot);
      expect(placed[0]).not.toBeNull();
    }
  });

  it('the issue #11 overlap ("3: Agent" over "5: Deployment") at 390 px: side by side or stacked', () => {
    const plot = plotFor(350);
    const placed = placeFlipLabels(
      [
        { n: 3, text: '3: Agent' },
        { n: 5, text: '5: Deployment' },
      ],
      linear(1, 40, plot),
      plot,
    );
    expect(placed.map((p) => p?.text)).toEqual(['3: Agent', '5: Deployment']);
    expectClear(placed, plot);
  });

  it('puts a label near the right edge left of its line, whole', () => {
    const plot = plotFor(350);
    const xOf = linear(1, 40, plot);
    const [placed] = placeFlipLabels([{ n: 38, text: '38: Deployment' }], xOf, plot);
    expect(placed).toMatchObject({ text: '38: Deployment', anchor: 'end' });
    expect(placed?.box.right).toBeLessThanOrEqual(xOf(38));
  });

  it('shortens a label wider than the room beside its line, keeping its size', () => {
    const plot = plotFor(240);
    const [placed] = placeFlipLabels(
      [{ n: 20, text: '20: Deployment + repo per team' }],
      linear(1, 40, plot),
      plot,
    );
    expect(placed?.text).toMatch(/^20: .*…$/);
    expectClear([placed ?? null], plot);
  });
});

describe('growth data', () => {
  it('has one chart row per size with the three scores', () => {
    const growth = projectGrowth(PERSONAS.twoClouds, { dimension: 'projects', from: 1, to: 40 });
    const rows = toGrowthRows(growth);
    expect(rows).toHaveLength(40);
    expect(rows[2]).toEqual({ n: 3, ...growth.series[2]?.scores });
  });

  it('picks the points at the given sizes, skipping sizes outside the series', () => {
    expect(pointsAt(growthOf(10, []), [1, 10, 11]).map((p) => p.n)).toEqual([1, 10]);
  });

  it.each([
    [{ level: { from: 'code-location', to: 'deployment' } }, 'Deployment'],
    [{ layout: { from: 'monorepo', to: 'multirepo' } }, 'repo per team'],
    [
      {
        level: { from: 'code-location', to: 'agent' },
        layout: { from: 'multirepo', to: 'monorepo' },
      },
      'Agent + one repo',
    ],
  ] as const)('labels the flip line %j as %s', (changes, label) => {
    expect(flipLabel({ n: 3, changes, sentence: '' })).toBe(label);
  });

  it('words an outcome for the table', () => {
    expect(outcomeText({ recommended: 'deployment', layout: 'multirepo' })).toBe(
      'Deployment, a repository per team',
    );
  });
});

describe('foldDiff', () => {
  const text = (n: number, change?: number): string =>
    Array.from({ length: n }, (_, i) => (i === change ? 'changed' : `line ${(i + 1).toString()}`))
      .join('\n')
      .concat('\n');

  it('keeps three lines of context around a change and counts the rest', () => {
    const rows = foldDiff(diffLines(text(20), text(20, 9)));
    expect(
      rows.map((r) => (r.kind === 'skip' ? `…${r.count.toString()}` : `${r.marker}${r.line.text}`)),
    ).toEqual([
      '…6',
      ' line 7',
      ' line 8',
      ' line 9',
      '-line 10',
      '+changed',
      ' line 11',
      ' line 12',
      ' line 13',
      '…7',
    ]);
  });

  it('shows nothing but a count for identical texts', () => {
    expect(foldDiff(diffLines(text(5), text(5)))).toEqual([{ kind: 'skip', count: 5 }]);
  });

  it('shows a whole new file as added lines', () => {
    expect(foldDiff(diffLines('', 'a\nb\n')).map((r) => r.kind === 'line' && r.marker)).toEqual([
      '+',
      '+',
    ]);
  });
});

describe('readScenarioLink', () => {
  const good = buildShareUrl('https://advisor.example/', PERSONAS.twoClouds);

  it('reads a whole link or only its fragment to the same answers', () => {
    const whole = readScenarioLink(`  ${good}\n`);
    const fragment = readScenarioLink(good.slice(good.indexOf('#')));
    expect(whole).toEqual({ ok: true, answers: PERSONAS.twoClouds, problems: [] });
    expect(fragment).toEqual(whole);
  });

  it.each([
    ['', /^Paste the other scenario's share link first/, 0],
    ['https://advisor.example/', /holds no project/, 0],
    ['https://advisor.example/#v=1&plan=gold', /holds no project/, 1],
  ])('refuses %j', (link, reason, problems) => {
    const read = readScenarioLink(link);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.reason).toMatch(reason);
    expect(read.problems).toHaveLength(problems);
  });

  it('uses what a tampered link could give and lists the rest', () => {
    const read = readScenarioLink('#v=1&plan=gold&p=ingest.data.aws&p=Bad%0Aname.x.y');
    expect(read.ok).toBe(true);
    expect(read.problems).toHaveLength(2);
    expect(read.problems[0]).toMatch(/plan=gold/);
  });
});

describe('answerDifferences', () => {
  it('is empty for the same answers', () => {
    expect(answerDifferences(PERSONAS.twoClouds, PERSONAS.twoClouds)).toEqual([]);
  });

  it('words each changed answer and project as the summary does', () => {
    const a = PERSONAS.prodAndStaging;
    const b = {
      ...a,
      plan: 'starter' as const,
      prod: false,
      projects: [
        { ...a.projects[0], name: 'ingest', team: 'data', compute: 'gcp', highVolume: true },
        { name: 'extra', team: 'data', compute: 'aws', highVolume: false },
      ],
    };
    expect(answerDifferences(a, b)).toEqual([
      'Plan: Pro (or Enterprise) → Starter',
      'Production separate from staging: Yes → No',
      'Projects added: extra',
      'Projects removed: serve',
      'Project ingest: team data, aws → team data, gcp, high volume',
    ]);
  });
});
