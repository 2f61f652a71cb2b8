import { describe, expect, it } from 'vitest';

import { HOOLI_CODEOWNERS, file } from './__fixtures__/dagster-cloud-files';
import { ownerRuleOf, parseCodeowners, teamOf } from './parse-codeowners';
import type { CodeownersRule } from './types';

const rules = (text: string): readonly CodeownersRule[] => {
  const result = parseCodeowners(text);
  return result.ok ? result.value : [];
};

describe('parseCodeowners', () => {
  it('reads rules with owners and team slugs, skipping comments', () => {
    expect(rules(HOOLI_CODEOWNERS)).toEqual([
      { pattern: '*', owners: ['@hooli/platform'], teams: ['platform'], line: 2 },
      {
        pattern: '/hooli-data-eng/',
        owners: ['@hooli/data-eng', '@alice'],
        teams: ['data-eng'],
        line: 3,
      },
      { pattern: '/hooli-basics/', owners: ['@hooli/analytics'], teams: ['analytics'], line: 4 },
      { pattern: 'hooli-batch-enrichment/**', owners: ['@bob'], teams: [], line: 5 },
    ]);
  });

  it.each([
    ['@acme/data-eng', 'data-eng'],
    ['@alice', null],
    ['alice@example.com', null],
  ])('teamOf(%s) = %s', (owner, team) => {
    expect(teamOf(owner)).toBe(team);
  });

  it.each([
    ['hooli-data-eng', 3],
    ['./hooli-data-eng/', 3],
    ['hooli-basics/sub', 4],
    ['hooli-batch-enrichment', 5],
    ['other', 2],
    ['.', 2],
  ])('the last matching rule owns %s (line %s)', (folder, line) => {
    expect(ownerRuleOf(rules(HOOLI_CODEOWNERS), folder)?.line).toBe(line);
  });

  it.each([
    ['/ingest/', 'ingest', true],
    ['/ingest/', 'src/ingest', false],
    ['ingest/', 'src/ingest', true],
    ['*.py', 'ingest', false],
    ['/src/**/jobs', 'src/a/b/jobs', true],
    ['docs', 'docs', true],
  ])('pattern %s covers folder %s: %s', (pattern, folder, covered) => {
    const found = ownerRuleOf(rules(file(`${pattern} @acme/t`)), folder);
    expect(found !== null).toBe(covered);
  });
});
