/**
 * Named answer sets shared by every test layer (scoring, codec, topology, emitters, e2e).
 * Each expectation follows from the principles in issue #2, not from running the model.
 */
import { EXAMPLES } from '../questionnaire/examples';
import {
  DEFAULT_ANSWERS,
  normalizeTargets,
  type Answers,
  type Project,
} from '../questionnaire/schemas';
import type { LevelId, RepoLayout } from '../scoring/types';
import { PROPOSED_DAGSTER_VERSION } from '../versions/release';

const project = (name: string, team: string, compute: string, highVolume = false): Project => ({
  name,
  team,
  compute,
  highVolume,
});

const answers = (overrides: Partial<Answers>): Answers => ({ ...DEFAULT_ANSWERS, ...overrides });

/** The app's own example scenarios are personas too, so every test layer checks what users load. */
const exampleAnswers = (id: (typeof EXAMPLES)[number]['id']): Answers => {
  const example = EXAMPLES.find((e) => e.id === id);
  if (example === undefined) throw new Error(`no example ${id}`);
  return example.answers;
};

export const PERSONAS = {
  /** One team, one cloud, no separation needs: the simplest thing works. */
  oneTeamOneCloud: exampleAnswers('one-team-one-cloud'),
  /** Two teams on two clouds: code must run in its own environment, one pane still wanted. */
  twoClouds: exampleAnswers('two-clouds'),
  /** A team whose assets others must not see (finance under audit). */
  regulatedTeam: exampleAnswers('regulated-team'),
  /** Production must be separate from staging: the guide's typical reason for deployments. */
  prodAndStaging: answers({
    projects: [project('ingest', 'data', 'aws'), project('serve', 'data', 'aws')],
    prod: true,
    share: 'heavy',
  }),
  /** One busy project shares the deployment's run queue with its neighbours. */
  busyNeighbour: answers({
    projects: [
      project('events', 'data', 'aws', true),
      project('billing', 'data', 'aws'),
      project('crm', 'data', 'aws'),
    ],
  }),
  /** Two clouds on Starter: agent isolation is needed but not on the plan. */
  starterTwoClouds: answers({
    plan: 'starter',
    agent: 'ecs',
    projects: [project('ingest', 'data', 'aws'), project('train', 'data', 'onprem')],
  }),
  /** Teams that release on their own and fight over dependencies, same cloud. */
  independentTeams: answers({
    ci: 'github',
    projects: [
      project('ingest', 'platform', 'aws'),
      project('marts', 'analytics', 'aws'),
      project('ml', 'science', 'aws'),
    ],
    sod: 'access',
    share: 'none',
    release: 'independent',
    deps: 'conflicting',
    cost: 'high',
  }),
  /** The mission's lead: three teams, nine pipelines, two compute environments, prod apart. */
  threeTeamsNinePipelines: exampleAnswers('three-teams-nine-pipelines'),
} as const satisfies Record<string, Answers>;

export type PersonaId = keyof typeof PERSONAS;

/** What the principles say each persona must get: first level, its availability, and layout. */
export const PERSONA_EXPECTATIONS = {
  oneTeamOneCloud: { first: 'code-location', layout: 'monorepo' },
  twoClouds: { first: 'agent', layout: 'monorepo' },
  regulatedTeam: { first: 'deployment', layout: 'multirepo' },
  prodAndStaging: { first: 'deployment', layout: 'monorepo' },
  // A busy project weighs in but requires nothing: per-location run limits cap its share of the
  // deployment's run queue, which agents do not split (issue #11), so the simplest level wins.
  busyNeighbour: { first: 'code-location', layout: 'monorepo' },
  // Agent isolation is needed but unavailable on Starter: the best available level comes first,
  // flagged with the requirement it misses; agent and deployment follow, marked "needs Pro".
  starterTwoClouds: { first: 'code-location', layout: 'monorepo' },
  independentTeams: { first: 'code-location', layout: 'multirepo' },
  threeTeamsNinePipelines: { first: 'deployment', layout: 'multirepo' },
} as const satisfies Record<PersonaId, { first: LevelId; layout: RepoLayout }>;

/**
 * `answers` with the legacy `dagster_cloud.yaml` chosen (`t=legacy-yaml`): the files the import
 * reads. A no-op for answers that state no version or one before 1.12.11.
 */
export const withLegacyConfig = (answers: Answers): Answers => ({
  ...answers,
  targets: normalizeTargets([...answers.targets, 'legacy-yaml']),
});

/**
 * `answers` stating a Dagster version from 1.12.11 (the newest confirmed one by default), without
 * the legacy target: the app writes dg files unless queues route its locations.
 */
export const withDgVersion = (answers: Answers, version = PROPOSED_DAGSTER_VERSION): Answers => ({
  ...answers,
  dagsterVersion: version,
  targets: answers.targets.filter((t) => t !== 'legacy-yaml'),
});

/**
 * Scenarios kept apart from PERSONAS (whose rankings the scoring fingerprint hashes), shared by
 * the tests that need them.
 */
export const SCENARIOS = {
  /**
   * Issue #14's design review: a Pro company on Kubernetes, 4 teams, 7 projects, a confidential
   * finance team and a GPU science team (one of its projects busy).
   */
  designReview: answers({
    projects: [
      project('ingest', 'platform', 'aws'),
      project('events', 'platform', 'aws', true),
      project('marts', 'analytics', 'aws'),
      project('reports', 'analytics', 'aws'),
      project('ledger', 'finance', 'aws'),
      project('training', 'science', 'gpu', true),
      project('features', 'science', 'gpu'),
    ],
    sod: 'confidential',
    sodTeams: ['finance'],
  }),
} as const satisfies Record<string, Answers>;
