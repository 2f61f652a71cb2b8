import { describe, expect, it } from 'vitest';

import {
  DOCKER_AGENT_ONPREM,
  ECS_AGENT_DEFAULT,
  file,
  HELM_AGENT_GCP,
  HOOLI_HELM_VALUES,
} from './__fixtures__/dagster-cloud-files';
import { looksLikeAgentConfig, parseAgentConfig } from './parse-agent-config';

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

describe("looksLikeAgentConfig: tells a repository's YAML files apart as parseAgentConfig does", () => {
  it.each([
    ['Docker dagster.yaml', DOCKER_AGENT_ONPREM, true],
    ['ECS dagster.yaml', ECS_AGENT_DEFAULT, true],
    ['Helm values', HELM_AGENT_GCP, true],
    ['Helm values of Hooli', HOOLI_HELM_VALUES, true],
    ['a quoted top-level key', file('"dagsterCloud":', '  deployment: prod'), true],
    ['agent_queues alone', file('agent_queues:', '  additional_queues: [gpu]'), true],
    ['dagster_cloud.yaml', file('locations:', '  - location_name: a'), false],
    ['a GitHub workflow', file('name: deploy', 'on:', '  push:', 'jobs:', '  d: {}'), false],
    ['build.yaml', file('registry: 123.dkr.ecr.us-east-1.amazonaws.com/x', 'directory: .'), false],
    [
      'an agent key indented (not top level)',
      file('values:', '  dagsterCloud:', '    a: b'),
      false,
    ],
    ['an agent key in a comment', file('# dagster_cloud_api: here', 'a: 1'), false],
    ['a key that only starts like one', file('workspaces: []'), false],
  ])('%s', (_name, text, want) => {
    expect(looksLikeAgentConfig(text)).toBe(want);
    // The same verdict as the full parse, so a file chosen here is never refused later.
    expect(parseAgentConfig(text).ok).toBe(want);
  });
});
