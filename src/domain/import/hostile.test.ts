import { describe, expect, it } from 'vitest';

import {
  BIDI_NAME,
  HOSTILE_IMPORTS,
  manyCodeownersLines,
  manyKeysOf,
  manyQueues,
  starBomb,
} from './__fixtures__/hostile-files';
import { auditImport } from './audit';
import { MAX_FINDINGS_PER_KIND } from './findings';
import { readCurrentState } from './current-state';
import { MAX_FILE_BYTES, MAX_TOTAL_BYTES, MAX_YAML_BYTES, sizeProblem, utf8Length } from './limits';
import { parseCodeowners } from './parse-codeowners';
import { importToAnswers } from './to-answers';
import { MAX_YAML_TOKENS } from './yaml-source';

/** Findings of a kind, the built ones and those counted past the cap. */
const countOf = (audit: ReturnType<typeof auditImport>, id: string): number =>
  audit.findings.filter((f) => f.id === id).length +
  audit.more.filter((m) => m.id === id).reduce((sum, m) => sum + m.count, 0);

describe('the import on hostile files (issue #16)', () => {
  it.each(Object.entries(HOSTILE_IMPORTS))(
    '%s: is refused by a cap or audited, pre-filled and read without throwing',
    (_name, make) => {
      const input = make();
      if (sizeProblem(input) !== null) return;
      const audit = auditImport(input);
      const { error, warning, info } = audit.counts;
      const counted = audit.more.reduce((sum, m) => sum + m.count, 0);
      expect(error + warning + info).toBe(audit.findings.length + counted);
      if (audit.files !== null) {
        expect(importToAnswers(audit.files).answers.projects.length).toBeGreaterThan(0);
        expect(readCurrentState(audit.files).level).toBeDefined();
      }
    },
    30_000,
  );

  it.each([
    ['mapping of 12,000 keys (the most YAML read)', 12_000],
    ['1 agent config of 16,000 queues (the most YAML read)', 16_000 - 1],
  ] as const)(
    'reads %s (within the caps): one finding a key',
    (name, count) => {
      const input = HOSTILE_IMPORTS[name]();
      expect(sizeProblem(input)).toBeNull();
      const audit = auditImport(input);
      const ofKind = (f: { id: string }) => f.id === 'unknown-key' || f.id === 'queue-unused';
      expect(audit.findings.filter(ofKind)).toHaveLength(MAX_FINDINGS_PER_KIND);
      expect(audit.more.filter(ofKind).map((m) => m.count)).toEqual([
        count - MAX_FINDINGS_PER_KIND,
      ]);
    },
    30_000,
  );

  it('reads the team of the star-bomb rule: no match, no freeze', () => {
    const audit = auditImport(starBomb());
    if (audit.files === null) throw new Error('must parse');
    expect(importToAnswers(audit.files).sources[0]?.project.team).toBe('unassigned');
  });

  it('counts every one of 130,000 findings of a CODEOWNERS and builds the first 100', () => {
    const input = manyCodeownersLines();
    const audit = auditImport(input);
    expect(audit.counts.info).toBe(130_000);
    expect(audit.findings.map((f) => f.line)).toEqual(
      Array.from({ length: MAX_FINDINGS_PER_KIND }, (_, i) => i + 1),
    );
    expect(audit.more).toEqual([
      { file: 'CODEOWNERS', id: 'codeowners-no-team', severity: 'info', count: 129_900 },
    ]);
    // The kept ones are the parser's own first 100, built the same way (no stack overflow either).
    const all = parseCodeowners(input.codeowners ?? '').findings;
    expect(all).toHaveLength(130_000);
    expect(audit.findings).toEqual(all.slice(0, MAX_FINDINGS_PER_KIND));
  });

  // 36,000 keys and 40,000 queues were read in full, over a second in a browser: the import now
  // stops at MAX_YAML_TOKENS, says so once, on the line where it stopped, and reads nothing more:
  // the line where the 100,000th token is (8 tokens a key after 41; about 6 a queue).
  it.each([
    ['mapping of 36,000 keys', 'dagster_cloud.yaml', 12_501],
    ['1 agent config of 40,000 queues (0.5 MB)', 'agent config 1', 16_659],
  ] as const)('stops reading %s at the bound on YAML tokens', (name, file, line) => {
    const input = HOSTILE_IMPORTS[name]();
    expect(sizeProblem(input)).toBeNull();
    const audit = auditImport(input);
    const tooLarge = audit.findings.filter((f) => f.id === 'yaml-too-large');
    expect(tooLarge.map((f) => [f.file, f.line])).toEqual([[file, line]]);
    expect(tooLarge[0]?.message).toContain(
      `${MAX_YAML_TOKENS.toLocaleString('en-US')} YAML tokens`,
    );
    expect(audit.findings.filter((f) => f.id === 'unknown-key' || f.id === 'queue-unused')).toEqual(
      [],
    );
  });

  it('says why dagster_cloud.yaml past the bound is not read, and fixes the size, not the syntax', () => {
    const audit = auditImport(HOSTILE_IMPORTS['mapping of 36,000 keys']());
    expect(audit.dagsterCloudYaml).toMatchObject({
      ok: false,
      reason: 'More YAML than the import reads (it stops on line 12501).',
    });
    expect(audit.files).toBeNull();
    expect(audit.findings.map((f) => f.fix)).toEqual([
      expect.stringMatching(/^Remove what is not about Dagster\+/),
    ]);
  });

  it('shares the bound between dagster_cloud.yaml and the agent configurations of a check', () => {
    // 56,000 tokens of keys, then 54,000 of queues: each alone is within the bound, not together.
    const input = { ...manyKeysOf(7_000), agentConfigs: manyQueues(9_000, 1).agentConfigs ?? [] };
    const audit = auditImport(input);
    expect(audit.files).not.toBeNull();
    expect(countOf(audit, 'unknown-key')).toBe(7_000);
    expect(audit.findings.filter((f) => f.id === 'yaml-too-large').map((f) => f.file)).toEqual([
      'agent config 1',
    ]);
  });

  // Six agents serving 24,000 queues each gave 143,994 findings (a call-stack overflow once); the
  // bound is shared by the files of a check, so the first file uses it up and the rest are refused.
  it('refuses six agents serving 24,000 queues each at the bound shared by the check', () => {
    const audit = auditImport(manyQueues(24_000));
    expect(audit.findings.filter((f) => f.id === 'yaml-too-large').map((f) => f.file)).toEqual(
      Array.from({ length: 6 }, (_, i) => `agent config ${i + 1}`),
    );
    expect(audit.agents).toEqual([]);
  });

  it('shows names with a right-to-left override visibly in findings and notes', () => {
    const audit = auditImport(HOSTILE_IMPORTS['bidi override in names']());
    if (audit.files === null) throw new Error('must parse');
    const texts = [
      ...audit.findings.flatMap((f) => [f.message, f.fix]),
      ...importToAnswers(audit.files).notes,
      ...readCurrentState(audit.files).reasons,
    ];
    expect(texts.join('\n')).toContain('invoice\uFFFDfdp.exe');
    for (const text of texts) expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(BIDI_NAME).toContain('\u202E');
  });
});

