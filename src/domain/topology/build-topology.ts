/**
 * Turns answers + a chosen isolation level + a repository layout into the concrete plan:
 * deployments ⊃ agents (with queues) ⊃ code locations, plus the repositories holding the code.
 * Invariants (tested): every named queue a location uses is served by an agent of the same
 * deployment, no agent serves a named queue nothing uses, and every queue has exactly one agent
 * serving branch deployments.
 */
import {
  separatedTeamsOf,
  teamsOf,
  toPackageName,
  uniqueInOrder,
  type Answers,
  type Project,
} from '../questionnaire/schemas';
import type { LevelId, RepoLayout } from '../scoring/types';
import {
  EXISTING_DEPLOYMENT,
  type AgentNode,
  type AgentRole,
  type ComputePool,
  type DeploymentNode,
  type LocationNode,
  type RepoNode,
  type Topology,
} from './types';

/** Repository name in a one-repository layout. */
export const MONOREPO_NAME = 'dagster-projects';

/** Repository name for a team in a one-repository-per-team layout. */
export const teamRepoName = (team: string): string => `dagster-${team}`;

/** Helm release names are limited to 53 characters; queue and agent names stay within it. */
const MAX_NAME_LENGTH = 53;

/** Deterministic short hash (FNV-1a, base 36) used only to keep truncated names unique. */
const shortHash = (text: string): string => {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0').slice(0, 6);
};

/**
 * A name safe for Dagster+ deployments, agent queues, agent labels and Helm releases:
 * lowercase letters, digits and single hyphens, at most 53 characters. Inputs already match
 * NAME_PATTERN (lowercase, start with a letter), so only "_" needs replacing.
 */
export const toResourceName = (...parts: readonly string[]): string => {
  const joined = parts.join('-').replaceAll('_', '-').replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
  if (joined.length <= MAX_NAME_LENGTH) return joined;
  const head = joined.slice(0, MAX_NAME_LENGTH - 7).replace(/-$/, '');
  return `${head}-${shortHash(joined)}`;
};

/** Returns `name`, or `name-2`, `name-3`… when it is already taken; records the result. */
const claim = (taken: Set<string>, name: string): string => {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n += 1) candidate = toResourceName(name, String(n));
  taken.add(candidate);
  return candidate;
};

/**
 * A family is a set of teams sharing deployments: the base family (prod, staging) or one
 * separated team with its own deployment(s).
 */
type Family = { team: string | null; projects: readonly Project[] };

/**
 * Teams that get their own deployment(s) at the deployment level: the confidential teams; none
 * when production apart is the reason for deployments; the execution-separated teams; otherwise
 * (deployment isolation for its own sake) every team but the first. The first team keeps `prod`.
 */
const teamsWithOwnDeployment = (answers: Answers, level: LevelId): string[] => {
  if (level !== 'deployment') return [];
  const teams = teamsOf(answers);
  const separated = separatedTeamsOf(answers);
  const candidates =
    answers.sod === 'confidential'
      ? separated
      : answers.prod
        ? [] // prod/non-prod separation is the reason for deployments
        : answers.sod === 'execution'
          ? separated
          : teams.slice(1); // deployment isolation for its own sake: one deployment per team
  // Someone must stay in the organisation's `prod` deployment: when every team is separated,
  // the first team keeps it.
  const covered = teams.every((t) => candidates.includes(t));
  return covered ? candidates.filter((t) => t !== teams[0]) : candidates;
};

const familiesOf = (answers: Answers, level: LevelId): Family[] => {
  const own = teamsWithOwnDeployment(answers, level);
  const base: Family = {
    team: null,
    projects: answers.projects.filter((p) => !own.includes(p.team)),
  };
  const teamFamilies = own.map((team) => ({
    team,
    projects: answers.projects.filter((p) => p.team === team),
  }));
  return [base, ...teamFamilies].filter((f) => f.projects.length > 0);
};

/** Key part of the agent shared by a compute environment's high-volume projects. */
export const HIGH_VOLUME = 'high-volume';

/**
 * Compute environments that are pools of special nodes, by name: accelerators first (their agent
 * config gets GPU placeholders too), then any environment named a pool. Matched on whole
 * name parts (`ml-gpu`, `gpu_a100`, `spark-pool`), never inside a word.
 */
const COMPUTE_POOLS = [
  {
    pool: 'gpu',
    parts: ['gpu', 'gpus', 'tpu', 'tpus', 'cuda', 'nvidia', 'accelerator', 'a100', 'h100'],
  },
  { pool: 'pool', parts: ['pool', 'pools', 'nodepool', 'nodepools'] },
] as const satisfies readonly { pool: ComputePool; parts: readonly string[] }[];

