/**
 * Agent configuration, one file per agent: Helm values for Kubernetes
 * (`agents/<agent>/values.yaml`), `dagster.yaml` for ECS, Docker and local agents
 * (`agents/<agent>/dagster.yaml`). Keys follow dagster-facts.md §2 and §6: deployments served,
 * branch deployments, agent label, agent queues, isolated agents and the user code launcher.
 */
import type { AgentPlatform } from '../questionnaire/schemas';
import { agentsOf } from '../topology/build-topology';
import type { AgentNode } from '../topology/types';
import { hasFeature, VERSION_GATES } from '../versions/dagster-version';
import { headerLines } from './header';
import { PLACEHOLDERS } from './placement';
import { toYaml } from './to-yaml';
import type { Emitter } from './types';

/** `user_code_launcher` per non-Kubernetes platform (module, class, starter config). */
const LAUNCHERS = {
  ecs: {
    module: 'dagster_cloud.workspace.ecs',
    class: 'EcsUserCodeLauncher',
    config: {
      cluster: 'your-ecs-cluster',
      subnets: ['subnet-your-private-subnet'],
      security_group_ids: ['sg-your-security-group'],
      service_discovery_namespace_id: 'ns-your-namespace',
      execution_role_arn: `arn:aws:iam::${PLACEHOLDERS.awsAccountId}:role/your-task-execution-role`,
      task_role_arn: `arn:aws:iam::${PLACEHOLDERS.awsAccountId}:role/your-task-role`,
      log_group: '/ecs/dagster-cloud-agent',
      launch_type: 'FARGATE',
    },
  },
  docker: {
    module: 'dagster_cloud.workspace.docker',
    class: 'DockerUserCodeLauncher',
    config: { networks: ['dagster_cloud_agent'] },
  },
  local: {
    module: 'dagster_cloud.workspace.user_code_launcher',
    class: 'ProcessUserCodeLauncher',
  },
} as const satisfies Record<Exclude<AgentPlatform, 'k8s'>, object>;

const PLATFORM_LABELS = {
  ecs: 'Amazon ECS',
  docker: 'Docker',
  local: 'local',
} as const satisfies Record<Exclude<AgentPlatform, 'k8s'>, string>;

const hasQueueConfig = (agent: AgentNode): boolean =>
  agent.queues.length > 0 || !agent.includeDefaultQueue;

const helmValues = (agent: AgentNode) => ({
  dagsterCloud: {
    deployments: [agent.deployment],
    branchDeployments: agent.branchDeployments,
    agentLabel: agent.name,
    ...(hasQueueConfig(agent)
      ? {
          agentQueues: {
            includeDefaultQueue: agent.includeDefaultQueue,
            additionalQueues: [...agent.queues],
          },
        }
      : {}),
  },
  isolatedAgents: { enabled: agent.isolated },
});

const dagsterYaml = (agent: AgentNode, platform: Exclude<AgentPlatform, 'k8s'>) => ({
  instance_class: { module: 'dagster_cloud.instance', class: 'DagsterCloudAgentInstance' },
  dagster_cloud_api: {
    agent_token: { env: 'DAGSTER_CLOUD_AGENT_TOKEN' },
    deployments: [agent.deployment],
    branch_deployments: agent.branchDeployments,
    agent_label: agent.name,
  },
  ...(hasQueueConfig(agent)
    ? {
        agent_queues: {
          include_default_queue: agent.includeDefaultQueue,
          additional_queues: [...agent.queues],
        },
      }
    : {}),
  isolated_agents: { enabled: agent.isolated },
  user_code_launcher: LAUNCHERS[platform],
});

const describeAgent = (agent: AgentNode, version: string | null): string[] => [
  `Agent ${agent.name}: serves deployment ${agent.deployment} in compute environment ${agent.compute}.`,
  `Code locations: ${agent.locations.map((l) => l.name).join(', ')}.`,
  agent.queues.length > 0
    ? `Queues: ${agent.queues.join(', ')}${agent.includeDefaultQueue ? ' and the default queue' : ' only'}.`
    : 'Queues: the default queue.',
  ...(hasQueueConfig(agent) && !hasFeature(version, 'agentQueues')
    ? [
        `Agent queues need agents at ${VERSION_GATES.agentQueues} or later (${version === null ? 'no Dagster version stated' : `you target ${version}`}).`,
      ]
    : []),
  agent.branchDeployments
    ? 'Serves branch deployments: its token needs the "All branch deployments" permission.'
    : 'Does not serve branch deployments.',
];

export const emitAgentConfig: Emitter = (answers, topology, ctx) =>
  agentsOf(topology).map((agent) => {
    const platform = answers.agent;
    if (platform === 'k8s') {
      return {
        path: `agents/${agent.name}/values.yaml`,
        repo: null,
        kind: 'yaml' as const,
        content: toYaml(
          helmValues(agent),
          headerLines(ctx, [
            ...describeAgent(agent, answers.dagsterVersion),
            `Install: helm --namespace ${agent.name} upgrade --install ${agent.name} dagster-cloud/dagster-cloud-agent --values values.yaml`,
            `(after creating the dagster-cloud-agent-token secret in namespace ${agent.name}).`,
          ]),
        ),
        description: `Helm values for the Kubernetes agent ${agent.name} (${agent.deployment}).`,
      };
    }
    return {
      path: `agents/${agent.name}/dagster.yaml`,
      repo: null,
      kind: 'yaml' as const,
      content: toYaml(
        dagsterYaml(agent, platform),
        headerLines(ctx, [
          ...describeAgent(agent, answers.dagsterVersion),
          'Set DAGSTER_CLOUD_AGENT_TOKEN in the agent environment; replace the your-* placeholders.',
        ]),
      ),
      description: `dagster.yaml for the ${PLATFORM_LABELS[platform]} agent ${agent.name} (${agent.deployment}).`,
    };
  });
