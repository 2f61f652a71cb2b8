import { describe, expect, it } from 'vitest';

import { PERSONAS } from '../__fixtures__/personas';
import {
  answersSchema,
  DEFAULT_ANSWERS,
  normalizeTargets,
  targetsSchema,
  toggledTargets,
} from './schemas';

describe('targets (optional config targets)', () => {
  it('defaults to none', () => {
    expect(DEFAULT_ANSWERS.targets).toEqual([]);
    expect(answersSchema.safeParse(DEFAULT_ANSWERS).success).toBe(true);
  });

  it('reads answers saved before targets existed as choosing none', () => {
    const { targets: _dropped, ...older } = PERSONAS.twoClouds;
    const parsed = answersSchema.safeParse(older);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.targets).toEqual([]);
  });

  it.each([
    [[], true],
    [['terraform'], true],
    [['dg-project'], true],
    [['dg-project', 'terraform'], true],
    [['terraform', 'dg-project'], false],
    [['terraform', 'terraform'], false],
    [['pulumi'], false],
    [['Terraform'], false],
  ])('%j is valid: %s', (targets, valid) => {
    expect(targetsSchema.safeParse(targets).success).toBe(valid);
    expect(answersSchema.safeParse({ ...DEFAULT_ANSWERS, targets }).success).toBe(valid);
  });

  it('says what is allowed when the order or a repeat is wrong', () => {
    const parsed = targetsSchema.safeParse(['terraform', 'dg-project']);
    expect(parsed.error?.issues[0]?.message).toBe(
      'List each optional target at most once, in the order dg-project, terraform, legacy-yaml, drift-check.',
    );
  });

  it.each([
    [[], []],
    [['terraform'], ['terraform']],
    [
      ['terraform', 'dg-project'],
      ['dg-project', 'terraform'],
    ],
    [
      ['terraform', 'terraform', 'dg-project', 'dg-project'],
      ['dg-project', 'terraform'],
    ],
  ] as const)('normalizeTargets(%j) is %j', (ids, expected) => {
    const normal = normalizeTargets(ids);
    expect(normal).toEqual(expected);
    expect(targetsSchema.safeParse(normal).success).toBe(true);
  });

  it.each([
    [[], 'terraform', true, ['terraform']],
    [['terraform'], 'dg-project', true, ['dg-project', 'terraform']],
    [['dg-project', 'terraform'], 'dg-project', false, ['terraform']],
    [['terraform'], 'terraform', true, ['terraform']],
    [['terraform'], 'dg-project', false, ['terraform']],
  ] as const)('toggledTargets(%j, %s, %s) is %j', (targets, id, on, expected) => {
    expect(toggledTargets(targets, id, on)).toEqual(expected);
  });
});