/** The kind of pool a compute environment is, from its name, or null for a general one. */
export const computePoolOf = (compute: string): ComputePool | null => {
  const parts: readonly string[] = compute.split(/[-_]/);
  return COMPUTE_POOLS.find((row) => row.parts.some((p) => parts.includes(p)))?.pool ?? null;
};

/** Separation of duties that keeps teams' runs on their own credentials and network. */
const separatesExecution = (answers: Answers): boolean =>
  answers.sod === 'execution' || answers.sod === 'confidential';

/**
 * What separates a project's agent from its neighbours' within a family: its compute
 * environment; its team, when that team's runs need their own credentials or network; and, for
 * high-volume projects sharing the family with others, one agent for all of them (own compute;
 * the deployment's run queue stays shared). Empty at the code-location level: one agent.
 */
const agentKeyOf = (
  answers: Answers,
  level: LevelId,
  family: Family,
  p: Project,
): { id: string; key: string[]; executionSeparated: boolean; busy: boolean } => {
  if (level === 'code-location') {
    return { id: '', key: [], executionSeparated: false, busy: false };
  }
  const executionSeparated =
    separatesExecution(answers) &&
    separatedTeamsOf(answers).includes(p.team) &&
    family.team !== p.team;
  const busy = p.highVolume && family.projects.some((other) => !other.highVolume);
  return {
    id: JSON.stringify([p.compute, executionSeparated ? p.team : null, busy]),
    key: [p.compute, ...(executionSeparated ? [p.team] : []), ...(busy ? [HIGH_VOLUME] : [])],
    executionSeparated,
    busy,
  };
};

type AgentGroup = {
  /** Parts naming the agent (empty: the family's single agent). */
  key: readonly string[];
  /** Queue name if queues are used. */
  queue: string;
  compute: string;
  role: AgentRole;
  /** The separated team whose credentials only this agent holds (see AgentNode.team). */
  team: string | null;
  projects: Project[];
};

const groupsOf = (
  answers: Answers,
  level: LevelId,
  family: Family,
  queueNames: Set<string>,
): AgentGroup[] => {
  const groups = new Map<string, AgentGroup>();
  for (const p of family.projects) {
    const { id, key, executionSeparated, busy } = agentKeyOf(answers, level, family, p);
    const existing = groups.get(id);
    if (existing) {
      existing.projects.push(p);
    } else {
      const queueParts = [...(family.team === null ? [] : [family.team]), ...key];
      const ownDeployment = family.team !== null && separatesExecution(answers);
      groups.set(id, {
        key,
        queue: claim(
          queueNames,
          toResourceName(...(queueParts.length > 0 ? queueParts : ['default'])),
        ),
        compute: key[0] ?? p.compute,
        role: executionSeparated ? 'team' : busy ? 'high-volume' : 'shared',
        team: executionSeparated ? p.team : ownDeployment ? family.team : null,
        projects: [p],
      });
    }
  }
  return [...groups.values()];
};

/**
 * The group whose agent serves the default queue: the shared agent with the least access we can
 * tell from the answers (not a team's, not a load's, not a pool's when a general one exists),
 * then the one serving most projects, then by compute name, so project order never changes it.
 * Null when every agent of the family exists to keep a team or a load apart: then no agent serves
 * the default queue, and a location without `agent_queue` waits instead of running with a team's
 * credentials.
 */
const defaultQueueGroup = (groups: readonly AgentGroup[]): AgentGroup | null => {
  const rank = (g: AgentGroup) => [computePoolOf(g.compute) === null ? 0 : 1, -g.projects.length];
  const shared = groups.filter((g) => g.role === 'shared');
  return (
    [...shared].sort((a, b) => {
      const [ra, rb] = [rank(a), rank(b)];
      return (
        (ra[0] ?? 0) - (rb[0] ?? 0) ||
        (ra[1] ?? 0) - (rb[1] ?? 0) ||
        a.compute.localeCompare(b.compute) ||
        a.key.join('.').localeCompare(b.key.join('.'))
      );
    })[0] ?? null
  );
};

const repoOf = (layout: RepoLayout, p: Project): string =>
  layout === 'monorepo' ? MONOREPO_NAME : teamRepoName(p.team);

const reposOf = (answers: Answers, layout: RepoLayout): RepoNode[] => {
  const names = uniqueInOrder(answers.projects.map((p) => repoOf(layout, p)));
  return names.map((name) => {
    const projects = answers.projects.filter((p) => repoOf(layout, p) === name);
    return {
      name,
      teams: uniqueInOrder(projects.map((p) => p.team)),
      locations: projects.map((p) => p.name),
    };
  });
};

