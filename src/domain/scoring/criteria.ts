/**
 * The scoring model's single source: the criteria, each isolation level's fit to them, and the
 * guide's pro/con matrix. Scoring, the matrix view and the explanations all read these tables, so
 * a fit changed here changes every view at once (bump SCORING_MODEL_VERSION when you do).
 */
import type { AnswerKey, LevelId, RepoLayout } from './types';

/** A pro or con as the guide words it, verbatim (or a note quoted from the guide's prose). */
export type GuideQuote = {
  kind: 'pro' | 'con' | 'note';
  text: string;
};

/** How well one level serves one criterion. */
export type LevelFit = {
  /** 0 (does not serve it) .. 1 (serves it fully). */
  fit: number;
  /** Plain-text reason, shown beside the points. */
  reason: string;
  /** The guide's bullet this fit comes from, verbatim; null when the fit comes from the facts file. */
  guide: GuideQuote | null;
};

export type Criterion = {
  label: string;
  description: string;
  /** Fits on Dagster+ Pro (and for levels that need Pro). */
  fits: Readonly<Record<LevelId, LevelFit>>;
  /**
   * Fits that differ on a plan without per-code-location roles (Solo, Starter). Only for levels
   * such a plan includes: a level it lacks is scored as on Pro, which it needs (tested).
   */
  withoutLocationRoles?: Readonly<Partial<Record<LevelId, LevelFit>>>;
};

/** Guide sources (for provenance comments and the UI's links). */
export const GUIDE_URL =
  'https://docs.dagster.io/deployment/dagster-plus/management/managing-multiple-projects-and-teams';

const PRO = (text: string): GuideQuote => ({ kind: 'pro', text });
const CON = (text: string): GuideQuote => ({ kind: 'con', text });
const NOTE = (text: string): GuideQuote => ({ kind: 'note', text });

/** The guide's matrix bullets, verbatim (one constant each so a typo cannot split a quote). */
export const GUIDE_TEXT = {
  simplestCheapest: 'Simplest and most cost-effective solution',
  accessAtLocation: 'User access control can be set at the code location level',
  singlePane: 'Single glass pane to view all assets',
  noExecutionIsolation: 'No isolation between execution environments',
  executionIsolation: 'Isolation between execution environments',
  extraAgents: 'Extra work to set up additional agents and agent queues',
  assetAndExecutionIsolation: 'Isolation between assets and execution environments',
  accessAtLocationAndDeployment:
    'User access control can be set at the code location and deployment level',
  noSinglePane:
    'No single glass pane to view all assets (requires switching between multiple deployments in the UI)',
  prodTypicalMotivation:
    'The typical motivation for this isolation level is to separate production and non-production environments.',
  agentQueuesPro: 'Agent queues are a Dagster+ Pro feature available on hybrid deployment.',
  deploymentsPro: 'Multiple deployments are only available in Dagster+ Pro.',
} as const;

/** The three levels as the guide titles them, with its plan notes. */
export const LEVELS = {
  'code-location': {
    label: 'Code location',
    title: 'Code location isolation',
    summary: 'One agent and one deployment; each project is its own code location.',
    planNote: null,
  },
  agent: {
    label: 'Agent',
    title: 'Agent isolation',
    summary: 'One deployment; projects are routed to their own agents with agent queues.',
    planNote: GUIDE_TEXT.agentQueuesPro,
  },
  deployment: {
    label: 'Deployment',
    title: 'Deployment isolation',
    summary: 'Separate Dagster+ full deployments, each with its own agents and code locations.',
    planNote: GUIDE_TEXT.deploymentsPro,
  },
} as const satisfies Record<
  LevelId,
  { label: string; title: string; summary: string; planNote: string | null }
>;

/**
 * The criteria and each level's fit. Fits are 0..1; a level's score is Σ weight × fit, with the
 * weights from `deriveWeights`. Provenance: "guide" = the guide's matrix (seed file), "facts §n" =
 * /shared/dagster-facts.md section n.
 */
