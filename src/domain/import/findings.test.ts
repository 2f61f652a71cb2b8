import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { HOSTILE_IMPORTS } from './__fixtures__/hostile-files';
import { auditImport } from './audit';
import { sortFindings } from './findings';
import { FINDING_KINDS, type Severity } from './types';

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

describe('findings by the thousand', () => {
  // 12,000 unknown keys, 15,999 unused queues, 130,000 CODEOWNERS rules without a team (all "a b").
  it.each([
    ['mapping of 12,000 keys (the most YAML read)', 'unknown-key', 12_000, 12_000],
    ['1 agent config of 16,000 queues (the most YAML read)', 'queue-unused', 15_999, 15_999],
    ['CODEOWNERS of 130,000 lines', 'codeowners-no-team', 130_000, 1],
  ] as const)('%s: counted exactly, each with its own text', (name, id, count, distinct) => {
    const audit = auditImport(HOSTILE_IMPORTS[name]());
    const ofKind = audit.findings.filter((x) => x.id === id);
    expect(ofKind).toHaveLength(count);
    expect(audit.counts[FINDING_KINDS[id].severity]).toBe(count);
    expect(new Set(ofKind.map((x) => x.message)).size).toBe(distinct);
    expect(ofKind.every((x) => x.fix !== '')).toBe(true);
  });

  it('an unknown key gets the key it was probably meant to be', () => {
    const audit = auditImport({
      dagsterCloudYaml:
        'locations:\n  - location_name: a\n    code_source:\n      package_name: a\n    agent_queu: q\n',
    });
    expect(audit.findings).toContainEqual(
      expect.objectContaining({
        id: 'unknown-key',
        line: 5,
        fix: 'Rename "agent_queu" to "agent_queue".',
      }),
    );
  });
});
