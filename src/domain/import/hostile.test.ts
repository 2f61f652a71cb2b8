import { describe, expect, it } from 'vitest';

import {
  BIDI_NAME,
  HOSTILE_IMPORTS,
  manyCodeownersLines,
  manyQueues,
  starBomb,
} from './__fixtures__/hostile-files';
import { auditImport } from './audit';
import { readCurrentState } from './current-state';
import { MAX_FILE_BYTES, MAX_TOTAL_BYTES, sizeProblem, utf8Length } from './limits';
import { importToAnswers } from './to-answers';

describe('the import on hostile files (issue #16)', () => {
  it.each(Object.entries(HOSTILE_IMPORTS))(
    '%s: is refused by a cap or audited, pre-filled and read without throwing',
    (_name, make) => {
      const input = make();
      if (sizeProblem(input) !== null) return;
      const audit = auditImport(input);
      const { error, warning, info } = audit.counts;
      expect(error + warning + info).toBe(audit.findings.length);
      if (audit.files !== null) {
        expect(importToAnswers(audit.files).answers.projects.length).toBeGreaterThan(0);
        expect(readCurrentState(audit.files).level).toBeDefined();
      }
    },
    30_000,
  );

  it('reads the team of the star-bomb rule: no match, no freeze', () => {
    const audit = auditImport(starBomb());
    if (audit.files === null) throw new Error('must parse');
    expect(importToAnswers(audit.files).sources[0]?.project.team).toBe('unassigned');
  });

  it('keeps every one of 130,000 findings of a CODEOWNERS (no call-stack overflow)', () => {
    const audit = auditImport(manyCodeownersLines());
    expect(audit.counts.info).toBe(130_000);
    expect(audit.findings.at(-1)?.line).toBe(130_000);
  });

  it('reports every unused queue of six agents serving 24,000 each (no call-stack overflow)', () => {
    const audit = auditImport(manyQueues(24_000));
    expect(audit.findings.filter((f) => f.id === 'queue-unused')).toHaveLength(6 * 24_000 - 6);
  }, 30_000);

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
