/**
 * Hard needs derived from the answers, each with the least isolated level that meets it. A level
 * meets a requirement when it is at least as isolated as the minimum (LEVEL_IDS order). With no
 * requirement, code-location isolation meets every need. A high-volume project is not one: the
 * guide lists "reducing impact on other projects" as a motivation, and per-location run limits
 * answer it at every level, so it weighs in scoring (`weights.ts`, criterion `load`) instead.
 */
import { maxOf } from '../list';
import { computesOf, separatedTeamsOf, teamsOf, type Answers } from '../questionnaire/schemas';
import { LEVEL_IDS, type LevelId, type Requirement } from './types';
import { hasSeparatedTeams } from './weights';

export const REQUIREMENT_IDS = [
  'confidential-teams',
  'prod-separation',
  'distinct-compute',
  'execution-credentials',
] as const;
export type RequirementId = (typeof REQUIREMENT_IDS)[number];

/** Names shown in a label before "and N more" (500 projects must not make a 500-name sentence). */
const MAX_NAMES = 5;

const list = (names: readonly string[]): string => {
  const shown = names.length > MAX_NAMES ? names.slice(0, MAX_NAMES - 1) : names;
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  return shown.length <= 1
    ? shown.join('')
    : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] ?? ''}`;
};

/** The separated teams, or null when separation applies to every team. */
const namedTeams = (a: Answers): string[] | null => {
  const separated = separatedTeamsOf(a);
  return separated.length === teamsOf(a).length ? null : separated;
};

/**
 * The table of requirements: when each applies and what it says. Order is the order shown to the
 * user (strongest first).
 */
const REQUIREMENT_RULES = {
  // facts §5: any deployment access gives at least Viewer on all its code locations.
  'confidential-teams': {
    minimumLevel: 'deployment',
    setBy: ['sod', 'sodTeams'],
    applies: (a) => a.sod === 'confidential' && hasSeparatedTeams(a),
    label: (a) => {
      const named = namedTeams(a);
      const who =
        named === null
          ? "Teams must not see each other's assets and runs"
          : `Other teams must not see the assets and runs of ${named.length === 1 ? 'team' : 'teams'} ${list(named)}`;
      return `${who}; any access to a deployment shows all its code locations, so only separate deployments hide them.`;
    },
  },
  // guide, deployment isolation: "The typical motivation ... separate production and
  // non-production environments."
  'prod-separation': {
    minimumLevel: 'deployment',
    setBy: ['prod'],
    applies: (a) => a.prod,
    label: () =>
      'Production must be kept apart from non-production, the guide’s typical reason for separate deployments.',
  },
  // guide, agent isolation motivations: "Different compute requirements, such as different cloud
  // providers or architectures"; facts §6: cluster, subnets and security groups are per agent.
  'distinct-compute': {
    minimumLevel: 'agent',
    setBy: ['projects'],
    applies: (a) => computesOf(a).length > 1,
    label: (a) =>
      `Projects must run in ${computesOf(a).length} different compute environments (${list(computesOf(a))}), each with its own agent.`,
  },
  // guide motivations: "separation of duty between teams to prevent access to sensitive data".
  'execution-credentials': {
    minimumLevel: 'agent',
    setBy: ['sod', 'sodTeams'],
    applies: (a) => a.sod === 'execution' && hasSeparatedTeams(a),
    label: (a) => {
      const named = namedTeams(a);
      if (named === null) {
        return 'Each team must run with its own credentials, network or compute, which takes its own agent.';
      }
      return named.length === 1
        ? `Team ${list(named)} must run with its own credentials, network or compute, which takes its own agent.`
        : `Teams ${list(named)} must run with their own credentials, network or compute, which takes their own agents.`;
    },
  },
} as const satisfies Record<
  RequirementId,
  {
    minimumLevel: LevelId;
    setBy: Requirement['setBy'];
    applies: (a: Answers) => boolean;
    label: (a: Answers) => string;
  }
>;

/** The hard requirements these answers imply, in REQUIREMENT_IDS order. */
export const deriveRequirements = (a: Answers): Requirement[] =>
  REQUIREMENT_IDS.filter((id) => REQUIREMENT_RULES[id].applies(a)).map((id) => {
    const rule = REQUIREMENT_RULES[id];
    return { id, label: rule.label(a), setBy: rule.setBy, minimumLevel: rule.minimumLevel };
  });

/** Position of a level in LEVEL_IDS (0 = least isolated). */
export const isolationOrder = (level: LevelId): number => LEVEL_IDS.indexOf(level);

/** True when `level` is at least as isolated as the requirement's minimum. */
export const meetsRequirement = (level: LevelId, requirement: Requirement): boolean =>
  isolationOrder(level) >= isolationOrder(requirement.minimumLevel);

/**
 * The requirements `level` does not meet, in their order: what the ranking shows under each level
 * and what SETUP.md opens with for the level its files are for (one rule for both).
 */
export const unmetRequirementsAt = (
  requirements: readonly Requirement[],
  level: LevelId,
): Requirement[] => requirements.filter((r) => !meetsRequirement(level, r));

/** The least isolated level that meets every requirement (code-location when there are none). */
export const minimumLevelFor = (requirements: readonly Requirement[]): LevelId =>
  LEVEL_IDS[
    maxOf(
      0,
      requirements.map((r) => isolationOrder(r.minimumLevel)),
    )
  ] ?? 'code-location';
