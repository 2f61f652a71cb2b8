import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { HOSTILE_IMPORTS } from './__fixtures__/hostile-files';
import { auditImport } from './audit';
import {
  capFindings,
  closestKey,
  createFindingCap,
  MAX_FINDINGS_PER_KIND,
  sortFindings,
  type FindingCap,
} from './findings';
import { parseCodeowners } from './parse-codeowners';
import {
  BUILD_KEYS,
  LOCATION_KEYS,
  parseDagsterCloudYaml,
  TOP_LEVEL_KEYS,
} from './parse-dagster-cloud-yaml';
import { FINDING_KINDS, type Finding, type FindingId, type Severity } from './types';

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
  ] as const)(
    '%s: counted exactly, the first 100 built, each with its own text',
    (name, id, count, distinct) => {
      const audit = auditImport(HOSTILE_IMPORTS[name]());
      const ofKind = audit.findings.filter((x) => x.id === id);
      expect(ofKind).toHaveLength(MAX_FINDINGS_PER_KIND);
      expect(audit.counts[FINDING_KINDS[id].severity]).toBe(count);
      expect(audit.more.filter((m) => m.id === id).map((m) => m.count)).toEqual([
        count - MAX_FINDINGS_PER_KIND,
      ]);
      expect(new Set(ofKind.map((x) => x.message)).size).toBe(
        Math.min(distinct, MAX_FINDINGS_PER_KIND),
      );
      expect(ofKind.every((x) => x.fix !== '')).toBe(true);
    },
  );

  it('an unknown key with no near match lists the keys allowed where it is', () => {
    const audit = auditImport({
      dagsterCloudYaml:
        'zzz: 1\nlocations:\n  - location_name: a\n    code_source:\n      package_name: a\n    qqq: 1\n    build:\n      xyz: 1\n',
    });
    expect(audit.findings.filter((f) => f.id === 'unknown-key').map((f) => f.fix)).toEqual([
      `Remove "zzz". Allowed here: ${TOP_LEVEL_KEYS.join(', ')}.`,
      `Remove "qqq". Allowed here: ${LOCATION_KEYS.join(', ')}.`,
      `Remove "xyz". Allowed here: ${BUILD_KEYS.join(', ')}.`,
    ]);
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

describe('closestKey', () => {
  /** The rule written out plainly: full edit distance to every candidate, first best under 3. */
  const levenshtein = (a: string, b: string): number => {
    const rows = Array.from({ length: a.length + 1 }, (_, i) =>
      Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
    );
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        const row = rows[i] ?? [];
        const up = rows[i - 1] ?? [];
        row[j] = Math.min(
          (up[j] ?? 0) + 1,
          (row[j - 1] ?? 0) + 1,
          (up[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
      }
    }
    return rows[a.length]?.[b.length] ?? 0;
  };
  const reference = (key: string, allowed: readonly string[]): string | null => {
    const normal = key.toLowerCase().replaceAll('-', '_').replaceAll(' ', '_');
    if (allowed.includes(normal)) return normal;
    let best: string | null = null;
    let bestDistance = 3;
    for (const c of allowed) {
      const d = levenshtein(normal, c);
      if (d < bestDistance) [best, bestDistance] = [c, d];
    }
    return best;
  };

  it.each([
    ['agent_queu', 'agent_queue'],
    ['Location-Name', 'location_name'],
    ['k12', null],
    ['bild', 'build'],
    ['container_contxt', 'container_context'],
  ])('%s → %s', (key, expected) => {
    expect(closestKey(key, LOCATION_KEYS)).toBe(expected);
  });

  it('agrees with the full edit distance on any short key and candidates', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '_', '-'), maxLength: 8 });
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 8 }), (key, allowed) => {
        expect(closestKey(key, allowed)).toBe(reference(key, allowed));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the cap on findings of one kind in one file', () => {
  const make = (file: string, id: FindingId, line: number, severity?: Severity): Finding => ({
    id,
    severity: severity ?? FINDING_KINDS[id].severity,
    file,
    line,
    message: `${file}:${line}`,
    fix: 'f',
  });

  it.each([
    ['under the cap: everything kept', [2, 0], 2, []],
    ['at the cap: everything kept', [3, 0], 3, []],
    ['past the cap in one file', [5, 0], 3, [['a', 'unknown-key', 'error', 2]]],
    [
      'past the cap in two files, counted apart',
      [4, 6],
      6,
      [
        ['a', 'unknown-key', 'error', 1],
        ['b', 'unknown-key', 'error', 3],
      ],
    ],
  ] as const)('%s', (_name, [inA, inB], kept, more) => {
    const list = [
      ...Array.from({ length: inA }, (_, i) => make('a', 'unknown-key', i + 1)),
      ...Array.from({ length: inB }, (_, i) => make('b', 'unknown-key', i + 1)),
    ];
    const capped = capFindings(list, [], 3);
    expect(capped.findings).toHaveLength(kept);
    expect(capped.more.map((m) => [m.file, m.id, m.severity, m.count])).toEqual(more);
  });

  it('caps each kind on its own and counts a lowered severity apart', () => {
    const list = [
      make('a', 'unknown-key', 1),
      make('a', 'unknown-key', 2),
      make('a', 'unknown-key', 3, 'warning'),
      make('a', 'wrong-type', 4),
      make('a', 'wrong-type', 5),
    ];
    const capped = capFindings(list, [], 1);
    expect(capped.findings.map((f) => f.line)).toEqual([1, 4]);
    expect(capped.more.map((m) => [m.id, m.severity, m.count])).toEqual([
      ['unknown-key', 'error', 1],
      ['unknown-key', 'warning', 1],
      ['wrong-type', 'error', 1],
    ]);
  });

  it('adds what a parser counted to what the cap cuts, by file, kind and severity', () => {
    const cap = createFindingCap(1);
    expect([cap.keeps('unknown-key', 'a'), cap.keeps('unknown-key', 'a')]).toEqual([true, false]);
    const capped = capFindings(
      [make('a', 'unknown-key', 1), make('a', 'unknown-key', 2)],
      cap.more(),
      1,
    );
    expect(capped.more).toEqual([{ file: 'a', id: 'unknown-key', severity: 'error', count: 2 }]);
  });

  const parsers: [string, (cap: FindingCap) => { findings: readonly Finding[] }, number][] = [
    ['CODEOWNERS', (cap) => parseCodeowners('a b\n'.repeat(250), 'CODEOWNERS', cap), 150],
    [
      'dagster_cloud.yaml',
      (cap) =>
        parseDagsterCloudYaml(
          `${Array.from({ length: 230 }, (_, i) => `k${i}: 1`).join('\n')}\nlocations: []\n`,
          'dagster_cloud.yaml',
          undefined,
          cap,
        ),
      130,
    ],
  ];
  it.each(parsers)(
    'the %s parser builds the first 100 of a kind and counts the rest',
    (file, parse, rest) => {
      const cap = createFindingCap(100);
      const read = parse(cap);
      expect(read.findings.filter((f) => f.file === file)).toHaveLength(100);
      expect(cap.more().map((m) => m.count)).toEqual([rest]);
    },
  );

  it('keeps the first of each kind and file and counts every other one (property)', () => {
    const arbitrary = fc.record({
      file: fc.constantFrom('a', 'b', 'c'),
      id: fc.constantFrom<FindingId>('unknown-key', 'wrong-type', 'queue-unused'),
      line: fc.integer({ min: 1, max: 50 }),
    });
    fc.assert(
      fc.property(
        fc.array(arbitrary, { maxLength: 60 }),
        fc.integer({ min: 0, max: 5 }),
        (raw, max) => {
          const list = raw.map((x) => make(x.file, x.id, x.line));
          const capped = capFindings(list, [], max);
          const seen = new Map<string, number>();
          const expected = list.filter((x) => {
            const n = seen.get(`${x.file} ${x.id}`) ?? 0;
            seen.set(`${x.file} ${x.id}`, n + 1);
            return n < max;
          });
          expect(capped.findings).toEqual(expected);
          const counted = capped.more.reduce((sum, m) => sum + m.count, 0);
          expect(counted).toBe(list.length - expected.length);
          for (const m of capped.more) {
            expect(m.count).toBe(
              list.filter((x) => x.file === m.file && x.id === m.id).length - max,
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
