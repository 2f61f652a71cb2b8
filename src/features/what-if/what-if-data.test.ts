import { describe, expect, it } from 'vitest';

import { PERSONAS } from '@/domain/__fixtures__/personas';
import { buildShareUrl } from '@/domain/url-codec/codec';
import { projectGrowth, type Growth } from '@/domain/what-if/growth';
import { diffLines } from '@/domain/text/line-diff';

import { answerDifferences } from './answer-diff';
import { foldDiff } from './diff-hunks';
import { flipLabel, outcomeText, pointsAt, tableSizes, toGrowthRows } from './growth-data';
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
    ['samples only', 40, [], [1, 5, 10, 20, 30, 40]],
    ['both sides of a flip', 40, [13], [1, 5, 10, 12, 13, 20, 30, 40]],
    ['a flip at a sample size', 40, [5, 6], [1, 4, 5, 6, 10, 20, 30, 40]],
    ['a short series keeps its last size', 7, [2], [1, 2, 5, 7]],
    ['no series', 0, [], []],
  ])('%s', (_, n, flips, expected) => {
    expect(tableSizes(growthOf(n, flips))).toEqual(expected);
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