export const CRITERIA = {
  simplicity: {
    label: 'Setup and operations',
    description: 'How little there is to set up, upgrade and watch: agents, queues, deployments.',
    fits: {
      // guide, code location pros.
      'code-location': {
        fit: 1,
        reason: 'One agent and one deployment run every project: nothing extra to set up.',
        guide: PRO(GUIDE_TEXT.simplestCheapest),
      },
      // guide, agent cons. Half: one more agent (and queue) per isolated group to run.
      agent: {
        fit: 0.5,
        reason: 'Each isolated group needs its own agent and agent queue to set up and maintain.',
        guide: CON(GUIDE_TEXT.extraAgents),
      },
      // facts §4: each full deployment has its own permissions, settings, environment variables and
      // code locations, and only an Organization Admin can create one (not from the CLI). facts §8:
      // one agent can serve several deployments, so agents are not what multiplies.
      deployment: {
        fit: 0.2,
        reason:
          'Each deployment has its own permissions, settings, secrets and code locations to keep in step, and only an Organization Admin can create one.',
        guide: null,
      },
    },
  },
  cost: {
    label: 'Cost',
    description: 'Infrastructure and plan cost: agents to run, and whether Dagster+ Pro is needed.',
    fits: {
      // guide, code location pros.
      'code-location': {
        fit: 1,
        reason: 'One agent to pay for, and it works on every plan.',
        guide: PRO(GUIDE_TEXT.simplestCheapest),
      },
      // guide note (agent queues are Pro) + facts §2: an extra agent process/cluster per group.
      agent: {
        fit: 0.5,
        reason: 'Extra agents to run, and agent queues need Dagster+ Pro.',
        guide: NOTE(GUIDE_TEXT.agentQueuesPro),
      },
      // guide note (deployments are Pro). facts §8 and dagster-io/dagster-cloud b064b378
      // (dagster_cloud/storage/client.py, `dagster_cloud_api.deployments`): one agent can serve
      // several deployments, so the cost is not agents but each deployment running every one of
      // its code locations' servers (facts §6: one code server per location per deployment).
      deployment: {
        fit: 0.3,
        reason:
          'Multiple deployments need Dagster+ Pro, and each deployment runs its own code servers; one agent can serve several deployments.',
        guide: NOTE(GUIDE_TEXT.deploymentsPro),
      },
    },
  },
  pane: {
    label: 'One view of all assets',
    description: 'Seeing every asset and run of every team in one place (one asset graph).',
    fits: {
      // guide, code location pros.
      'code-location': {
        fit: 1,
        reason: 'Every code location is in one deployment: one asset graph.',
        guide: PRO(GUIDE_TEXT.singlePane),
      },
      // guide, agent pros.
      agent: {
        fit: 1,
        reason: 'Agents share one deployment, so the asset graph stays whole.',
        guide: PRO(GUIDE_TEXT.singlePane),
      },
      // guide, deployment cons.
      deployment: {
        fit: 0,
        reason: 'Assets are split across deployments; users switch deployments to see them.',
        guide: CON(GUIDE_TEXT.noSinglePane),
      },
    },
  },
  execution: {
    label: 'Execution isolation',
    description:
      'Runs in their own compute environment, with their own credentials and network (cloud, cluster, architecture).',
    fits: {
      // guide, code location cons. facts §6: namespaces/IAM roles per location are possible on one
      // agent, but cluster, subnets and security groups are per agent.
      'code-location': {
        fit: 0,
        reason: 'One agent launches every run: one cluster, one network.',
        guide: CON(GUIDE_TEXT.noExecutionIsolation),
      },
      // guide, agent pros.
      agent: {
        fit: 1,
        reason: 'Each agent runs its projects in its own environment, routed by agent queue.',
        guide: PRO(GUIDE_TEXT.executionIsolation),
      },
      // guide, deployment pros. The plan gives each deployment agents of its own (one agent could
      // serve several, facts §8, but then their runs would share its environment).
      deployment: {
        fit: 1,
        reason: 'Each deployment gets agents of its own, so its runs have their own environment.',
        guide: PRO(GUIDE_TEXT.assetAndExecutionIsolation),
      },
    },
  },
  load: {
    label: 'Protection from busy neighbours',
    description:
      "A project with many runs cannot take the deployment's run queue, or the compute, from the others.",
    fits: {
      // guide motivation "a project with a large number of runs can impact the performance of
      // other projects". The shared bottleneck is the deployment's run queue (facts §4, §7.9).
      // Since Dagster 1.12.9 every run carries a `dagster/code_location` tag (dagster-io/dagster
      // CHANGES.md @13f7e93e, "Runs now automatically include a dagster/code_location tag";
      // docs guides/operate/managing-concurrency/run-tag-limits.md), so a
      // `tag_concurrency_limits` entry with `applyLimitPerUniqueValue` caps each location's share
      // of the queue on every plan (facts §8). Compute stays shared.
      'code-location': {
        fit: 0.5,
        reason:
          "Per-location run limits (every run carries a dagster/code_location tag since Dagster 1.12.9) keep a busy project from filling the deployment's run queue; its runs still share one agent and its compute.",
        guide: CON(GUIDE_TEXT.noExecutionIsolation),
      },
      // guide, agent pros. Agents do not split the run queue: it is per deployment (facts §4), so
      // the busy project still needs per-location run limits; what its own agent adds is compute
      // and credentials of its own (facts §6).
      agent: {
        fit: 0.7,
        reason:
          "Its own agent gives the busy project its own compute and credentials; the deployment's run queue is still shared, so per-location run limits still cap its share.",
        guide: PRO(GUIDE_TEXT.executionIsolation),
      },
      // guide, deployment pros; facts §4: each full deployment has its own run queue and
      // concurrency settings, but a busy project still shares its own deployment's queue.
      deployment: {
        fit: 0.8,
        reason:
          'Each deployment has its own run queue and concurrency settings, so a busy project slows only the projects in its own deployment.',
        guide: PRO(GUIDE_TEXT.assetAndExecutionIsolation),
      },
    },
  },
  confidentiality: {
    label: 'Assets hidden between teams',
    description: "A team cannot see another team's assets, runs or logs.",
    fits: {
      // facts §5: any deployment access gives at least Viewer on all its code locations.
      'code-location': {
        fit: 0,
        reason: 'Anyone with access to the deployment can see every code location in it.',
        guide: null,
      },
      // facts §5: same deployment, so the same visibility.
      agent: {
        fit: 0,
        reason: 'Agents separate runs, not visibility: the deployment still shows every asset.',
        guide: null,
      },
      // guide, deployment pros; facts §5.
      deployment: {
        fit: 1,
        reason: 'Access is granted per deployment, so a team sees only its own deployments.',
        guide: PRO(GUIDE_TEXT.assetAndExecutionIsolation),
      },
    },
  },
  access: {
    label: 'Access control',
    description: 'Who may edit and launch which projects.',
    fits: {
      // guide, code location pros; facts §5 and docs rbac/user-roles-permissions.md @06d3064e:
      // per-location roles are Dagster+ Pro and can only add permissions.
      'code-location': {
        fit: 0.6,
        reason: 'Roles per code location (Dagster+ Pro), on top of the deployment-wide role.',
        guide: PRO(GUIDE_TEXT.accessAtLocation),
      },
      // guide, agent pros.
      agent: {
        fit: 0.6,
        reason: 'Roles per code location (Dagster+ Pro), on top of the deployment-wide role.',
        guide: PRO(GUIDE_TEXT.accessAtLocation),
      },
      // guide, deployment pros.
      deployment: {
        fit: 1,
        reason: 'Roles per deployment and per code location.',
        guide: PRO(GUIDE_TEXT.accessAtLocationAndDeployment),
      },
    },
    // docs rbac/user-roles-permissions.md @06d3064e, "Code location | Pro": "For non-Pro users,
    // users will have the same level of access for all code locations in a deployment" (facts §5).
    // Only code location isolation is on Solo and Starter, so only its fit changes there.
    withoutLocationRoles: {
      'code-location': {
        fit: 0.2,
        reason:
          'On this plan roles are granted per deployment: every user with access can edit and launch every project (roles per code location need Dagster+ Pro).',
        guide: null,
      },
    },
  },
  environments: {
    label: 'Production apart from non-production',
    description: 'Production runs, assets and permissions kept apart from staging and development.',
    fits: {
      // facts §4: a deployment's run history, asset graph and settings are shared by its locations.
      'code-location': {
        fit: 0,
        reason: 'Production and staging would share one asset graph, run queue and permissions.',
        guide: null,
      },
      // Partial: separate agents can separate compute, not assets or permissions (facts §4, §5).
      agent: {
        fit: 0.3,
        reason:
          'Separate agents can separate compute, but assets and permissions stay in one deployment.',
        guide: null,
      },
      // guide, deployment isolation prose.
      deployment: {
        fit: 1,
        reason: 'A prod deployment and a staging deployment, each with its own everything.',
        guide: NOTE(GUIDE_TEXT.prodTypicalMotivation),
      },
    },
  },
} as const satisfies Record<string, Criterion>;

