/**
 * Why the guide cares about steps 2 to 6, one or two sentences each, plain text (step 1's is in
 * first-step-questions.ts). Apart from the step list so that the first screen does not carry them.
 */
import type { StepId } from './step-ids';

export const LATER_STEP_WHY = {
  projects:
    'Each project becomes its own code location. Who owns it decides access control, and the guide isolates projects to divide work into areas of responsibility.',
  delivery:
    'One repository makes code sharing simple but gives every project one CI/CD pipeline and shared dependencies; several repositories let teams deploy and manage dependencies independently.',
  compliance:
    'Separation of duties between teams, to prevent access to sensitive data, is the first reason the guide gives for isolating execution. Separating production from non-production is the typical reason for separate deployments.',
  compute:
    'Different compute environments (cloud provider, architecture, data locality) and a project with a large number of runs that slows the others are the guide’s other reasons to isolate execution.',
  priorities:
    'Every level trades something: code locations are the simplest and cheapest, agents cost extra set-up work, and deployments lose the single pane of glass over all assets.',
} as const satisfies Record<Exclude<StepId, 'platform'>, string>;
