import { describe, expect, it } from 'vitest';

import { PERSONAS, type PersonaId } from '../__fixtures__/personas';
import { criterionGaps, explainPair, explainRanking } from './explain';
import { rankOptions } from './rank-options';
import type { RankedLevel } from './types';

describe('explainRanking', () => {
  it.each([
    [
      'oneTeamOneCloud',
      [
        'Code location isolation ranks above agent isolation by 33 points (99 to 66), mainly on setup and operations (+16.5) and cost (+16).',
        'Agent isolation ranks above deployment isolation by 47 points (66 to 19), mainly on one view of all assets (+32) and setup and operations (+9.9); deployment isolation is ahead on access control (+1.2).',
      ],
    ],
    [
      'starterTwoClouds',
      [
        'Code location isolation ranks above agent isolation because agent isolation needs Dagster+ Pro (agent queues), even though it scores higher (74 to 68).',
        'Agent isolation ranks above deployment isolation by 27 points (74 to 47), mainly on one view of all assets (+18) and cost (+6); deployment isolation is ahead on access control (+1.6).',
      ],
    ],
    [
      'threeTeamsNinePipelines',
      [
        'Deployment isolation ranks above agent isolation because agent isolation misses a requirement: production must be kept apart from non-production, the guide’s typical reason for separate deployments.',
        'Agent isolation ranks above code location isolation by 47 points (72 to 25), mainly on execution isolation (+37) and protection from busy neighbours (+7.5); code location isolation is ahead on setup and operations (+2).',
      ],
    ],
  ] as const)('%s: explains each step of the order', (id, expected) => {
    expect(explainRanking(rankOptions(PERSONAS[id]))).toEqual(expected);
  });

  it('says when a level that fails a requirement scores higher than the one ranked above it', () => {
    expect(explainRanking(rankOptions(PERSONAS.prodAndStaging))[0]).toBe(
      'Deployment isolation ranks above code location isolation because code location isolation misses a requirement, even though it scores higher (59 to 53): production must be kept apart from non-production, the guide’s typical reason for separate deployments.',
    );
  });

  it('explains a tie by the tie-break to the less isolated option', () => {
    const [first, second] = rankOptions(PERSONAS.oneTeamOneCloud).levels;
    if (first === undefined || second === undefined) throw new Error('missing levels');
    const tied: RankedLevel = { ...second, score: first.score };
    expect(explainPair(first, tied)).toBe(
      'Code location isolation and agent isolation tie at 99 points; the tie goes to the less isolated, cheaper option.',
    );
  });

  it.each(Object.keys(PERSONAS) as PersonaId[])(
    '%s: criterion gaps add up to the score difference (same numbers as the breakdown)',
    (id) => {
      const { levels } = rankOptions(PERSONAS[id]);
      levels.slice(1).forEach((behind, index) => {
        const ahead = levels[index];
        if (ahead === undefined) throw new Error('missing level');
        const total = criterionGaps(ahead, behind).reduce((sum, g) => sum + g.gap, 0);
        expect(Math.abs(total - (ahead.score - behind.score))).toBeLessThanOrEqual(1);
      });
    },
  );
});
