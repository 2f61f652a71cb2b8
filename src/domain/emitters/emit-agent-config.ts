/**
 * Agent configuration, one file per agent: Helm values for Kubernetes
 * (`agents/<agent>/values.yaml`), `dagster.yaml` for ECS, Docker and local agents
 * (`agents/<agent>/dagster.yaml`). Keys follow dagster-facts.md §2 and §6: deployments served,
 * branch deployments, agent label, agent queues, isolated agents and the user code launcher.
 *
 * Safe by default (issue #10 §1): in a plan with several agents each gets infrastructure
 * placeholders of its own, named after it, and its file says why they must differ
 * (`agentSeparationOf`); an agent in a compute pool (GPU or a named pool) ends with a commented
 * place to pin its work there (node selector, tolerations, GPU limits; ECS capacity and sizes).
 */
import { uniqueInOrder, type AgentPlatform } from '../questionnaire/schemas';
import { agentsOf } from '../topology/build-topology';
import type { AgentNode, Topology } from '../topology/types';
import { hasFeature, VERSION_GATES } from '../versions/dagster-version';
import { headerLines } from './header';
import { PLACEHOLDERS } from './placement';
import { agentSeparationOf, type AgentSeparation } from './safety';
import { toYaml } from './to-yaml';
import type { Emitter } from './types';

/** Infrastructure placeholders of an agent: generic for a lone agent, else named after it. */
const ecsConfig = (agent: AgentNode, sep: AgentSeparation | null) => {
  const own = (generic: string, named: (stem: string) => string): string =>
    sep === null ? generic : named(sep.stem);
  const role = (name: string) => `arn:aws:iam::${PLACEHOLDERS.awsAccountId}:role/${name}`;
  return {
    cluster: own('your-ecs-cluster', (s) => `your-${s}-ecs-cluster`),
    subnets: [own('subnet-your-private-subnet', (s) => `subnet-your-${s}-private-subnet`)],
    security_group_ids: [own('sg-your-security-group', (s) => `sg-your-${s}-security-group`)],
    service_discovery_namespace_id: own('ns-your-namespace', (s) => `ns-your-${s}-namespace`),
    execution_role_arn: role(
      own('your-task-execution-role', (s) => `your-${s}-task-execution-role`),
    ),
    task_role_arn: role(own('your-task-role', (s) => `your-${s}-task-role`)),
    log_group: sep === null ? '/ecs/dagster-cloud-agent' : `/ecs/${agent.name}`,
    launch_type: 'FARGATE',
  };
};

/** `user_code_launcher` per non-Kubernetes platform (module, class, starter config). */
const launcherOf = (
  platform: Exclude<AgentPlatform, 'k8s'>,
  agent: AgentNode,
  sep: AgentSeparation | null,
) => {
  switch (platform) {
    case 'ecs':
      return {
        module: 'dagster_cloud.workspace.ecs',
        class: 'EcsUserCodeLauncher',
        config: ecsConfig(agent, sep),
      };
    case 'docker':
      return {
        module: 'dagster_cloud.workspace.docker',
        class: 'DockerUserCodeLauncher',
        config: { networks: [sep === null ? 'dagster_cloud_agent' : `your-${sep.stem}-network`] },
      };
    case 'local':
      return {
        module: 'dagster_cloud.workspace.user_code_launcher',
        class: 'ProcessUserCodeLauncher',
      };
  }
};

const PLATFORM_LABELS = {
  ecs: 'Amazon ECS',
  docker: 'Docker',
  local: 'local',
} as const satisfies Record<Exclude<AgentPlatform, 'k8s'>, string>;

const hasQueueConfig = (agent: AgentNode): boolean =>
  agent.queues.length > 0 || !agent.includeDefaultQueue;

const helmValues = (agent: AgentNode, sep: AgentSeparation | null) => ({
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
  ...(sep === null
    ? {}
    : {
        // Its own service account and namespace: code servers and runs use both.
        serviceAccount: { create: true, name: agent.name },
        workspace: { namespace: agent.name },
      }),
  isolatedAgents: { enabled: agent.isolated },
});