/**
 * Builds the plan for `level` and `layout`.
 *
 * - Deployments: `prod` always first. At the deployment level, `staging` when production must be
 *   separate, and a deployment per team as `teamsWithOwnDeployment` says (confidential teams,
 *   with `<team>-staging` when production is also separate; execution-separated teams; every
 *   team but the first when nothing else calls for deployments).
 * - Agents: one per deployment at the code-location level; otherwise one per compute
 *   environment, plus one per execution-separated team, plus one for the high-volume projects
 *   when they share a deployment with other projects (own compute; the run queue stays shared).
 *   Named queues are used as soon as the topology has more than one agent kind, so each location
 *   is routed explicitly; the default queue (a location added by hand) goes to the shared agent
 *   with the least access (`defaultQueueGroup`), never to a team's or a load's agent.
 * - Branch deployments: for each queue, one agent serves them: the one in the family's
 *   non-production deployment when there is one (Dagster docs: run branch deployments in
 *   development, not production), else in its production deployment; none for an agent holding a
 *   separated team's credentials (`AgentNode.team`).
 * - `isolated` when a deployment's agents run in different compute environments or teams need
 *   separate execution: such agents cannot terminate each other's runs.
 */
export const buildTopology = (answers: Answers, level: LevelId, layout: RepoLayout): Topology => {
  const families = familiesOf(answers, level);
  const withStaging = level === 'deployment' && answers.prod;
  const queueNames = new Set<string>();
  const familyGroups = families.map((family) => groupsOf(answers, level, family, queueNames));
  const useQueues = familyGroups.flat().length > 1;

  const deploymentNames = new Set<string>();
  const agentNames = new Set<string>();
  const deployments: DeploymentNode[] = [];

  families.forEach((family, fi) => {
    const groups = familyGroups[fi] ?? [];
    const prodName = claim(
      deploymentNames,
      family.team === null ? EXISTING_DEPLOYMENT : toResourceName(family.team),
    );
    const prodPurpose =
      family.team === null
        ? 'Production'
        : withStaging
          ? `Team ${family.team} (production)`
          : `Team ${family.team} (${separationLabel(answers)})`;
    const envs: { name: string; purpose: string; mirrors: string | null }[] = [
      { name: prodName, purpose: prodPurpose, mirrors: null },
      ...(withStaging
        ? [
            {
              name: claim(
                deploymentNames,
                family.team === null ? 'staging' : toResourceName(prodName, 'staging'),
              ),
              purpose:
                family.team === null ? 'Non-production' : `Team ${family.team} (non-production)`,
              mirrors: prodName,
            },
          ]
        : []),
    ];
    const branchEnv = envs.length - 1;
    const computesInFamily = uniqueInOrder(groups.map((g) => g.compute));
    const executionSplit = groups.some((g) => g.role === 'team');
    const isolated = groups.length > 1 && (computesInFamily.length > 1 || executionSplit);
    const defaultGroup = groups.length === 1 ? groups[0] : defaultQueueGroup(groups);

    envs.forEach((env, ei) => {
      const agents: AgentNode[] = groups.map((group) => {
        const name = claim(agentNames, toResourceName(env.name, ...group.key, 'agent'));
        const queue = useQueues ? group.queue : null;
        const locations: LocationNode[] = group.projects.map((p) => ({
          name: p.name,
          team: p.team,
          compute: p.compute,
          highVolume: p.highVolume,
          packageName: toPackageName(p.name),
          repo: repoOf(layout, p),
          directory: p.name,
          agentQueue: queue,
        }));
        return {
          name,
          deployment: env.name,
          compute: group.compute,
          platform: answers.agent,
          role: group.role,
          team: group.team,
          computePool: computePoolOf(group.compute),
          queues: queue === null ? [] : [queue],
          includeDefaultQueue: queue === null || group === defaultGroup,
          isolated,
          branchDeployments: ei === branchEnv && group.team === null,
          locations,
        };
      });
      deployments.push({ name: env.name, purpose: env.purpose, mirrors: env.mirrors, agents });
    });
  });

  return { level, layout, deployments, repos: reposOf(answers, layout) };
};

const separationLabel = (answers: Answers): string =>
  answers.sod === 'confidential'
    ? 'confidential'
    : answers.sod === 'execution'
      ? 'separate execution'
      : 'own deployment';

/** Deployments of the plan that an Organization Admin must create (all but the existing one). */
export const deploymentsToCreate = (topology: Topology): DeploymentNode[] =>
  topology.deployments.filter((d) => d.name !== EXISTING_DEPLOYMENT);

/** Every agent of the topology, in deployment order. */
export const agentsOf = (topology: Topology): AgentNode[] =>
  topology.deployments.flatMap((d) => d.agents);

/** Every code location placement (a project appears once per deployment it is deployed to). */
export const locationsOf = (topology: Topology): LocationNode[] =>
  agentsOf(topology).flatMap((a) => a.locations);
