/**
 * The questions of step 1 (plan and platform) and the shape of every question. Split from
 * steps.ts (which re-exports it) so the first screen loads only the texts it shows.
 */
import type { AgentPlatform, Plan } from './schemas';

/** One or two sentences: why the guide cares about step 1. Plain text. */
export const PLATFORM_STEP_WHY =
  'Agent queues and extra full deployments are Dagster+ Pro features, and the agent type decides what one agent can isolate on its own.';

/** Label and help text of one answer option. */
export type OptionText = { readonly label: string; readonly help: string };

/** A question whose answer is one of a fixed set of options (a radio group). */
export type ChoiceQuestion<T extends string> = {
  readonly legend: string;
  readonly help?: string;
  readonly options: Readonly<Record<T, OptionText>>;
};

export const PLAN_QUESTION = {
  legend: 'Which Dagster+ plan are you on?',
  help: 'Plan names and limits change over time; check your organisation’s billing page.',
  options: {
    solo: { label: 'Solo', help: 'One user, one full deployment, a small code-location limit.' },
    starter: {
      label: 'Starter',
      help: 'A few users; a limited number of code locations; one full deployment; no agent queues.',
    },
    pro: {
      label: 'Pro (or Enterprise)',
      help: 'Agent queues, several full deployments, teams and per-code-location roles.',
    },
  },
} as const satisfies ChoiceQuestion<Plan>;

export const AGENT_QUESTION = {
  legend: 'Which Hybrid agent type runs your code?',
  options: {
    k8s: {
      label: 'Kubernetes',
      help: 'One agent can place each code location in its own namespace within one cluster.',
    },
    ecs: {
      label: 'Amazon ECS',
      help: 'Cluster, subnets and security groups are set per agent; roles and secrets per location.',
    },
    docker: { label: 'Docker', help: 'Containers on one host; networks per location.' },
    local: {
      label: 'Local',
      help: 'Processes on one machine; for experiments, not production.',
    },
  },
} as const satisfies ChoiceQuestion<AgentPlatform>;
