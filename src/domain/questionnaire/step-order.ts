/**
 * The wizard's steps in order, each with its title, its zod schema and the answer keys it edits
 * (why the guide cares about each step: first-step-questions.ts and later-step-why.ts). Split from steps.ts (which re-exports it) so the first screen loads the step list
 * without the question texts of steps 2 to 6.
 */
import type { z } from '../zod';
import { STEP_IDS, type StepId } from './step-ids';
import {
  complianceStepSchema,
  deliveryStepSchema,
  platformStepSchema,
  prioritiesStepSchema,
  projectsStepSchema,
  type Answers,
} from './schemas';

export { isStepId, STEP_IDS, type StepId } from './step-ids';

/** What a step shows and which answers it owns. */
export type StepDefinition = {
  readonly title: string;
  /** The step's zod schema (from schemas.ts); "Next" stores only what it accepts. */
  readonly schema: z.ZodMiniType;
  /** Answer keys this step edits. */
  readonly fields: readonly (keyof Answers)[];
};

export const STEPS = {
  platform: {
    title: 'Plan and platform',
    schema: platformStepSchema,
    fields: ['plan', 'agent'],
  },
  projects: {
    title: 'Projects and teams',
    schema: projectsStepSchema,
    fields: ['projects'],
  },
  delivery: {
    title: 'Delivery',
    schema: deliveryStepSchema,
    fields: ['ci', 'share', 'release', 'deps', 'dagsterVersion'],
  },
  compliance: {
    title: 'Compliance and access',
    schema: complianceStepSchema,
    fields: ['sod', 'sodTeams', 'prod'],
  },
  compute: {
    title: 'Compute and load',
    schema: projectsStepSchema,
    fields: ['projects'],
  },
  priorities: {
    title: 'Priorities',
    schema: prioritiesStepSchema,
    fields: ['pane', 'ops', 'cost'],
  },
} as const satisfies Record<StepId, StepDefinition>;

/** The step after `id`, or `null` after the last one. */
export const nextStep = (id: StepId): StepId | null => STEP_IDS[STEP_IDS.indexOf(id) + 1] ?? null;

/** The step before `id`, or `null` for the first one. */
export const previousStep = (id: StepId): StepId | null =>
  STEP_IDS[STEP_IDS.indexOf(id) - 1] ?? null;

/**
 * The steps the step indicator marks as done: not the one on screen, and only with answers its
 * schema accepts; either before it (Next checks a step before leaving it), or anywhere once the
 * answers hold a project (the results can be shown: every step has an answer, given or default).
 */
export const completedSteps = (answers: Answers, current: StepId): ReadonlySet<StepId> => {
  const at = STEP_IDS.indexOf(current);
  const reachedResults = answers.projects.length > 0;
  return new Set(
    STEP_IDS.filter(
      (id, i) =>
        id !== current && (i < at || reachedResults) && STEPS[id].schema.safeParse(answers).success,
    ),
  );
};
