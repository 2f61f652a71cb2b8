/**
 * The wizard as data: six steps in order, each with a title, a short "why" taken from the guide,
 * the answer keys it edits, and the plain-text labels and help of every option. The UI renders
 * these tables; it never hard-codes a question.
 */
import type { z } from '../zod';

import {
  complianceStepSchema,
  deliveryStepSchema,
  platformStepSchema,
  prioritiesStepSchema,
  projectsStepSchema,
  type AgentPlatform,
  type Answers,
  type CiProvider,
  type DependencyMode,
  type Plan,
  type PriorityLevel,
  type ReleaseMode,
  type SharingLevel,
  type SodLevel,
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
    fields: ['ci', 'share', 'release', 'deps'],
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

/** What a compute environment is, shown on the compute step and beside the projects table. */
export const COMPUTE_EXPLAINER =
  'A compute environment is where a project’s code must run: a cloud account, a Kubernetes cluster, a region or a CPU architecture (for example aws, gcp, onprem or gpu). Projects that share one can share an agent; projects that cannot share one need their own agent.';

/** What "high volume" means for a project. */
export const HIGH_VOLUME_EXPLAINER =
  'Tick a project that launches many runs: in a shared run queue it can slow its neighbours down.';

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

export const CI_QUESTION = {
  legend: 'Which CI/CD service deploys your code?',
  options: {
    github: { label: 'GitHub Actions', help: 'A starter workflow is generated for you.' },
    gitlab: { label: 'GitLab CI', help: 'A starter pipeline is generated for you.' },
    other: { label: 'Something else', help: 'Only the Dagster+ configuration is generated.' },
  },
} as const satisfies ChoiceQuestion<CiProvider>;

export const SHARE_QUESTION = {
  legend: 'How much code do your projects share?',
  options: {
    none: { label: 'None', help: 'Each project stands alone.' },
    some: { label: 'Some', help: 'A few shared helpers or resources.' },
    heavy: {
      label: 'A lot',
      help: 'Common libraries that change together with the projects.',
    },
  },
} as const satisfies ChoiceQuestion<SharingLevel>;

export const RELEASE_QUESTION = {
  legend: 'How do projects release?',
  options: {
    together: { label: 'Together', help: 'One pipeline deploys every project at once.' },
    independent: {
      label: 'Independently',
      help: 'Each team deploys its projects on its own schedule.',
    },
  },
} as const satisfies ChoiceQuestion<ReleaseMode>;

export const DEPS_QUESTION = {
  legend: 'Do the projects agree on Python dependencies?',
  options: {
    aligned: { label: 'They agree', help: 'One set of versions works for every project.' },
    conflicting: {
      label: 'They conflict',
      help: 'Projects need different versions of the same packages.',
    },
  },
} as const satisfies ChoiceQuestion<DependencyMode>;

export const SOD_QUESTION = {
  legend: 'How strictly must teams be kept apart?',
  options: {
    none: {
      label: 'No separation',
      help: 'Everyone may see and run everything.',
    },
    access: {
      label: 'Separate permissions',
      help: 'Teams may see each other’s assets but only edit and launch their own (roles per code location).',
    },
    execution: {
      label: 'Separate execution',
      help: 'A team’s runs must not share infrastructure or credentials with other teams.',
    },
    confidential: {
      label: 'Confidential',
      help: 'Other teams must not even see these assets. Any access to a deployment shows all of its code locations, so this needs separate deployments.',
    },
  },
} as const satisfies ChoiceQuestion<SodLevel>;

export const SOD_TEAMS_LEGEND = 'Which teams need this separation?';
export const SOD_TEAMS_HELP = 'All teams are ticked by default.';
export const PROD_LABEL = 'Keep production separate from staging and development';
export const PROD_HELP =
  'Separate production from non-production environments: the typical reason for separate deployments.';

const priorityOptions = (low: string, medium: string, high: string) =>
  ({
    low: { label: 'Low', help: low },
    medium: { label: 'Medium', help: medium },
    high: { label: 'High', help: high },
  }) as const satisfies Record<PriorityLevel, OptionText>;

export const PANE_QUESTION = {
  legend: 'How important is one view of all assets?',
  options: priorityOptions(
    'Switching between deployments in the UI is fine.',
    'Nice to have.',
    'Everyone must see every asset and its lineage in one place.',
  ),
} as const satisfies ChoiceQuestion<PriorityLevel>;

export const OPS_QUESTION = {
  legend: 'How much capacity do you have to run extra agents and deployments?',
  options: priorityOptions(
    'As little infrastructure as possible.',
    'A few more agents are fine.',
    'A platform team can run many agents and deployments.',
  ),
} as const satisfies ChoiceQuestion<PriorityLevel>;

export const COST_QUESTION = {
  legend: 'How sensitive are you to cost?',
  options: priorityOptions(
    'Isolation matters more than cost.',
    'Cost matters, within reason.',
    'Every extra agent or deployment must be justified.',
  ),
} as const satisfies ChoiceQuestion<PriorityLevel>;

/** The step after `id`, or `null` after the last one. */
export const nextStep = (id: StepId): StepId | null => STEP_IDS[STEP_IDS.indexOf(id) + 1] ?? null;

/** The step before `id`, or `null` for the first one. */
export const previousStep = (id: StepId): StepId | null =>
  STEP_IDS[STEP_IDS.indexOf(id) - 1] ?? null;

export const isStepId = (value: string): value is StepId =>
  (STEP_IDS as readonly string[]).includes(value);
