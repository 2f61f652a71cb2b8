/** The migration plan's contract: the step kinds in plan order and what a step holds. */

export type Downtime = 'none' | 'brief';

/** Step kinds in plan order; each belongs to a phase (1 prepare, 2 cut over, 3 clean up). */
export const STEP_KINDS = {
  'convert-list-form': { phase: 1, downtime: 'none' },
  'create-deployment': { phase: 1, downtime: 'none' },
  'install-agent': { phase: 1, downtime: 'none' },
  'add-agent-queue': { phase: 1, downtime: 'none' },
  'grant-team': { phase: 1, downtime: 'none' },
  'create-repository': { phase: 1, downtime: 'none' },
  'add-location': { phase: 1, downtime: 'none' },
  'deploy-to-deployment': { phase: 1, downtime: 'none' },
  'rename-location': { phase: 2, downtime: 'brief' },
  'route-locations': { phase: 2, downtime: 'brief' },
  'move-to-repository': { phase: 2, downtime: 'brief' },
  'remove-from-deployment': { phase: 2, downtime: 'brief' },
  'stop-default-queue': { phase: 3, downtime: 'none' },
  'nothing-to-do': { phase: 1, downtime: 'none' },
} as const satisfies Record<string, { phase: 1 | 2 | 3; downtime: Downtime }>;

export type StepKind = keyof typeof STEP_KINDS;

export type MigrationStep = {
  /** Stable id, e.g. "install-agent:prod-gcp-agent". */
  id: string;
  kind: StepKind;
  title: string;
  /** Plain text: what to do, where, and why it is safe at this point. */
  detail: string;
  /** Unified diff of the config change, when the step changes a file. */
  diff?: string;
  downtime: Downtime;
  /** 1-based position in the plan. */
  order: number;
};

/** A step before the plan orders it (its downtime follows from its kind). */
export type Draft = Omit<MigrationStep, 'order' | 'downtime'>;
