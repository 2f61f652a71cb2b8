import { describe, expect, it } from 'vitest';

import {
  DICT_FORM,
  DOCKER_AGENT_ONPREM,
  ECS_AGENT_DEFAULT,
  HELM_AGENT_GCP,
  HOOLI,
  HOOLI_HELM_VALUES,
  QUICKSTART,
} from './__fixtures__/dagster-cloud-files';
import { auditImport } from './audit';
import { readCurrentState } from './current-state';
import type { ImportInput } from './types';

const stateOf = (input: ImportInput, layout?: 'monorepo' | 'multirepo') => {
  const files = auditImport(input).files;
  if (files === null) throw new Error('fixture must parse');
  return readCurrentState(files, layout === undefined ? {} : { layout });
};

describe('readCurrentState', () => {
  it.each([
    [
      'quickstart, no agent config',
      { dagsterCloudYaml: QUICKSTART },
      'code-location',
      ['prod'],
      false,
    ],
    [
      'hooli with one Helm agent',
      { dagsterCloudYaml: HOOLI, agentConfigs: [HOOLI_HELM_VALUES] },
      'code-location',
      ['prod'],
      true,
    ],
    ['a location on a queue', { dagsterCloudYaml: DICT_FORM }, 'agent', ['prod'], false],
    [
      'an agent serving two deployments',
      { dagsterCloudYaml: QUICKSTART, agentConfigs: [ECS_AGENT_DEFAULT] },
      'deployment',
      ['prod', 'staging'],
      true,
    ],
    [
      'queues and two deployments: deployment wins',
      { dagsterCloudYaml: DICT_FORM, agentConfigs: [DOCKER_AGENT_ONPREM, HELM_AGENT_GCP] },
      'deployment',
      ['prod', 'staging'],
      true,
    ],
  ] as const)('%s → %s', (_name, input, level, deployments, known) => {
    const state = stateOf(input);
    expect(state.level).toBe(level);
    expect(state.deployments).toEqual(deployments);
    expect(state.deploymentsKnown).toBe(known);
    expect(state.reasons.length).toBeGreaterThanOrEqual(2);
  });

  it('one file is a monorepo unless the user says otherwise', () => {
    expect(stateOf({ dagsterCloudYaml: HOOLI }).layout).toBe('monorepo');
    expect(stateOf({ dagsterCloudYaml: HOOLI }, 'multirepo').layout).toBe('multirepo');
  });

  it('lists the queues in use', () => {
    const state = stateOf({ dagsterCloudYaml: DICT_FORM, agentConfigs: [HELM_AGENT_GCP] });
    expect(state.queues).toEqual(['onprem', 'gcp']);
    expect(state.locations).toEqual([
      { name: 'ingest', agentQueue: null },
      { name: 'reporting', agentQueue: 'onprem' },
    ]);
  });
});
