import { describe, expect, it } from 'vitest';

import { HOOLI_CODEOWNERS, file } from './__fixtures__/dagster-cloud-files';
import {
  createOwnerMatcher,
  MAX_MATCH_STEPS,
  ownerRuleOf,
  parseCodeowners,
  teamOf,
} from './parse-codeowners';
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

  it('answers the 37-byte CODEOWNERS that froze the tab (25 stars, a 40-letter folder)', () => {
    const hostile = rules(`${'*'.repeat(25)}Z @org/team`);
    expect(ownerRuleOf(hostile, 'a'.repeat(40))).toBeNull();
    expect(ownerRuleOf(hostile, `${'a'.repeat(40)}Z`)?.line).toBe(1);
  });

  it('matches each distinct pattern once per folder: 130,000 identical rules stay cheap', () => {
    const many = rules('a b\n'.repeat(130_000));
    const matcher = createOwnerMatcher(many, 10_000);
    expect(matcher.ownerOf('src/a')?.line).toBe(130_000);
    expect(matcher.ownerOf('src/b')).toBeNull();
    expect(matcher.exhausted()).toBe(false);
  });

  it('stops within its budget and says so when the rules need more work', () => {
    const distinct = rules(
      Array.from({ length: 5000 }, (_, i) => `p${i}*/ @acme/t${i}`).join('\n'),
    );
    const matcher = createOwnerMatcher(distinct, 50_000);
    expect(matcher.ownerOf('p0')).toBeUndefined();
    expect(matcher.exhausted()).toBe(true);
    // With the default budget the same lookup answers.
    expect(createOwnerMatcher(distinct, MAX_MATCH_STEPS).ownerOf('p0')?.line).toBe(1);
  });
});
