/**
 * The wizard's steps in order, each with its title, the guide's "why", its zod schema and the answer
 * keys it edits. Split from steps.ts (which re-exports it) so the first screen loads the step list
 * without the question texts of steps 2 to 6.
 */
import type { z } from '../zod';
import {
  complianceStepSchema,
  deliveryStepSchema,
  platformStepSchema,
  prioritiesStepSchema,
  projectsStepSchema,
  type Answers,
} from './schemas';

export const STEP_IDS = [
  'platform',
  'projects',
  'delivery',
  'compliance',
  'compute',
  'priorities',
] as const;
/** A wizard step; also the value of the UI-only `view` key in the URL fragment. */
export type StepId = (typeof STEP_IDS)[number];

/** What a step shows and which answers it owns. */
export type StepDefinition = {
  readonly title: string;
  /** One or two sentences: why the guide cares about this step. Plain text. */
  readonly why: string;
  /** The step's zod schema (from schemas.ts); "Next" stores only what it accepts. */
  readonly schema: z.ZodMiniType;
  /** Answer keys this step edits. */
  readonly fields: readonly (keyof Answers)[];
};

export const STEPS = {
  platform: {
    title: 'Plan and platform',
    why: 'Agent queues and extra full deployments are Dagster+ Pro features, and the agent type decides what one agent can isolate on its own.',
    schema: platformStepSchema,
    fields: ['plan', 'agent'],
  },
  projects: {
    title: 'Projects and teams',
    why: 'Each project becomes its own code location. Who owns it decides access control, and the guide isolates projects to divide work into areas of responsibility.',
    schema: projectsStepSchema,
    fields: ['projects'],
  },
  delivery: {
    title: 'Delivery',
    why: 'One repository makes code sharing simple but gives every project one CI/CD pipeline and shared dependencies; several repositories let teams deploy and manage dependencies independently.',
    schema: deliveryStepSchema,
    fields: ['ci', 'share', 'release', 'deps', 'dagsterVersion'],
  },
  compliance: {
    title: 'Compliance and access',
    why: 'Separation of duties between teams, to prevent access to sensitive data, is the first reason the guide gives for isolating execution. Separating production from non-production is the typical reason for separate deployments.',
    schema: complianceStepSchema,
    fields: ['sod', 'sodTeams', 'prod'],
  },
  compute: {
    title: 'Compute and load',
    why: 'Different compute environments (cloud provider, architecture, data locality) and a project with a large number of runs that slows the others are the guide’s other reasons to isolate execution.',
    schema: projectsStepSchema,
    fields: ['projects'],
  },
  priorities: {
    title: 'Priorities',
    why: 'Every level trades something: code locations are the simplest and cheapest, agents cost extra set-up work, and deployments lose the single pane of glass over all assets.',
    schema: prioritiesStepSchema,
    fields: ['pane', 'ops', 'cost'],
  },
} as const satisfies Record<StepId, StepDefinition>;

/** The step after `id`, or `null` after the last one. */
export const nextStep = (id: StepId): StepId | null => STEP_IDS[STEP_IDS.indexOf(id) + 1] ?? null;

/** The step before `id`, or `null` for the first one. */
export const previousStep = (id: StepId): StepId | null =>
  STEP_IDS[STEP_IDS.indexOf(id) - 1] ?? null;

export const isStepId = (value: string): value is StepId =>
  (STEP_IDS as readonly string[]).includes(value);

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
