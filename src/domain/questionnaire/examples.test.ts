import { describe, expect, it } from 'vitest';

import { EXAMPLES } from './examples';
import { completeAnswersSchema } from './schemas';
import { STEP_IDS, STEPS, nextStep, previousStep } from './steps';

describe('EXAMPLES', () => {
  it.each(EXAMPLES.map((e) => [e.title, e] as const))(
    '%s is a complete, valid answer set',
    (_, e) => {
      expect(completeAnswersSchema.safeParse(e.answers).success).toBe(true);
    },
  );

  it('has unique ids', () => {
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
  });
});

describe('STEPS', () => {
  it('lists six steps, the first being plan and platform', () => {
    expect(STEP_IDS).toHaveLength(6);
    expect(STEPS[STEP_IDS[0]].title).toBe('Plan and platform');
  });

  it.each([
    ['platform', null, 'projects'],
    ['projects', 'platform', 'delivery'],
    ['priorities', 'compute', null],
  ] as const)('%s comes after %s and before %s', (id, before, after) => {
    expect(previousStep(id)).toBe(before);
    expect(nextStep(id)).toBe(after);
  });

  it('covers every answer key in some step', () => {
    const covered = new Set(STEP_IDS.flatMap((id) => STEPS[id].fields));
    expect([...covered].sort()).toEqual(
      [
        'agent',
        'ci',
        'cost',
        'dagsterVersion',
        'deps',
        'ops',
        'pane',
        'plan',
        'prod',
        'projects',
        'release',
        'share',
        'sod',
        'sodTeams',
      ].sort(),
    );
  });
});
