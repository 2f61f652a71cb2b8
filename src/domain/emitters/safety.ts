/**
 * The safety rules every generated file follows, decided once here so the files, SETUP.md and the
 * results page say the same thing (issue #10 §1):
 *
 * - branch deployments: CI creates none for a deploy target whose code runs only on agents that
 *   hold a separated team's credentials (those agents serve no branch deployment, see
 *   `AgentNode.team`), and says which locations cannot load in the others';
 * - CI tokens: when production is split or teams are separated, each deployment gets its own
 *   protected agent token and pull requests a separate one (`ciTokenPlanOf`);
 * - agent placeholders: every agent of a multi-agent plan gets its own, named after it, with the
 *   reason they must differ (`agentSeparationOf`);
 * - the notes that make these visible (`safetyNotes`).
 *
 * Facts (dagster-facts.md §2, §8 and the Terraform provider docs): CI deploys with an agent token
 * (docs `ci-cd-in-hybrid.md` @1c119a72); an agent token can be limited to named full deployments
 * and to "all branch deployments", never to the branch deployments of one deployment
 * (terraform-provider-dagsterplus `docs/resources/agent_token.md` @2646772e); agent queues are
 * routing, not access control.
 */
import { separatedTeamsOf, teamsOf, type Answers } from '../questionnaire/schemas';
import { agentsOf } from '../topology/build-topology';
import type { AgentNode, LocationNode, RepoNode, Topology } from '../topology/types';
import { deployTargetsOf, type DeployTarget } from './placement';

const code = (names: readonly string[]): string => names.map((n) => `\`${n}\``).join(', ');

/** Agents of the topology that serve `location`'s queue in branch deployments. */
const branchAgentsFor = (topology: Topology, location: LocationNode): AgentNode[] =>
  agentsOf(topology).filter(
    (a) =>
      a.branchDeployments &&
      (location.agentQueue === null
        ? a.includeDefaultQueue
        : a.queues.includes(location.agentQueue)),
  );

/** Whether CI may create branch deployments for a deploy target, and what would not load there. */
export type BranchPolicy = {
  /** True when at least one location of the target has an agent serving branch deployments. */
  branchDeployments: boolean;
  /** Locations no agent serves in branch deployments (their agent holds a team's credentials). */
  unserved: readonly LocationNode[];
};

export const branchPolicyOf = (topology: Topology, target: DeployTarget): BranchPolicy => {
  const unserved = target.locations.filter((l) => branchAgentsFor(topology, l).length === 0);
  return { branchDeployments: unserved.length < target.locations.length, unserved };
};

/** True when some deploy target of `repo` gets branch deployments. */
export const repoHasBranchDeployments = (topology: Topology, repo: RepoNode): boolean =>
  deployTargetsOf(topology, repo).some((t) => branchPolicyOf(topology, t).branchDeployments);

/**
 * Teams kept apart by an agent of their own in a deployment they share with others: only agent
 * queues route code there, which is where routing must not be mistaken for access control.
 */
export const teamsKeptApartByQueues = (topology: Topology): string[] => [
  ...new Set(
    agentsOf(topology).flatMap((a) => (a.role === 'team' && a.team !== null ? [a.team] : [])),
  ),
];

/** One CI token: what it may deploy to and where CI keeps it. */
export type CiToken = {
  /** The full deployment it may deploy to, or null for the branch-deployment token. */
  deployment: string | null;
  /** GitHub environment holding it as the `DAGSTER_CLOUD_API_TOKEN` secret. */
  githubEnvironment: string;
  /** GitLab CI/CD variable holding it (protected unless it is the branch-deployment token). */
  gitlabVariable: string;
};

/** The branch-deployment token's GitHub environment and GitLab variable. */
export const BRANCH_TOKEN: CiToken = {
  deployment: null,
  githubEnvironment: 'dagster-branch-deployments',
  gitlabVariable: 'DAGSTER_CLOUD_API_TOKEN_BRANCH_DEPLOYMENTS',
};

const upperSnake = (name: string): string => name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');

/** The token that may deploy to `deployment` only. */
export const deploymentToken = (deployment: string): CiToken => ({
  deployment,
  githubEnvironment: `dagster-${deployment}`,
  gitlabVariable: `DAGSTER_CLOUD_API_TOKEN_${upperSnake(deployment)}`,
});

/**
 * True when CI must hold one token per deployment plus a separate branch-deployment token:
 * production is split from non-production, or teams are separated. Otherwise one token serves.
 */