const dagsterYaml = (
  agent: AgentNode,
  platform: Exclude<AgentPlatform, 'k8s'>,
  sep: AgentSeparation | null,
) => ({
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
  user_code_launcher: launcherOf(platform, agent, sep),
});

const ROLE_LINES = {
  shared: 'Role: the shared agent of its deployment.',
  team: 'Role: keeps one separated team apart (its credentials and network only).',
  'high-volume': 'Role: keeps high-volume projects off their neighbours.',
} as const satisfies Record<AgentNode['role'], string>;

const describeAgent = (topology: Topology, agent: AgentNode, version: string | null): string[] => {
  const computes = uniqueInOrder(agent.locations.map((l) => l.compute));
  const several = agentsOf(topology).filter((a) => a.deployment === agent.deployment).length > 1;
  const sep = agentSeparationOf(topology, agent);
  return [
    computes.length > 1
      ? `Agent ${agent.name}: serves deployment ${agent.deployment}; its projects are placed in ${computes.join(', ')}, but one agent runs them all where it runs.`
      : `Agent ${agent.name}: serves deployment ${agent.deployment} in compute environment ${agent.compute}.`,
    `Code locations: ${agent.locations.map((l) => l.name).join(', ')}.`,
    ...(several ? [ROLE_LINES[agent.role]] : []),
    agent.queues.length > 0
      ? `Queues: ${agent.queues.join(', ')}${agent.includeDefaultQueue ? ' and the default queue' : ' only'}.`
      : 'Queues: the default queue.',
    ...(hasQueueConfig(agent) && !hasFeature(version, 'agentQueues')
      ? [
          `Agent queues need agents at ${VERSION_GATES.agentQueues} or later (${version === null ? 'no Dagster version stated' : `you target ${version}`}).`,
        ]
      : []),
    ...(several && agent.queues.length > 0
      ? [
          agent.includeDefaultQueue
            ? "Default queue: here, the shared agent with the least access, so a location added without agent_queue runs with no team's credentials."
            : 'Not the default queue: a location without agent_queue never runs here.',
        ]
      : []),
    agent.branchDeployments
      ? 'Serves branch deployments: its token needs the "All branch deployments" permission.'
      : agent.team !== null
        ? `Does not serve branch deployments: it holds team ${agent.team}'s credentials, and any pull request could route code to it.`
        : 'Does not serve branch deployments.',
    ...(sep === null
      ? []
      : [`Its ${OWN_INFRASTRUCTURE[agent.platform](sep)} are its own. ${sep.reason}`]),
  ];
};

/** What an agent of each platform holds of its own when it is not alone. */
const OWN_INFRASTRUCTURE = {
  k8s: () => 'namespace and service account',
  ecs: (sep: AgentSeparation) =>
    `cluster, subnets, security group and roles (placeholders your-${sep.stem}-*)`,
  docker: (sep: AgentSeparation) => `network and host (placeholder your-${sep.stem}-network)`,
  local: () => 'host and OS user',
} as const satisfies Record<AgentPlatform, (sep: AgentSeparation) => string>;

/** The commented place where a compute pool is pinned: footer lines (none for other agents). */
const poolLines = (agent: AgentNode, platform: AgentPlatform): string[] => {
  const pool = agent.computePool;
  if (pool === null) return [];
  const example = POOL_EXAMPLES[platform](agent.compute, pool === 'gpu');
  return [
    `Compute pool ${agent.compute}: ${example.intro}`,
    ...(example.value === null ? [] : toYaml(example.value).trimEnd().split('\n')),
    ...example.outro,
  ];
};

