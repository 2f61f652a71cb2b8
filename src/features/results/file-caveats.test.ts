import { describe, expect, it } from 'vitest';

import { PERSONAS } from '@/domain/__fixtures__/personas';
import type { Answers } from '@/domain/questionnaire/schemas';
import { rankOptions } from '@/domain/scoring/rank-options';
import { buildTopology } from '@/domain/topology/build-topology';

import { fileCaveats } from './file-caveats';

const caveatsOf = (answers: Answers): string[] => {
  const ranking = rankOptions(answers);
  return fileCaveats(answers, buildTopology(answers, ranking.recommended, ranking.layout.layout));
};

describe('fileCaveats', () => {
  it.each([
    ['twoClouds', /agent_queue/, true],
    ['oneTeamOneCloud', /agent_queue/, false],
    ['prodAndStaging', /Organization Admin/, true],
    ['oneTeamOneCloud', /Organization Admin/, false],
    ['busyNeighbour', /dagster\/code_location/, true],
    ['oneTeamOneCloud', /dagster\/code_location/, false],
    ['starterTwoClouds', /unverified/, true],
    ['twoClouds', /unverified/, false],
  ] as const)('%s: a caveat matching %s is shown: %s', (id, pattern, shown) => {
    expect(caveatsOf(PERSONAS[id]).some((c) => pattern.test(c))).toBe(shown);
  });

  it('always reminds that placeholders and secrets are left to fill in', () => {
    for (const answers of Object.values(PERSONAS)) {
      expect(caveatsOf(answers).at(-1)).toMatch(/Placeholders/);
    }
  });
});