export const splitsCiTokens = (
  answers: Pick<Answers, 'projects' | 'sod' | 'sodTeams'>,
  topology: Topology,
): boolean =>
  topology.deployments.some((d) => d.mirrors !== null) ||
  (teamsOf(answers).length > 1 && separatedTeamsOf(answers).length > 0);

/** The tokens CI needs for `repo` when they are split (deployments in topology order). */
export const ciTokensOf = (topology: Topology, repo: RepoNode): CiToken[] => {
  const targets = deployTargetsOf(topology, repo);
  return [
    ...targets.flatMap((t) => [
      deploymentToken(t.production),
      ...(t.staging === null ? [] : [deploymentToken(t.staging)]),
    ]),
    ...(repoHasBranchDeployments(topology, repo) ? [BRANCH_TOKEN] : []),
  ];
};

/** Why an agent's infrastructure placeholders must differ from the others', or null if needn't. */
export type AgentSeparation = {
  /** Part of every placeholder of this agent, e.g. `prod-aws-payments`. */
  stem: string;
  /** Plain-text reason written into the agent's file. */
  reason: string;
};

/**
 * The agent's own placeholder stem and the reason they must differ, or null when the topology
 * has a single agent (the generic `your-*` placeholders then serve).
 */
export const agentSeparationOf = (topology: Topology, agent: AgentNode): AgentSeparation | null => {
  if (agentsOf(topology).length === 1) return null;
  const stem = agent.name.replace(/-agent(?=(-\d+)?$)/, '');
  const inStaging = topology.deployments.some(
    (d) => d.name === agent.deployment && d.mirrors !== null,
  );
  const reason =
    agent.team !== null
      ? `It holds team ${agent.team}'s credentials: they must differ from every other agent's, or another team's code could reach ${agent.team}'s data.`
      : agent.role === 'high-volume'
        ? 'It keeps high-volume runs off their neighbours: give it capacity of its own (cluster or node pool), so a burst never starves the other agents.'
        : inStaging
          ? 'It runs non-production code: it must not reach production networks, roles or secrets.'
          : "It is the shared agent: it must hold none of the credentials a separated team's or another deployment's agent holds.";
  return { stem, reason };
};

/**
 * Notes about safety choices the files make, shown at the top of SETUP.md and next to the files
 * on the results page (one source, so the two cannot disagree). Empty when there is nothing to say.
 */
export const safetyNotes = (topology: Topology): string[] => {
  const notes: string[] = [];
  for (const repo of topology.repos) {
    const targets = deployTargetsOf(topology, repo);
    const policies = targets.map((t) => ({ target: t, policy: branchPolicyOf(topology, t) }));
    const without = policies.filter((p) => !p.policy.branchDeployments);
    const partial = policies.filter(
      (p) => p.policy.branchDeployments && p.policy.unserved.length > 0,
    );
    if (without.length > 0) {
      const staging = without.flatMap((p) => (p.target.staging === null ? [] : [p.target.staging]));
      notes.push(
        `No branch deployments for ${targets.length > without.length ? `the ${code(without.map((p) => p.target.production))} part of ` : ''}\`${repo.name}\`: its code runs only on agents holding a separated team's credentials, and those serve no branch deployment, because any pull request could route code to them.${
          staging.length > 0
            ? ` Test changes in ${code(staging)} from the staging branch instead.`
            : ' Test changes in a non-production deployment instead.'
        }`,
      );
    }
    for (const { target, policy } of partial) {
      notes.push(
        `In branch deployments of \`${repo.name}\` (base \`${target.production}\`), ${code(policy.unserved.map((l) => l.name))} will not load: only agents holding a separated team's credentials serve ${policy.unserved.length === 1 ? 'it' : 'them'}, and they serve no branch deployment.`,
      );
    }
  }
  for (const d of topology.deployments) {
    if (d.agents.length > 1 && !d.agents.some((a) => a.includeDefaultQueue)) {
      notes.push(
        `No agent of \`${d.name}\` serves the default queue: each of its agents exists to keep a team or a load apart, so a code location without \`agent_queue\` waits instead of running with their credentials.`,
      );
    }
  }
  const teams = teamsKeptApartByQueues(topology);
  if (teams.length > 0) {
    notes.push(
      `Agent queues are routing, not access control: whoever edits a location's config can name any queue. What keeps other code off the agents of ${code(teams)} is review of the Dagster+ and CI files (CODEOWNERS: the platform owners) and who holds the deploy tokens; only separate deployments are enforced by Dagster+ permissions.`,
    );
  }
  return notes;
};
