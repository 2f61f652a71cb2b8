/**
 * The share link's `dagster` key (issue #10 §3): a release `X.Y.Z`, written whenever a version is
 * stated; a link without it reads as not stated; a malformed or repeated value is dropped and
 * listed like any other bad value.
 */
import { describe, expect, it } from 'vitest';

import { PERSONAS } from '../__fixtures__/personas';
import type { Answers } from '../questionnaire/schemas';
import { decodeShareState, encodeShareState } from './codec';

const base: Answers = { ...PERSONAS.busyNeighbour, dagsterVersion: null };
const link = encodeShareState(base);

describe('the dagster key', () => {
  it.each(['1.13.7', '1.6.0', '0.0.1', '2.0.10', '9999.9999.9999'])(
    'round-trips %s and writes it last',
    (version) => {
      const fragment = encodeShareState({ ...base, dagsterVersion: version });
      expect(fragment.endsWith(`&dagster=${version}`)).toBe(true);
      const decoded = decodeShareState(fragment);
      expect(decoded.problems).toEqual([]);
      expect(decoded.answers).toEqual({ ...base, dagsterVersion: version });
    },
  );

  it('is absent when no version is stated, and absent reads as not stated', () => {
    expect(link).not.toContain('dagster=');
    expect(decodeShareState(link)).toMatchObject({ answers: base, problems: [] });
  });

  it.each([
    ['two numbers', '1.13'],
    ['a v prefix', 'v1.13.7'],
    ['a leading zero', '1.013.7'],
    ['four numbers', '1.13.7.1'],
    ['a word', 'latest'],
    ['empty', ''],
    ['too many digits', '12345.1.1'],
    ['a pre-release', '1.13.7rc1'],
  ])('drops %s and lists it: no version is stated', (_name, value) => {
    const decoded = decodeShareState(`${link}&dagster=${encodeURIComponent(value)}`);
    expect(decoded.answers.dagsterVersion).toBeNull();
    expect(decoded.problems).toHaveLength(1);
    expect(decoded.problems[0]?.key).toBe('dagster');
    expect(decoded.problems[0]?.reason).toContain('is not a Dagster release');
    expect(decoded.answers.projects).toEqual(base.projects);
  });

  it('uses the first of a repeated key and lists the rest', () => {
    const decoded = decodeShareState(`${link}&dagster=1.12.9&dagster=1.13.7`);
    expect(decoded.answers.dagsterVersion).toBe('1.12.9');
    expect(decoded.problems.map((p) => p.key)).toEqual(['dagster']);
    expect(decoded.problems[0]?.reason).toContain('appears more than once');
  });

  it('keeps hostile text out of the answers', () => {
    const decoded = decodeShareState(
      `${link}&dagster=${encodeURIComponent('1.2.3\nkind: Secret')}`,
    );
    expect(decoded.answers.dagsterVersion).toBeNull();
    expect(decoded.problems[0]?.value).not.toContain('\n');
  });
});
