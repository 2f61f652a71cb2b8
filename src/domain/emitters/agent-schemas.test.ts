/**
 * The transcribed agent schemas reject what their sources reject, each row naming the rule it
 * comes from, and accept what the sources accept (so they cannot pass by rejecting everything).
 * Helm rows were also checked against the chart's own values.schema.json (1.8.13, merged with the
 * chart's values.yaml as Helm does) when they were written.
 */
import { describe, expect, it } from 'vitest';

import { agentDagsterYamlSchema } from './agent-yaml-schema';
import { helmAgentValuesSchema } from './helm-agent-schema';

type Row = [rule: string, value: unknown];

describe('Helm values schema (dagster-cloud-agent 1.8.13 values.schema.json)', () => {
  const valid = {
    dagsterCloud: {
      deployments: ['prod'],
      branchDeployments: false,
      agentLabel: 'prod-agent',
      agentQueues: { includeDefaultQueue: false, additionalQueues: ['aws'] },
    },
    serviceAccount: { create: true, name: 'prod-agent' },
    workspace: {
      namespace: 'prod-agent',
      runK8sConfig: { podSpecConfig: { nodeSelector: { pool: 'gpu' } } },
    },
    isolatedAgents: { enabled: true },
    extraManifests: [],
  };

  it.each<Row>([
    ['values the chart documents, plus a root key it does not list (root is open)', valid],
    ['nulls where the schema says anyOf [T, null]', { dagsterCloud: { agentQueues: null } }],
    [
      'an integer image tag (anyOf string, integer, null)',
      { dagsterCloudAgent: { image: { tag: 1 } } },
    ],
  ])('accepts %s', (_, value) => {
    expect(helmAgentValuesSchema.safeParse(value).error?.issues ?? []).toEqual([]);
  });

  it.each<Row>([
    [
      'DagsterCloud.branchDeployments: boolean or null',
      { dagsterCloud: { branchDeployments: 'yes' } },
    ],
    ['DagsterCloud.deployments: array of strings', { dagsterCloud: { deployments: 'prod' } }],
    [
      'AgentQueues.includeDefaultQueue: boolean or null',
      { dagsterCloud: { agentQueues: { includeDefaultQueue: 'false' } } },
    ],
    [
      'AgentQueues.additionalQueues: array of strings',
      { dagsterCloud: { agentQueues: { additionalQueues: 'aws' } } },
    ],
    [
      'AgentQueues.additionalQueues items: string',
      { dagsterCloud: { agentQueues: { additionalQueues: [1] } } },
    ],
    ['IsolatedAgents.enabled: boolean', { isolatedAgents: { enabled: 'true' } }],
    [
      'RunK8sConfig: additionalProperties false',
      { workspace: { runK8sConfig: { nodeSelector: { pool: 'gpu' } } } },
    ],
    [
      'RunK8sConfig.podSpecConfig: object or null',
      { workspace: { runK8sConfig: { podSpecConfig: [] } } },
    ],
    [
      'ServerK8sConfig: additionalProperties false',
      { workspace: { serverK8sConfig: { jobMetadata: {} } } },
    ],
    ['PullPolicy: Always, IfNotPresent or Never', { workspace: { pullPolicy: 'Sometimes' } }],
    ['DagsterCloudUserWorkspace.namespace: string or null', { workspace: { namespace: 7 } }],
    ['NodeSelector: string values', { dagsterCloudAgent: { nodeSelector: { gpu: true } } }],
    ['DagsterCloudAgent.replicas: integer', { dagsterCloudAgent: { replicas: 1.5 } }],
    ['ServiceAccount.create: boolean', { serviceAccount: { create: 'yes' } }],
    ['Annotations: string values', { serviceAccount: { annotations: { a: 1 } } }],
    ['PythonLogs: additionalProperties false', { pythonLogs: { level: 'INFO' } }],
    ['ConfigurableClass requires config', { computeLogs: { custom: { module: 'm', class: 'C' } } }],
  ])('rejects %s', (_, value) => {
    expect(helmAgentValuesSchema.safeParse(value).success).toBe(false);
  });
});

