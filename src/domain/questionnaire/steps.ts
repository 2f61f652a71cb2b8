/**
 * The wizard as data: six steps in order, each with a title, a short "why" taken from the guide,
 * the answer keys it edits, and the plain-text labels and help of every option. The UI renders
 * these tables; it never hard-codes a question. The step list (step-order.ts) and step 1's questions
 * (first-step-questions.ts) live apart, re-exported here, so the first screen loads only them.
 */
import type {
  Answers,
  CiProvider,
  DependencyMode,
  PriorityLevel,
  ReleaseMode,
  SharingLevel,
  SodLevel,
} from './schemas';
import {
  DAGSTER_VERSION_RULE,
  isDagsterVersion,
  PROPOSED_DAGSTER_VERSION,
} from '../versions/release';
import { z } from '../zod';
import type { ChoiceQuestion, OptionText } from './first-step-questions';
import { OPTION_LABELS } from './option-labels';
import { deliveryStepSchema } from './schemas';

export * from './first-step-questions';
export * from './step-order';

/** What a compute environment is, shown on the compute step and beside the projects table. */
export const COMPUTE_EXPLAINER =
  'A compute environment is where a project’s code must run: a cloud account, a Kubernetes cluster, a region or a CPU architecture (for example aws, gcp, onprem or gpu). Projects that share one can share an agent; projects that cannot share one need their own agent.';

/** What "high volume" means for a project. */
export const HIGH_VOLUME_EXPLAINER =
  'Tick a project that launches many runs: in a shared run queue it can slow its neighbours down.';

export const CI_QUESTION = {
  legend: 'Which CI/CD service deploys your code?',
  options: {
    github: { label: OPTION_LABELS.ci.github, help: 'A starter workflow is generated for you.' },
    gitlab: { label: OPTION_LABELS.ci.gitlab, help: 'A starter pipeline is generated for you.' },
    other: { label: OPTION_LABELS.ci.other, help: 'Only the Dagster+ configuration is generated.' },
  },
} as const satisfies ChoiceQuestion<CiProvider>;

/** The delivery step's Dagster version field: what it asks, and what a version changes. */
export const DAGSTER_VERSION_FIELD = {
  label: 'Dagster version',
  hint: `The release you deploy, e.g. ${PROPOSED_DAGSTER_VERSION} (the newest we could confirm). It changes the files, not the ranking: from 1.12.11 dg project files and dg plus deploy, from 1.12.9 run limits per code location, and agent queues need 1.6.0. Leave it empty if you are not sure: the files stay as they were before this question.`,
} as const;

/**
 * The delivery step's form: its answers plus the Dagster version as typed (empty: not stated).
 * `deliveryPatch` turns it into answers.
 */
export const deliveryFormSchema = z.object({
  ...deliveryStepSchema.shape,
  dagsterVersion: z
    .string()
    .check(z.refine((v) => v.trim() === '' || isDagsterVersion(v.trim()), DAGSTER_VERSION_RULE)),
});

/** The answers a valid delivery form sets. */
export const deliveryPatch = (
  form: z.output<typeof deliveryFormSchema>,
): Pick<Answers, 'ci' | 'share' | 'release' | 'deps' | 'dagsterVersion'> => ({
  ci: form.ci,
  share: form.share,
  release: form.release,
  deps: form.deps,
  dagsterVersion: form.dagsterVersion.trim() === '' ? null : form.dagsterVersion.trim(),
});

export const SHARE_QUESTION = {
  legend: 'How much code do your projects share?',
  options: {
    none: { label: OPTION_LABELS.share.none, help: 'Each project stands alone.' },
    some: { label: OPTION_LABELS.share.some, help: 'A few shared helpers or resources.' },
    heavy: {
      label: OPTION_LABELS.share.heavy,
      help: 'Common libraries that change together with the projects.',
    },
  },
} as const satisfies ChoiceQuestion<SharingLevel>;

export const RELEASE_QUESTION = {
  legend: 'How do projects release?',
  options: {
    together: {
      label: OPTION_LABELS.release.together,
      help: 'One pipeline deploys every project at once.',
    },
    independent: {
      label: OPTION_LABELS.release.independent,
      help: 'Each team deploys its projects on its own schedule.',
    },
  },
} as const satisfies ChoiceQuestion<ReleaseMode>;

export const DEPS_QUESTION = {
  legend: 'Do the projects agree on Python dependencies?',
  options: {
    aligned: {
      label: OPTION_LABELS.deps.aligned,
      help: 'One set of versions works for every project.',
    },
    conflicting: {
      label: OPTION_LABELS.deps.conflicting,
      help: 'Projects need different versions of the same packages.',
    },
  },
} as const satisfies ChoiceQuestion<DependencyMode>;

export const SOD_QUESTION = {
  legend: 'How strictly must teams be kept apart?',
  options: {
    none: {
      label: OPTION_LABELS.sod.none,
      help: 'Everyone may see and run everything.',
    },
    access: {
      label: OPTION_LABELS.sod.access,
      help: 'Teams may see each other’s assets but only edit and launch their own (roles per code location).',
    },
    execution: {
      label: OPTION_LABELS.sod.execution,
      help: 'A team’s runs must not share infrastructure or credentials with other teams.',
    },
    confidential: {
      label: OPTION_LABELS.sod.confidential,
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
    low: { label: OPTION_LABELS.priority.low, help: low },
    medium: { label: OPTION_LABELS.priority.medium, help: medium },
    high: { label: OPTION_LABELS.priority.high, help: high },
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
