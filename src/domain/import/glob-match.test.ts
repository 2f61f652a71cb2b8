import fc from 'fast-check';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';

import { compilePattern, matchCost, matchPattern } from './glob-match';

/**
 * The reference: the regular expression parse-codeowners.ts used to build (the semantics the
 * matcher keeps), run by RE2, which never backtracks, so even hostile patterns answer at once.
 */
const referenceSource = (pattern: string): string => {
  let p = pattern;
  if (p.endsWith('/')) p = p.slice(0, -1);
  const anchored = p.startsWith('/') || p.includes('/');
  if (p.startsWith('/')) p = p.slice(1);
  let body = '';
  for (let i = 0; i < p.length; i++) {
    const c = p.charAt(i);
    if (c === '*' && p.charAt(i + 1) === '*') {
      const slashAfter = p.charAt(i + 2) === '/';
      body += slashAfter ? '(?:.*/)?' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (c === '*') body += '[^/]*';
    else if (c === '?') body += '[^/]';
    else body += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return `^${anchored ? '' : '(?:.*/)?'}${body}(?:/.*)?$`;
};
const reference = (pattern: string, path: string): boolean =>
  RE2JS.compile(referenceSource(pattern), RE2JS.DOTALL).matches(path);

const matches = (pattern: string, path: string): boolean =>
  matchPattern(compilePattern(pattern), path);

describe('matchPattern', () => {
  it.each([
    ['*', 'x', true],
    ['/ingest/', 'ingest/x', true],
    ['/ingest/', 'src/ingest/x', false],
    ['ingest/', 'src/ingest/x', true],
    ['*.py', 'ingest/x', false],
    ['*.py', 'ingest/a.py', true],
    ['/src/**/jobs', 'src/a/b/jobs/x', true],
    ['/src/**/jobs', 'src/jobs/x', true],
    ['/src/**/jobs', 'srcjobs/x', false],
    ['src/**', 'src/a/b', true],
    ['a?c', 'abc/x', true],
    ['a?c', 'a/c/x', false],
    ['docs', 'docs/x', true],
    ['docs', 'mydocs/x', false],
    ['a.b', 'axb/x', false],
    ['(a|b)', '(a|b)/x', true],
    ['[ab]', 'a/x', false],
    ['*************************Z', `${'a'.repeat(40)}/x`, false],
    ['*************************a', `${'a'.repeat(40)}/x`, true],
  ])('%s against %s: %s (and the reference agrees)', (pattern, path, expected) => {
    expect(matches(pattern, path)).toBe(expected);
    expect(reference(pattern, path)).toBe(expected);
  });

  it.each([
    ['*'.repeat(25) + 'Z', 40],
    ['**/'.repeat(30) + 'a', 200],
    ['?*'.repeat(500), 5000],
    ['a'.repeat(10_000), 10_000],
  ])('a hostile pattern (%#) stays within its work bound', (pattern, length) => {
    const compiled = compilePattern(pattern);
    const stats = { steps: 0 };
    matchPattern(compiled, `${'a'.repeat(length)}/x`, stats);
    expect(stats.steps).toBeLessThanOrEqual(matchCost(compiled, length + 2));
    // At most two states per pattern character, plus a few: linear in the pattern too.
    expect(compiled.size).toBeLessThanOrEqual(2 * pattern.length + 6);
  });

  const patternPiece = fc.constantFrom('a', 'b', '.', '/', '*', '**', '**/', '?', 'a/', '/a');
  const pathChar = fc.constantFrom('a', 'b', '.', '/', 'x');
  const dangerousEnd = fc.constantFrom('', '/', 'Z');

  it('agrees with the reference on generated patterns and paths, within its work bound', () => {
    fc.assert(
      fc.property(
        fc.array(patternPiece, { minLength: 1, maxLength: 12 }),
        dangerousEnd,
        fc.array(pathChar, { maxLength: 30 }),
        (pieces, end, chars) => {
          const pattern = pieces.join('') + end;
          const path = chars.join('');
          const compiled = compilePattern(pattern);
          const stats = { steps: 0 };
          expect(matchPattern(compiled, path, stats)).toBe(reference(pattern, path));
          expect(stats.steps).toBeLessThanOrEqual(matchCost(compiled, path.length));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
