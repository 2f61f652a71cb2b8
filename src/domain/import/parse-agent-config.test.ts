import { describe, expect, it } from 'vitest';

import {
  DOCKER_AGENT_ONPREM,
  ECS_AGENT_DEFAULT,
  file,
  HELM_AGENT_GCP,
  HOOLI_HELM_VALUES,
} from './__fixtures__/dagster-cloud-files';
import { parseAgentConfig } from './parse-agent-config';

describe('parseAgentConfig', () => {
  it.each([
    [
      'Docker dagster.yaml with a queue',
      DOCKER_AGENT_ONPREM,
      {
        kind: 'dagster-yaml',
        platform: 'docker',
        deployments: ['prod'],
        branchDeployments: false,
        includeDefaultQueue: false,
        additionalQueues: ['onprem'],
        isolated: true,
        queuesLine: 11,
      },
    ],
    [
      'ECS dagster.yaml with two deployments',
      ECS_AGENT_DEFAULT,
      {
        kind: 'dagster-yaml',
        platform: 'ecs',
        deployments: ['prod', 'staging'],
        branchDeployments: true,
        includeDefaultQueue: true,
        additionalQueues: [],
        isolated: false,
      },
    ],
    [
      'Helm values with queues',
      HELM_AGENT_GCP,
      {
        kind: 'helm-values',
        platform: 'k8s',
        deployments: ['prod', 'staging'],
        includeDefaultQueue: false,
        additionalQueues: ['gcp'],
        isolated: true,
      },
    ],
    [
      'Helm values without queues',
      HOOLI_HELM_VALUES,
      {
        kind: 'helm-values',
        label: 'hooli-agent',
        deployments: ['prod'],
        branchDeployments: true,
        includeDefaultQueue: true,
        additionalQueues: [],
      },
    ],
  ])('%s', (_name, text, expected) => {
    const result = parseAgentConfig(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toMatchObject(expected);
  });

  it('rejects a file that is no agent configuration', () => {
    const result = parseAgentConfig(file('locations:', '  - location_name: a'));
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => f.id)).toEqual(['agent-config-unrecognised']);
  });

  it('reports deployment and deployments set together', () => {
    const result = parseAgentConfig(
      file('dagster_cloud_api:', '  deployment: prod', '  deployments:', '    - staging'),
    );
    expect(result.findings).toContainEqual(
      expect.objectContaining({ id: 'agent-deployment-conflict', line: 3 }),
    );
  });

  it('assumes prod when the agent names no deployment', () => {
    const result = parseAgentConfig(file('agent_queues:', '  additional_queues: [gpu]'));
    expect(result.ok && result.value.deployments).toEqual(['prod']);
    expect(result.findings.map((f) => f.id)).toEqual(['agent-no-deployment']);
  });
});
