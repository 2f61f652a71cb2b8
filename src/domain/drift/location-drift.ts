/**
 * Code locations and their routing: locations the decision does not know (or places in another
 * repository), locations it has that are missing, and locations routed to another queue than the
 * decision's, said in the guide's terms: the queue belongs to another team's or another
 * environment's agent, or no agent serves it.
 */
import type { AgentNode, Topology } from '../topology/types';
import type { AgentFile } from './agents';
import type { RepoContext } from './check-drift';
import { drift } from './finding';
import type { LocationRead } from './read-repo';
import type { DriftFinding } from './types';

const quoted = (items: readonly string[]): string => items.map((i) => `"${i}"`).join(', ');

const allAgents = (topology: Topology): AgentNode[] =>
  topology.deployments.flatMap((d) => d.agents);

/** The decision's agents that run `location`. */
const agentsOf = (topology: Topology, location: string): AgentNode[] =>
  allAgents(topology).filter((a) => a.locations.some((l) => l.name === location));

/** The decision's agents serving `queue` (null: the default queue) in `deployments`. */
const servingAgents = (
  topology: Topology,
  queue: string | null,
  deployments: ReadonlySet<string>,
): AgentNode[] =>
  allAgents(topology).filter(
    (a) =>
      deployments.has(a.deployment) &&
      (queue === null ? a.includeDefaultQueue : a.queues.includes(queue)),
  );

const teamsOf = (agent: AgentNode): string[] => [...new Set(agent.locations.map((l) => l.team))];

/** "agent prod-gcp-agent (team science, compute environment gcp, deployment prod)". */
const describe = (agent: AgentNode): string => {
  const teams = teamsOf(agent);
  const team =
    teams.length === 0 ? 'no team' : `team${teams.length > 1 ? 's' : ''} ${teams.join(', ')}`;
  return `agent ${agent.name} (${team}, compute environment ${agent.compute}, deployment ${agent.deployment})`;
};

const queueName = (queue: string | null): string =>
  queue === null ? 'the default queue' : `queue "${queue}"`;

/** Whose agent a foreign queue belongs to: another team's, another environment's, or both. */
const whose = (foreign: readonly AgentNode[], own: readonly AgentNode[], team: string): string => {
  const otherTeam = foreign.some((a) => !teamsOf(a).includes(team) && teamsOf(a).length > 0);
  const ownCompute = new Set(own.map((a) => a.compute));
  const otherEnv = foreign.some((a) => !ownCompute.has(a.compute));
  if (otherTeam && otherEnv) return "another team's agent in another environment";
  if (otherTeam) return "another team's agent";
  if (otherEnv) return "another environment's agent";
  return 'an agent the decision keeps for other code locations';
};

const queueFinding = (
  ctx: RepoContext,
  location: LocationRead,
  expectedQueue: string | null,
  actualAgents: readonly AgentFile[],
): DriftFinding => {
  const { topology } = ctx;
  const own = agentsOf(topology, location.name);
  const deployments = new Set(own.map((a) => a.deployment));
  const team = own[0]?.locations.find((l) => l.name === location.name)?.team ?? '';
  const serving = servingAgents(topology, location.agentQueue, deployments);
  const foreign = serving.filter((a) => !own.includes(a));
  const file = `${ctx.prefix}${location.file}`;
  const line = location.queueLine ?? location.line;
  const decided = `The decision routes it to ${queueName(expectedQueue)}${own.length > 0 ? `, served by ${own.map(describe).join(' and ')}` : ''}.`;
  const fix =
    expectedQueue === null
      ? `Remove agent_queue from "${location.name}".`
      : `Set agent_queue of "${location.name}" back to "${expectedQueue}".`;
  if (foreign.length > 0) {
    return drift(
      'queue-foreign',
      file,
      line,
      `Location "${location.name}" is routed to ${queueName(location.agentQueue)}, which belongs to ${whose(foreign, own, team)}: ${foreign.map(describe).join(' and ')}. ${decided} Agent queues are routing, not access control: only review of this file keeps a team's code off another team's agent.`,
      fix,
    );
  }
  if (serving.length === 0) {
    const servedHere = actualAgents.some((a) =>
      location.agentQueue === null
        ? a.agent.includeDefaultQueue
        : a.agent.additionalQueues.includes(location.agentQueue),
    );
    if (!servedHere) {
      return drift(
        'queue-unserved',
        file,
        line,
        `Location "${location.name}" is routed to ${queueName(location.agentQueue)}, which no agent of the decision serves${actualAgents.length > 0 ? ' (nor any agent configuration found)' : ''}: Dagster+ keeps it waiting and it never loads. ${decided}`,
        fix,
      );
    }
  }
  return drift(
    'queue-changed',
    file,
    line,
    `Location "${location.name}" is routed to ${queueName(location.agentQueue)}. ${decided}`,
    fix,
  );
};

/** Location and routing drift of one repository. */
export const locationDrift = (
  ctx: RepoContext,
  actualAgents: readonly AgentFile[],
): DriftFinding[] => {
  const { actual, expected, topology, prefix } = ctx;
  if (actual.config === null || expected.config === null) return [];
  const out: DriftFinding[] = [];
  const expectedByName = new Map(expected.config.locations.map((l) => [l.name, l] as const));
  const actualNames = new Set(actual.config.locations.map((l) => l.name));
  const repoOf = new Map(
    topology.repos.flatMap((r) => r.locations.map((l) => [l, r.name] as const)),
  );
  for (const location of actual.config.locations) {
    if (location.name === '') continue;
    const wanted = expectedByName.get(location.name);
    if (wanted === undefined) {
      const other = repoOf.get(location.name);
      out.push(
        other !== undefined && other !== ctx.name
          ? drift(
              'location-other-repo',
              `${prefix}${location.file}`,
              location.line,
              `Code location "${location.name}" belongs to repository ${other} in the decision, not to ${ctx.name}: deploying it from here too makes two repositories fight over one location.`,
              `Remove "${location.name}" here and deploy it from ${other}.`,
            )
          : drift(
              'location-unknown',
              `${prefix}${location.file}`,
              location.line,
              `Code location "${location.name}" is not in the decision (it has ${quoted(expected.config.locations.map((l) => l.name))}).`,
              'Add the project in the app and share the new link (then check with --link), or remove the location.',
            ),
      );
      continue;
    }
    if (wanted.agentQueue !== location.agentQueue) {
      out.push(queueFinding(ctx, location, wanted.agentQueue, actualAgents));
    }
  }
  for (const wanted of expected.config.locations) {
    if (actualNames.has(wanted.name)) continue;
    out.push(
      drift(
        'location-missing',
        `${prefix}${actual.config.file}`,
        actual.config.anchorLine,
        `Code location "${wanted.name}" of the decision is missing from ${actual.config.file}: it is not deployed from ${ctx.name}.`,
        `Add "${wanted.name}" back (see ${wanted.file} in the decision's files), or remove the project in the app and check with the new link.`,
      ),
    );
  }
  return out;
};
