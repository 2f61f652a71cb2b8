/**
 * `npm run bench`: medians of the whole decision pipeline (decode → rank → topology → emit) for
 * 1, 50 and 500 projects, in Node, with the same domain code the browser runs.
 */
import { describe, expect, it } from 'vitest';

import { planFiles } from '../src/domain/plan/plan-files';
import { answersWith } from '../src/domain/__fixtures__/scale-answers';
import { emitAll } from '../src/domain/emitters/emitters';
import { rankOptions } from '../src/domain/scoring/rank-options';
import { buildTopology } from '../src/domain/topology/build-topology';
import { decodeShareState, encodeShareState } from '../src/domain/url-codec/codec';

function pipeline(fragment: string): number {
  const { answers } = decodeShareState(fragment);
  return planFiles(answers, { shareUrl: `https://example.test/#${fragment}` }).files.length;
}

function timeMedian(runs: number, fn: () => void): { median: number; min: number; max: number } {
  for (let i = 0; i < 5; i++) fn(); // warm-up: JIT and module init
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

describe('decision pipeline', () => {
  it.each([1, 50, 500])('%i projects', (count) => {
    const fragment = encodeShareState(answersWith(count));
    const runs = count >= 500 ? 30 : 100;
    for (let i = 0; i < 5; i++) pipeline(fragment); // warm-up: JIT and module init
    const times: number[] = [];
    let files = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      files = pipeline(fragment);
      times.push(performance.now() - start);
    }
    const m = median(times);
    console.log(
      `bench: ${String(count).padStart(3)} projects → ${files} files, median ${m.toFixed(2)} ms ` +
        `(min ${Math.min(...times).toFixed(2)}, max ${Math.max(...times).toFixed(2)}, n=${runs})`,
    );
    expect(files).toBeGreaterThan(0);
  });
});

describe('stages at 500 projects', () => {
  it('decode, rank, topology and emit, each alone', () => {
    const fragment = encodeShareState(answersWith(500));
    const { answers } = decodeShareState(fragment);
    const ranking = rankOptions(answers);
    const topology = buildTopology(answers, ranking.recommended, ranking.layout.layout);
    const stages: [string, () => unknown][] = [
      ['decode', () => decodeShareState(fragment)],
      ['rank', () => rankOptions(answers)],
      ['topology', () => buildTopology(answers, ranking.recommended, ranking.layout.layout)],
      ['emit', () => emitAll(answers, topology, { shareUrl: `https://example.test/#${fragment}` })],
    ];
    for (const [label, fn] of stages) {
      const t = timeMedian(label === 'emit' ? 20 : 50, fn);
      console.log(`bench: 500 projects, ${label} alone: median ${t.median.toFixed(2)} ms`);
    }
  });
});

describe('share-link decoder on its own', () => {
  it.each([
    ['500-project link', encodeShareState(answersWith(500))],
    ['1 MB hostile fragment (refused)', `v=1&p=${'a'.repeat(1024 * 1024)}`],
    [
      '10,000-project link (capped)',
      Array.from({ length: 10_000 }, (_, i) => `p=p${i}.t.c`).join('&'),
    ],
  ])('%s', (label, fragment) => {
    const t = timeMedian(50, () => decodeShareState(fragment));
    console.log(
      `bench: decode ${label}: median ${t.median.toFixed(2)} ms (max ${t.max.toFixed(2)})`,
    );
    expect(decodeShareState(fragment).answers.projects.length).toBeLessThanOrEqual(500);
  });
});
