/**
 * What every step of the plan reads and none changes: the inputs, the answers (given or assumed),
 * each project's place in the recommended topology, and which of today's agents each recommended
 * agent reuses.
 */
import {
  DEFAULT_ANSWERS,
  type AgentPlatform,
  type Answers,
  type Project,
} from '../../questionnaire/schemas';
import {
  EXISTING_DEPLOYMENT,
  type AgentNode,
  type LocationNode,
  type Topology,
} from '../../topology/types';
import type { CurrentState } from '../current-state';
import type { MigrationKit } from '../migration-kit';
import { projectNamesOf } from '../to-answers';
import type { ImportedAgent, ImportedDagsterCloudYaml } from '../types';

/** Where a project runs: the first deployment it appears in (prod first), its agent and node. */
export type Placement = { deployment: string; agent: AgentNode; node: LocationNode };

/** One of today's agents, or the one assumed when no agent config was imported. */
export type Existing = ImportedAgent & { assumed: boolean };

/**
 * What becomes of a recommended agent: one of today's serves it as it is (`exact`), one of today's
 * gets its queues (`reuse`, with the queues it then serves), or it is installed.
 */
export type AgentMatch =
  | { kind: 'exact'; agent: AgentNode; existing: Existing }
  | { kind: 'reuse'; agent: AgentNode; existing: Existing; queues: readonly string[] }
  | { kind: 'install'; agent: AgentNode };

export type PlanContext = {
  readonly current: CurrentState;
  readonly recommended: Topology;
  readonly imported: ImportedDagsterCloudYaml;
  readonly kit: MigrationKit;
  /** The answers the recommendation came from, or defaults standing in (`answersGiven` false). */
  readonly answers: Answers;
  readonly answersGiven: boolean;
  /** The project name of each imported location, by index. */
  readonly projectNames: readonly string[];
  readonly indexByProject: ReadonlyMap<string, number>;
  readonly platform: AgentPlatform | null;
  readonly placement: ReadonlyMap<string, Placement>;
  /** The deployments each project is deployed to, in topology order. */
  readonly deploymentsOf: ReadonlyMap<string, readonly string[]>;
  /** Today's main deployment: prod if it exists, else the first known. */
  readonly primaryDeployment: string;
  /** One repository today, one per team recommended. */
  readonly splitRepos: boolean;
  readonly agentMatches: readonly AgentMatch[];
};

/**
 * What the plan assumes when the caller does not pass the answers: the topology's projects
 * (repository order), its agent platform, and the wizard's defaults for the rest (GitHub Actions,
 * no separation of duties, some shared code).
 */
const assumedAnswers = (topology: Topology): Answers => {
  const projects = new Map<string, Project>();
  const nodes = topology.deployments.flatMap((d) => d.agents.flatMap((a) => a.locations));
  for (const name of topology.repos.flatMap((r) => r.locations)) {
    const node = nodes.find((l) => l.name === name);
    if (node !== undefined && !projects.has(name)) {
      const { team, compute, highVolume } = node;
      projects.set(name, { name, team, compute, highVolume });
    }
  }
  return {
    ...DEFAULT_ANSWERS,
    agent: topology.deployments[0]?.agents[0]?.platform ?? DEFAULT_ANSWERS.agent,
    projects: [...projects.values()],
  };
};

const placementsOf = (recommended: Topology) => {
  const placement = new Map<string, Placement>();
  const deploymentsOf = new Map<string, string[]>();
  for (const d of recommended.deployments) {
    for (const agent of d.agents) {
      for (const node of agent.locations) {
        if (!placement.has(node.name))
          placement.set(node.name, { deployment: d.name, agent, node });
        deploymentsOf.set(node.name, [...(deploymentsOf.get(node.name) ?? []), d.name]);
      }
    }
  }
  return { placement, deploymentsOf };
};

/** Today's agents, or one assumed agent serving every deployment and the default queue. */
const existingAgents = (current: CurrentState, platform: AgentPlatform | null): Existing[] =>
  current.agents.length > 0
    ? current.agents.map((a) => ({ ...a, assumed: false }))
    : [
        {
          kind: platform === 'k8s' ? 'helm-values' : 'dagster-yaml',
          file: '',
          label: null,
          deployments: current.deployments,
          branchDeployments: true,
          includeDefaultQueue: true,
          additionalQueues: [],
          isolated: false,
          platform,
          queuesLine: null,
          assumed: true,
        },
      ];

/**
 * Each recommended agent in turn takes one of today's agents in its deployment that is not taken
 * yet: one already serving its queues if there is one, else any; without one, it is installed.
 */
const matchAgents = (recommended: Topology, existing: readonly Existing[]): AgentMatch[] => {
  const taken = new Set<Existing>();
  return recommended.deployments
    .flatMap((d) => d.agents)
    .map((agent): AgentMatch => {
      const serves = (e: Existing) =>
        agent.queues.every((q) => e.additionalQueues.includes(q)) &&
        (!agent.includeDefaultQueue || e.includeDefaultQueue);
      const free = (e: Existing) => !taken.has(e) && e.deployments.includes(agent.deployment);
      const exact = existing.find((e) => free(e) && serves(e));
      const reuse = exact ?? existing.find(free);
      if (reuse === undefined) return { kind: 'install', agent };
      taken.add(reuse);
      return exact !== undefined
        ? { kind: 'exact', agent, existing: exact }
        : {
            kind: 'reuse',
            agent,
            existing: reuse,
            queues: [...new Set([...reuse.additionalQueues, ...agent.queues])],
          };
    });
};

export const planContext = (
  current: CurrentState,
  recommended: Topology,
  imported: ImportedDagsterCloudYaml,
  kit: MigrationKit,
  given: Answers | undefined,
): PlanContext => {
  const projectNames = projectNamesOf(imported.locations);
  const platform = recommended.deployments[0]?.agents[0]?.platform ?? null;
  return {
    current,
    recommended,
    imported,
    kit,
    answers: given ?? assumedAnswers(recommended),
    answersGiven: given !== undefined,
    projectNames,
    indexByProject: new Map(projectNames.map((name, i) => [name, i])),
    platform,
    ...placementsOf(recommended),
    primaryDeployment: current.deployments.includes(EXISTING_DEPLOYMENT)
      ? EXISTING_DEPLOYMENT
      : (current.deployments[0] ?? EXISTING_DEPLOYMENT),
    splitRepos:
      current.layout === 'monorepo' &&
      recommended.layout === 'multirepo' &&
      recommended.repos.length > 1,
    agentMatches: matchAgents(recommended, existingAgents(current, platform)),
  };
};

/** The name a step gives one of today's agents. */
export const existingName = (e: Existing): string =>
  e.label ?? (e.assumed ? 'your current agent' : e.file);
