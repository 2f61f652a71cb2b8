/**
 * What each Dagster+ plan includes, as data. The Pro-only features are documented; the code
 * location counts come from third-party transcriptions of the pricing page and are UNVERIFIED, so
 * every note built from them says so.
 */
import type { Answers, Plan } from '../questionnaire/schemas';
import type { LevelId } from './types';

export type PlanLimits = {
  label: string;
  /** Code locations included; null = unlimited. UNVERIFIED (facts §4, third-party pricing). */
  codeLocations: number | null;
  /** Agent queues (agent isolation). Documented: Pro only (guide note, facts §2). */
  hasAgentQueues: boolean;
  /** More than one full deployment. Documented: Pro only (guide note, facts §4). */
  hasMultipleDeployments: boolean;
  /**
   * Per-code-location roles and Teams. Documented: Pro only (facts §5; docs
   * rbac/user-roles-permissions.md @06d3064e: "Code location | Pro").
   */
  hasLocationRoles: boolean;
};

/**
 * Where the code location counts come from: only third-party copies of the pricing page (facts §4,
 * §8; `billing.md` @6005cfc2 names the plans, not their limits). Callers say "unverified" once.
 */
export const PLAN_LIMITS_SOURCE =
  'third-party copies of dagster.io/pricing; plans and limits change, so check your contract';
export const PLAN_LIMITS_VERIFIED = false;

export const PLAN_LIMITS = {
  // 3P, UNVERIFIED: "Solo — 1 user, 1 code location, 1 deployment".
  solo: {
    label: 'Solo',
    codeLocations: 1,
    hasAgentQueues: false,
    hasMultipleDeployments: false,
    hasLocationRoles: false,
  },
  // 3P, UNVERIFIED: "Starter — up to 3 users, 5 code locations, 1 deployment".
  starter: {
    label: 'Starter',
    codeLocations: 5,
    hasAgentQueues: false,
    hasMultipleDeployments: false,
    hasLocationRoles: false,
  },
  // 3P, UNVERIFIED: "Pro — unlimited code locations and deployments".
  pro: {
    label: 'Pro',
    codeLocations: null,
    hasAgentQueues: true,
    hasMultipleDeployments: true,
    hasLocationRoles: true,
  },
} as const satisfies Record<Plan, PlanLimits>;

/** What a level needs from the plan: null when the plan has it. */
export const levelNeeds = (plan: Plan, level: LevelId): string | null => {
  const limits: PlanLimits = PLAN_LIMITS[plan];
  switch (level) {
    case 'code-location':
      return null;
    case 'agent':
      return limits.hasAgentQueues ? null : 'Dagster+ Pro (agent queues)';
    case 'deployment':
      return limits.hasMultipleDeployments ? null : 'Dagster+ Pro (multiple deployments)';
  }
};

/** Notes about the plan for these answers (code location count, Pro-only access control). */
export const planNotesFor = (a: Answers): string[] => {
  const limits: PlanLimits = PLAN_LIMITS[a.plan];
  const notes: string[] = [];
  if (limits.codeLocations !== null && a.projects.length > limits.codeLocations) {
    notes.push(
      `${a.projects.length} projects need ${a.projects.length} code locations, but ${limits.label} is reported to include ${limits.codeLocations} (unverified: ${PLAN_LIMITS_SOURCE}).`,
    );
  }
  if (!limits.hasLocationRoles && a.sod !== 'none') {
    notes.push(
      `Roles per code location and Teams are Dagster+ Pro features; on ${limits.label}, roles are granted per deployment, so every user with access can edit and launch every project.`,
    );
  }
  return notes;
};
