import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { sortFindings } from './findings';
import type { Severity } from './types';

type F = { file: string; line: number | null; severity: Severity; tag: string };
const f = (file: string, line: number | null, severity: Severity, tag: string): F => ({
  file,
  line,
  severity,
  tag,
});

/** The order the audit shows, written out plainly: file as first seen, line (none last), severity, given order. */
const reference = (findings: readonly F[]): F[] => {
  const files = [...new Set(findings.map((x) => x.file))];
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return findings
    .map((x, i) => ({ x, i }))
    .sort(
      (a, b) =>
        files.indexOf(a.x.file) - files.indexOf(b.x.file) ||
        (a.x.line ?? Infinity) - (b.x.line ?? Infinity) ||
        rank[a.x.severity] - rank[b.x.severity] ||
        a.i - b.i,
    )
    .map(({ x }) => x);
};

describe('sortFindings', () => {
  it.each([
    [
      'already in order',
      [f('a', 1, 'error', '1'), f('a', 2, 'info', '2'), f('b', 1, 'error', '3')],
      '123',
    ],
    ['lines out of order', [f('a', 3, 'info', '1'), f('a', 1, 'info', '2')], '21'],
    [
      'files in first-seen order',
      [f('b', 5, 'info', '1'), f('a', 1, 'info', '2'), f('b', 1, 'info', '3')],
      '312',
    ],
    ['no line last', [f('a', null, 'error', '1'), f('a', 9, 'info', '2')], '21'],
    [
      'severity within a line',
      [f('a', 1, 'info', '1'), f('a', 1, 'error', '2'), f('a', 1, 'warning', '3')],
      '231',
    ],
    [
      'equal findings keep their order',
      [f('a', 1, 'info', '1'), f('a', 1, 'info', '2'), f('a', 1, 'info', '3')],
      '123',
    ],
    ['nothing', [], ''],
  ])('%s', (_case, findings, order) => {
    expect(
      sortFindings(findings)
        .map((x) => x.tag)
        .join(''),
    ).toBe(order);
  });

  it('never changes the list it is given', () => {
    const given = [f('a', 2, 'info', '1'), f('a', 1, 'info', '2')];
    const copy = [...given];
    sortFindings(given);
    expect(given).toEqual(copy);
    const inOrder = [f('a', 1, 'info', '1')];
    expect(sortFindings(inOrder)).not.toBe(inOrder);
  });

  it('orders any list as the plain rule does', () => {
    const finding = fc
      .record({
        file: fc.constantFrom('dagster_cloud.yaml', 'agent config 1', 'CODEOWNERS'),
        line: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
        severity: fc.constantFrom<Severity>('error', 'warning', 'info'),
      })
      .map((x) => ({ ...x, tag: '' }));
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 30 }), fc.boolean(), (list, presorted) => {
        const tagged = list.map((x, i) => ({ ...x, tag: String(i) }));
        const input = presorted ? reference(tagged) : tagged;
        expect(sortFindings(input)).toEqual(reference(input));
      }),
      { numRuns: 500 },
    );
  });
});
