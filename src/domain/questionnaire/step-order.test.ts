import { describe, expect, it } from 'vitest';

import { PERSONAS } from '../__fixtures__/personas';
import { DEFAULT_ANSWERS, type Answers } from './schemas';
import { completedSteps, STEP_IDS, type StepId } from './step-order';

const withProjects = PERSONAS.threeTeamsNinePipelines;
const invalidName: Answers = {
  ...withProjects,
  projects: [{ name: 'My Project', team: 'data', compute: 'main', highVolume: false }],
};

describe('completedSteps: what the step indicator marks as done', () => {
  it.each<[string, Answers, StepId, StepId[]]>([
    ['a first visit, on step 1', DEFAULT_ANSWERS, 'platform', []],
    ['a first visit, on step 2', DEFAULT_ANSWERS, 'projects', ['platform']],
    [
      'a link to step 3 with no project: step 2 is not done',
      DEFAULT_ANSWERS,
      'delivery',
      ['platform'],
    ],
    [
      'on step 4 with projects',
      withProjects,
      'compliance',
      ['platform', 'projects', 'delivery', 'compute', 'priorities'],
    ],
    [
      'back on step 1 from the results',
      withProjects,
      'platform',
      ['projects', 'delivery', 'compliance', 'compute', 'priorities'],
    ],
    [
      'answers the projects step would refuse',
      invalidName,
      'priorities',
      ['platform', 'delivery', 'compliance'],
    ],
  ])('%s', (_name, answers, current, expected) => {
    expect([...completedSteps(answers, current)]).toEqual(expected);
  });

  it.each(STEP_IDS)('never marks the step on screen (%s)', (current) => {
    expect(completedSteps(withProjects, current).has(current)).toBe(false);
  });
});
