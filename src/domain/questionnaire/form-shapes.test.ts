import { describe, expect, it } from 'vitest';

import { formValuesFor } from './form-shapes';

const row = { name: 'My Project', team: 'data', compute: 'main', highVolume: false };

describe('formValuesFor', () => {
  it.each<[string, string, unknown, boolean]>([
    ['projects with a name that fails its rule', 'projects', { projects: [row] }, true],
    ['compute rows', 'compute', { projects: [row] }, true],
    ['projects as a string', 'projects', { projects: 'boom' }, false],
    ['a row missing its team', 'projects', { projects: [{ ...row, team: undefined }] }, false],
    [
      'a field of 1,001 characters',
      'projects',
      { projects: [{ ...row, name: 'x'.repeat(1001) }] },
      false,
    ],
    ['501 rows', 'projects', { projects: Array.from({ length: 501 }, () => row) }, false],
    ['delivery', 'delivery', { ci: 'github', share: 'x', release: 'y', deps: 'z' }, true],
    ['delivery with a number', 'delivery', { ci: 1, share: 'x', release: 'y', deps: 'z' }, false],
    ['compliance', 'compliance', { sod: 'access', sodTeams: ['a b'], prod: true }, true],
    [
      'compliance with teams as text',
      'compliance',
      { sod: 'access', sodTeams: 'a', prod: true },
      false,
    ],
    ['priorities', 'priorities', { pane: 'low', ops: 'low', cost: 'high' }, true],
    ['a step with no such form', 'platform', { plan: 'pro' }, false],
    ['a made-up step', '__proto__', {}, false],
    ['null', 'projects', null, false],
  ])('%s: %s', (_case, step, values, fits) => {
    expect(formValuesFor(step, values) !== null).toBe(fits);
  });

  it('drops keys the form does not have', () => {
    expect(formValuesFor('priorities', { pane: 'low', ops: 'low', cost: 'low', x: 1 })).toEqual({
      pane: 'low',
      ops: 'low',
      cost: 'low',
    });
  });
});
