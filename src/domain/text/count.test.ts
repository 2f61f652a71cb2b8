import { describe, expect, it } from 'vitest';

import { countOf } from './count';

describe('countOf', () => {
  it.each([
    [0, '0 teams'],
    [1, '1 team'],
    [2, '2 teams'],
  ])('%i → %s', (n, expected) => {
    expect(countOf(n, 'team', 'teams')).toBe(expected);
  });
});
