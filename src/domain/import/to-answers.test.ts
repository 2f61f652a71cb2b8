import { describe, expect, it } from 'vitest';

import { answersSchema, DEFAULT_ANSWERS } from '../questionnaire/schemas';
import {
  DICT_FORM,
  DOCKER_AGENT_ONPREM,
  ECS_AGENT_DEFAULT,
  file,
  HOOLI,
  HOOLI_CODEOWNERS,
  HOOLI_HELM_VALUES,
  QUICKSTART,
} from './__fixtures__/dagster-cloud-files';
import { auditImport } from './audit';
import { DEFAULT_COMPUTE, importToAnswers, projectNamesOf, UNASSIGNED_TEAM } from './to-answers';
import type { ImportedFiles, ImportInput } from './types';

const filesOf = (input: ImportInput): ImportedFiles => {
  const files = auditImport(input).files;
  if (files === null) throw new Error('fixture must parse');
  return files;
};

describe('importToAnswers', () => {
  it('quickstart: one project, default compute, unassigned team, plan and platform kept', () => {
    const { answers, notes } = importToAnswers(filesOf({ dagsterCloudYaml: QUICKSTART }));
    expect(answers.projects).toEqual([
      {
        name: 'quickstart_etl',
        team: UNASSIGNED_TEAM,
        compute: DEFAULT_COMPUTE,
        highVolume: false,
      },
    ]);
    expect(answers.plan).toBe(DEFAULT_ANSWERS.plan);
    expect(answers.agent).toBe(DEFAULT_ANSWERS.agent);
    expect(notes).toContain(
      'No CODEOWNERS given: every project\'s team is "unassigned". Set the owning teams in the wizard.',
    );
  });

  it('hooli: teams from CODEOWNERS (last matching rule wins), platform from the Helm values', () => {
    const { answers, sources, notes } = importToAnswers(
      filesOf({
        dagsterCloudYaml: HOOLI,
        agentConfigs: [HOOLI_HELM_VALUES],
        codeowners: HOOLI_CODEOWNERS,
      }),
      { ...DEFAULT_ANSWERS, agent: 'ecs', plan: 'starter' },
    );
    expect(answers.projects.map((p) => [p.name, p.team, p.compute])).toEqual([
      ['data-eng-pipeline', 'data-eng', 'default'],
      ['basics', 'analytics', 'default'],
      ['batch-enrichment', UNASSIGNED_TEAM, 'default'],
    ]);
    expect(sources.map((s) => s.teamLine)).toEqual([3, 4, 5]);
    expect(answers.agent).toBe('k8s');
    // Nothing Pro-only in these files: the user's plan stays.
    expect(answers.plan).toBe('starter');
    expect(notes).toContain(
      'CODEOWNERS line 5 gives project "batch-enrichment" to @bob, not a team: team set to "unassigned".',
    );
  });

  it('queues and several deployments: compute from agent_queue, plan Pro', () => {
    const { answers, notes } = importToAnswers(
      filesOf({
        dagsterCloudYaml: DICT_FORM,
        agentConfigs: [DOCKER_AGENT_ONPREM, ECS_AGENT_DEFAULT],
      }),
      { ...DEFAULT_ANSWERS, plan: 'starter' },
    );
    expect(answers.projects.map((p) => [p.name, p.compute])).toEqual([
      ['ingest', 'default'],
      ['reporting', 'onprem'],
    ]);
    expect(answers.plan).toBe('pro');
    expect(answers.agent).toBe('docker');
    expect(notes.join('\n')).toContain('agent queues and 2 deployments');
  });

  it('converts names to the project rule and keeps them unique', () => {
    const { answers, notes } = importToAnswers(
      filesOf({
        dagsterCloudYaml: file(
          'locations:',
          '  - location_name: Finance.Reports',
          '    code_source: {package_name: a}',
          '  - location_name: finance-reports',
          '    code_source: {package_name: b}',
          '  - location_name: "2024"',
          '    code_source: {package_name: c}',
          '    agent_queue: GPU Pool',
        ),
      }),
    );
    expect(answers.projects.map((p) => [p.name, p.compute])).toEqual([
      ['finance-reports', 'default'],
      ['finance-reports-2', 'default'],
      ['location-3', 'gpu-pool'],
    ]);
    expect(notes).toEqual(
      expect.arrayContaining([
        'Location "Finance.Reports" is imported as project "finance-reports".',
        'Location "finance-reports" is imported as project "finance-reports-2".',
        'Location "2024" is imported as project "location-3".',
        'Queue "GPU Pool" of "location-3" is read as compute environment "gpu-pool".',
      ]),
    );
  });

  it('always returns answers the wizard accepts', () => {
    const { answers } = importToAnswers(
      filesOf({ dagsterCloudYaml: HOOLI, codeowners: HOOLI_CODEOWNERS }),
      { ...DEFAULT_ANSWERS, sod: 'access', sodTeams: ['finance'] },
    );
    expect(answersSchema.safeParse(answers).success).toBe(true);
    expect(answers.sodTeams).toEqual([]);
  });

  it('projectNamesOf agrees with the pre-fill', () => {
    const files = filesOf({ dagsterCloudYaml: HOOLI });
    expect(projectNamesOf(files.config.locations)).toEqual(
      importToAnswers(files).answers.projects.map((p) => p.name),
    );
  });
});