/** Per platform, how its config pins work to a pool (commented: the values are the user's). */
const POOL_EXAMPLES = {
  k8s: (compute: string, gpu: boolean) => ({
    intro:
      'uncomment (merge into the workspace block above, if any) so code servers and runs land on its nodes.',
    value: {
      workspace: {
        runK8sConfig: {
          podSpecConfig: {
            nodeSelector: { [`your-${compute}-node-label`]: `your-${compute}-node-value` },
            tolerations: [
              { key: `your-${compute}-taint`, operator: 'Exists', effect: 'NoSchedule' },
            ],
          },
          ...(gpu ? { containerConfig: { resources: { limits: { 'nvidia.com/gpu': 1 } } } } : {}),
        },
        serverK8sConfig: {
          podSpecConfig: {
            nodeSelector: { [`your-${compute}-node-label`]: `your-${compute}-node-value` },
            tolerations: [
              { key: `your-${compute}-taint`, operator: 'Exists', effect: 'NoSchedule' },
            ],
          },
        },
      },
    },
    outro: gpu ? ['Code servers rarely need a GPU: only runs ask for one above.'] : [],
  }),
  ecs: (compute: string, gpu: boolean) => ({
    intro: `point cluster at the cluster or capacity that holds ${compute}, and size its runs, e.g.:`,
    value: {
      user_code_launcher: {
        config: {
          ...(gpu ? { launch_type: 'EC2' } : {}),
          run_resources: { cpu: `your-${compute}-cpu-units`, memory: `your-${compute}-memory-mib` },
        },
      },
    },
    outro: gpu
      ? [
          'UNCERTAIN: the ECS launcher config in dagster-cloud 1.13.5 has no GPU field; GPU tasks need the',
          'EC2 launch type on GPU instances, so check your task definition reaches them.',
        ]
      : [],
  }),
  docker: (compute: string) => ({
    intro: `run this agent on the Docker host(s) of ${compute}; its containers start there.`,
    value: null,
    outro: [],
  }),
  local: (compute: string) => ({
    intro: `run this agent on a host of ${compute}; its code runs there as processes.`,
    value: null,
    outro: [],
  }),
} as const satisfies Record<
  AgentPlatform,
  (
    compute: string,
    gpu: boolean,
  ) => { intro: string; value: object | null; outro: readonly string[] }
>;

export const emitAgentConfig: Emitter = (answers, topology, ctx) =>
  agentsOf(topology).map((agent) => {
    const platform = answers.agent;
    const sep = agentSeparationOf(topology, agent);
    const footer = poolLines(agent, platform);
    if (platform === 'k8s') {
      return {
        path: `agents/${agent.name}/values.yaml`,
        repo: null,
        kind: 'yaml' as const,
        content: toYaml(
          helmValues(agent, sep),
          headerLines(ctx, [
            ...describeAgent(topology, agent, answers.dagsterVersion),
            `Install: helm --namespace ${agent.name} upgrade --install ${agent.name} dagster-cloud/dagster-cloud-agent --values values.yaml`,
            `(after creating the dagster-cloud-agent-token secret in namespace ${agent.name}).`,
            ...(agent.team === null
              ? []
              : [
                  `Bind team ${agent.team}'s cloud identity to service account ${agent.name} (e.g. an EKS IAM role or a GKE`,
                  'workload identity annotation under serviceAccount.annotations), and to no other agent.',
                ]),
          ]),
          footer,
        ),
        description: `Helm values for the Kubernetes agent ${agent.name} (${agent.deployment}).`,
      };
    }
    return {
      path: `agents/${agent.name}/dagster.yaml`,
      repo: null,
      kind: 'yaml' as const,
      content: toYaml(
        dagsterYaml(agent, platform, sep),
        headerLines(ctx, [
          ...describeAgent(topology, agent, answers.dagsterVersion),
          platform === 'local' && sep !== null
            ? 'Set DAGSTER_CLOUD_AGENT_TOKEN in the agent environment; run this agent on its own host or OS user.'
            : 'Set DAGSTER_CLOUD_AGENT_TOKEN in the agent environment; replace the your-* placeholders.',
        ]),
        footer,
      ),
      description: `dagster.yaml for the ${PLATFORM_LABELS[platform]} agent ${agent.name} (${agent.deployment}).`,
    };
  });
