/**
 * The agents' steps: install the recommended agents today's cannot stand in for, let today's
 * serve the new queues (preparation), and, once every location names its queue, stop serving the
 * default queue (clean-up). Diffs show the agent config in its platform's shape.
 */
import { toYamlAny as toYaml } from '../../emitters/to-yaml-any';
import type { AgentPlatform } from '../../questionnaire/schemas';
import { listText, quotedList } from '../findings';
import { existingName, type Existing, type PlanContext } from './context';
import { fileDiff, newFileDiff } from './files';
import type { Draft } from './types';

type AgentShape = {
  label: string | null;
  deployments: readonly string[];
  branchDeployments: boolean;
  includeDefaultQueue: boolean;
  queues: readonly string[];
  isolated: boolean;
};

/** Agent config in the shape its platform reads (Helm values or dagster.yaml), queue keys only. */
const agentSnippet = (
  platform: AgentPlatform | null,
  a: AgentShape,
): { path: string; content: string } => {
  const label = a.label ?? 'agent';
  if (platform === 'k8s' || platform === null) {
    return {
      path: `agents/${label}/values.yaml`,
      content: toYaml({
        dagsterCloud: {
          deployments: [...a.deployments],
          branchDeployments: a.branchDeployments,
          ...(a.label === null ? {} : { agentLabel: a.label }),
          agentQueues: {
            includeDefaultQueue: a.includeDefaultQueue,
            additionalQueues: [...a.queues],
          },
        },
        isolatedAgents: { enabled: a.isolated },
      }),
    };
  }
  return {
    path: `agents/${label}/dagster.yaml`,
    content: toYaml({
      dagster_cloud_api: {
        deployments: [...a.deployments],
        branch_deployments: a.branchDeployments,
        ...(a.label === null ? {} : { agent_label: a.label }),
      },
      agent_queues: {
        include_default_queue: a.includeDefaultQueue,
        additional_queues: [...a.queues],
      },
      isolated_agents: { enabled: a.isolated },
    }),
  };
};

/** The diff of one of today's agents changing from `before` to `after`. */
const existingDiff = (
  ctx: PlanContext,
  e: Existing,
  before: AgentShape,
  after: AgentShape,
): string => {
  const platform = e.platform ?? ctx.platform;
  const from = agentSnippet(platform, before);
  return fileDiff(from.content, agentSnippet(platform, after).content, from.path);
};

const queueText = (queues: readonly string[], includeDefault: boolean): string =>
  listText([
    ...queues.map((q) => `queue "${q}"`),
    ...(includeDefault ? ['the default queue'] : []),
  ]) || 'no queue';

const shapeOf = (e: Existing, queues: readonly string[]): AgentShape => ({
  label: e.label,
  deployments: e.deployments,
  branchDeployments: e.branchDeployments,
  includeDefaultQueue: e.includeDefaultQueue,
  queues,
  isolated: e.isolated,
});

/** Preparation: today's agents take the new queues; the other recommended agents are installed. */
export const agentSteps = (ctx: PlanContext): Draft[] =>
  ctx.agentMatches.flatMap((match): Draft[] => {
    const { agent } = match;
    const locationNames = agent.locations.map((l) => l.name);
    if (match.kind === 'exact') return [];
    if (match.kind === 'reuse') {
      const { existing: e, queues } = match;
      const name = existingName(e);
      // Keep the default queue until every location is routed (removed in the clean-up).
      const after = {
        ...shapeOf(e, queues),
        isolated: e.isolated || agent.isolated,
        includeDefaultQueue: e.includeDefaultQueue || agent.includeDefaultQueue,
      };
      return [
        {
          id: `add-agent-queue:${agent.name}`,
          kind: 'add-agent-queue',
          title: `Let ${name} serve ${queueText(agent.queues, false)}`,
          detail: `In deployment "${agent.deployment}", ${name} becomes agent ${agent.name} for ${quotedList(locationNames)}. It keeps serving what it serves today, so nothing moves yet; upgrade the agent (Helm upgrade or task restart) with the new queue settings.${
            e.assumed
              ? ' Your agent configuration was not imported: apply the same keys to it.'
              : ''
          }`,
          diff: existingDiff(ctx, e, shapeOf(e, e.additionalQueues), after),
        },
      ];
    }
    const snippet = agentSnippet(agent.platform, {
      label: agent.name,
      deployments: [agent.deployment],
      branchDeployments: agent.branchDeployments,
      includeDefaultQueue: agent.includeDefaultQueue,
      queues: agent.queues,
      isolated: agent.isolated,
    });
    return [
      {
        id: `install-agent:${agent.name}`,
        kind: 'install-agent',
        title: `Install agent "${agent.name}" serving ${queueText(agent.queues, agent.includeDefaultQueue)}`,
        detail: `In compute environment "${agent.compute}", for deployment "${agent.deployment}"${
          agent.branchDeployments ? ' and branch deployments' : ''
        }; it will run ${quotedList(locationNames)}. Queues are a Dagster+ Pro feature and need agents 1.6.0 or later. No location is routed to it yet, so installing it changes nothing. The download has the full file.`,
        diff: newFileDiff(snippet.content, snippet.path),
      },
    ];
  });

/** Clean-up: today's agents that serve the default queue although their recommended one does not. */
export const stopDefaultQueueSteps = (ctx: PlanContext): Draft[] =>
  ctx.agentMatches.flatMap((match): Draft[] => {
    if (match.kind === 'install') return [];
    const { existing: e, agent } = match;
    if (!e.includeDefaultQueue || agent.includeDefaultQueue) return [];
    const shape = shapeOf(e, match.kind === 'reuse' ? match.queues : e.additionalQueues);
    const name = existingName(e);
    return [
      {
        id: `stop-default-queue:${name}`,
        kind: 'stop-default-queue',
        title: `Stop serving the default queue on ${name}`,
        detail:
          'Every location now names its queue, so the default queue is empty; turning it off keeps a location added later without agent_queue from landing on this agent by accident.',
        diff: existingDiff(
          ctx,
          e,
          { ...shape, includeDefaultQueue: true },
          { ...shape, includeDefaultQueue: false },
        ),
      },
    ];
  });