export type CriterionId = keyof typeof CRITERIA;

/** Criterion ids in table order (the breakdown's row order). */
export const CRITERION_IDS = Object.keys(CRITERIA) as readonly CriterionId[];

/** A row of the guide's matrix and the criteria it speaks to. */
export type MatrixRow = {
  text: string;
  criteria: readonly CriterionId[];
};

/** A row of the guide's repository table and the answers it speaks to. */
export type LayoutMatrixRow = {
  text: string;
  answers: readonly AnswerKey[];
};

/**
 * The guide's pro/con matrix, verbatim, for the UI to render. Each level row names the criteria it
 * maps to (so the UI can mark rows that weigh on these answers); each layout row names the answers.
 */
export const GUIDE_MATRIX = {
  levels: {
    'code-location': {
      title: LEVELS['code-location'].title,
      note: null,
      pros: [
        { text: GUIDE_TEXT.simplestCheapest, criteria: ['simplicity', 'cost'] },
        { text: GUIDE_TEXT.accessAtLocation, criteria: ['access'] },
        { text: GUIDE_TEXT.singlePane, criteria: ['pane'] },
      ],
      cons: [{ text: GUIDE_TEXT.noExecutionIsolation, criteria: ['execution', 'load'] }],
    },
    agent: {
      title: LEVELS.agent.title,
      note: GUIDE_TEXT.agentQueuesPro,
      pros: [
        { text: GUIDE_TEXT.executionIsolation, criteria: ['execution', 'load'] },
        { text: GUIDE_TEXT.accessAtLocation, criteria: ['access'] },
        { text: GUIDE_TEXT.singlePane, criteria: ['pane'] },
      ],
      cons: [{ text: GUIDE_TEXT.extraAgents, criteria: ['simplicity', 'cost'] }],
    },
    deployment: {
      title: LEVELS.deployment.title,
      note: GUIDE_TEXT.deploymentsPro,
      pros: [
        {
          text: GUIDE_TEXT.assetAndExecutionIsolation,
          criteria: ['confidentiality', 'execution', 'load', 'environments'],
        },
        { text: GUIDE_TEXT.accessAtLocationAndDeployment, criteria: ['access'] },
      ],
      cons: [{ text: GUIDE_TEXT.noSinglePane, criteria: ['pane'] }],
    },
  },
  layouts: {
    monorepo: {
      title: 'Multiple directories in a single repository',
      howItWorks:
        'You can use a single repository to manage multiple projects by placing each project in a separate directory. Depending on your VCS, you may be able to set code owners to restrict who can modify each project.',
      pros: [
        { text: 'Simple to implement', answers: ['projects'] },
        { text: 'Facilitates code sharing between projects', answers: ['share'] },
      ],
      cons: [
        {
          text: 'All projects share the same CI/CD pipeline and cannot be deployed independently',
          answers: ['release'],
        },
        {
          text: 'Shared dependencies between projects may cause conflicts and require coordination between teams',
          answers: ['deps'],
        },
      ],
    },
    multirepo: {
      title: 'Multiple repositories',
      howItWorks:
        'For stronger isolation, you can use multiple repositories to manage multiple projects.',
      pros: [
        { text: 'Stronger isolation between projects and teams', answers: ['sod', 'sodTeams'] },
        {
          text: 'Each project has its own CI/CD pipeline and be deployed independently',
          answers: ['release'],
        },
        { text: 'Dependencies between projects can be managed independently', answers: ['deps'] },
      ],
      cons: [
        {
          text: 'Code sharing between projects require additional coordination to publish and reuse packages between projects',
          answers: ['share'],
        },
      ],
    },
  },
} as const satisfies {
  levels: Record<
    LevelId,
    {
      title: string;
      note: string | null;
      pros: readonly MatrixRow[];
      cons: readonly MatrixRow[];
    }
  >;
  layouts: Record<
    RepoLayout,
    {
      title: string;
      howItWorks: string;
      pros: readonly LayoutMatrixRow[];
      cons: readonly LayoutMatrixRow[];
    }
  >;
};