describe('sizeProblem', () => {
  const yaml = 'locations: []\n';
  it.each([
    ['a file at the cap', { dagsterCloudYaml: 'a'.repeat(MAX_FILE_BYTES) }, null],
    ['a file one byte over', { dagsterCloudYaml: 'a'.repeat(MAX_FILE_BYTES + 1) }, /larger than/],
    [
      'multi-byte text over the cap in bytes only',
      { dagsterCloudYaml: 'é'.repeat(MAX_FILE_BYTES / 2 + 1) },
      /dagster_cloud\.yaml is larger/,
    ],
    [
      'a 20 MB paste',
      { dagsterCloudYaml: yaml, codeowners: 'x'.repeat(20_000_000) },
      /CODEOWNERS is larger/,
    ],
    [
      'files that pass alone but not together',
      {
        dagsterCloudYaml: yaml,
        agentConfigs: ['a'.repeat(MAX_FILE_BYTES), 'b'.repeat(MAX_FILE_BYTES)],
      },
      /add up to/,
    ],
    ['the issue’s six agent configurations', manyQueues(24_000), /add up to 1,7\d\d kB/],
    [
      'YAML files that pass alone but not together',
      {
        dagsterCloudYaml: yaml,
        agentConfigs: ['a'.repeat(MAX_YAML_BYTES / 2), 'b'.repeat(MAX_YAML_BYTES / 2)],
      },
      /agent configurations add up to 513 kB; the import reads up to 512 kB of YAML/,
    ],
    [
      'YAML files at the YAML cap',
      {
        dagsterCloudYaml: 'a'.repeat(MAX_YAML_BYTES / 2),
        agentConfigs: ['b'.repeat(MAX_YAML_BYTES / 2)],
      },
      null,
    ],
    [
      'a CODEOWNERS at the file cap beside YAML at the YAML cap (CODEOWNERS is not YAML)',
      {
        dagsterCloudYaml: 'a'.repeat(MAX_YAML_BYTES / 2),
        codeowners: 'a'.repeat(MAX_FILE_BYTES),
        versionFiles: ['dagster==1.9.0'],
      },
      null,
    ],
    [
      'six agent configurations of 11,000 queues (0.8 MB)',
      manyQueues(11_000),
      /add up to 7\d\d kB; the import reads up to 512 kB of YAML in all/,
    ],
  ])('%s', (_case, input, expected) => {
    const problem = sizeProblem(input);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  it.each([
    ['ascii', 'abc', 3],
    ['two-byte', 'é', 2],
    ['three-byte', '\u202E', 3],
    ['four-byte (a surrogate pair)', '😀', 4],
    ['a lone surrogate (written as U+FFFD)', '\uD800', 3],
  ])('utf8Length of %s', (_case, text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
    expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });

  it('caps the total at 1 MiB', () => {
    expect(MAX_TOTAL_BYTES).toBe(2 * MAX_FILE_BYTES);
  });
});