describe('agent dagster.yaml schema (dagster-cloud 1.13.5, dagster core instance config)', () => {
  const api = { agent_token: { env: 'DAGSTER_CLOUD_AGENT_TOKEN' }, deployments: ['prod'] };
  const ecs = {
    module: 'dagster_cloud.workspace.ecs',
    class: 'EcsUserCodeLauncher',
    config: {
      cluster: 'c',
      subnets: ['s'],
      execution_role_arn: 'arn:e',
      log_group: '/ecs/a',
      service_discovery_namespace_id: 'ns',
    },
  };
  const valid = {
    instance_class: { module: 'dagster_cloud.instance', class: 'DagsterCloudAgentInstance' },
    dagster_cloud_api: { ...api, branch_deployments: true, agent_label: 'a' },
    agent_queues: { include_default_queue: false, additional_queues: ['aws'] },
    isolated_agents: { enabled: true },
    user_code_launcher: ecs,
  };
  const withEcs = (config: Record<string, unknown>) => ({
    ...valid,
    user_code_launcher: { ...ecs, config: { ...ecs.config, ...config } },
  });

  it.each<Row>([
    ['an ECS agent', valid],
    [
      'a Docker agent',
      {
        dagster_cloud_api: api,
        user_code_launcher: {
          module: 'dagster_cloud.workspace.docker',
          class: 'DockerUserCodeLauncher',
          config: { networks: ['n'] },
        },
      },
    ],
    [
      'a local agent with no launcher config',
      {
        dagster_cloud_api: api,
        user_code_launcher: {
          module: 'dagster_cloud.workspace.user_code_launcher',
          class: 'ProcessUserCodeLauncher',
        },
      },
    ],
    ['core keys beside the agent keys', { ...valid, telemetry: { enabled: false } }],
    [
      'an env source for a BoolSource',
      { dagster_cloud_api: { ...api, branch_deployments: { env: 'B' } } },
    ],
  ])('accepts %s', (_, value) => {
    expect(agentDagsterYamlSchema.safeParse(value).error?.issues ?? []).toEqual([]);
  });

  it.each<Row>([
    [
      'an unknown top-level key (config dicts reject unexpected entries)',
      { ...valid, agent_queue: 'aws' },
    ],
    ['no dagster_cloud_api (is_required=True)', { agent_queues: valid.agent_queues }],
    ['no agent_token (is_required=True)', { dagster_cloud_api: { deployments: ['prod'] } }],
    [
      'both deployment and deployments (instance/__init__.py)',
      { dagster_cloud_api: { ...api, deployment: 'prod' } },
    ],
    [
      'branch_deployments as a string (BoolSource)',
      { dagster_cloud_api: { ...api, branch_deployments: 'true' } },
    ],
    ['an unknown dagster_cloud_api key', { dagster_cloud_api: { ...api, token: 'x' } }],
    [
      'include_default_queue as a string (bool)',
      { ...valid, agent_queues: { include_default_queue: 'no' } },
    ],
    [
      'additional_queue, singular (agent_queues is a Shape)',
      { ...valid, agent_queues: { additional_queue: ['a'] } },
    ],
    ['isolated_agents.enabled as a string', { ...valid, isolated_agents: { enabled: 'true' } }],
    [
      'an ECS launcher without cluster (required)',
      { ...valid, user_code_launcher: { ...ecs, config: { ...ecs.config, cluster: undefined } } },
    ],
    ['an ECS key the launcher does not know', withEcs({ capacity_provider: 'gpu' })],
    ['an ECS launch type other than FARGATE or EC2', withEcs({ launch_type: 'SPOT' })],
    ['ECS run_resources.cpu as a number (str)', withEcs({ run_resources: { cpu: 1024 } })],
    ['ECS subnets as a string (Array)', withEcs({ subnets: 'subnet-1' })],
    [
      'Docker networks as a string (Array)',
      {
        dagster_cloud_api: api,
        user_code_launcher: {
          module: 'dagster_cloud.workspace.docker',
          class: 'DockerUserCodeLauncher',
          config: { networks: 'n' },
        },
      },
    ],
    [
      'a launcher class the agent does not have',
      {
        dagster_cloud_api: api,
        user_code_launcher: {
          module: 'dagster_cloud.workspace.ecs',
          class: 'EcsLauncher',
          config: {},
        },
      },
    ],
    [
      'a configurable class without module (configurable_class_schema)',
      { dagster_cloud_api: api, run_launcher: { class: 'X' } },
    ],
  ])('rejects %s', (_, value) => {
    expect(agentDagsterYamlSchema.safeParse(value).success).toBe(false);
  });
});
