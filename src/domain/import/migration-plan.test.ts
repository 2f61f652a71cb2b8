import { describe, expect, it } from 'vitest';

import type { Answers } from '../questionnaire/schemas';
import type { LevelId, RepoLayout } from '../scoring/types';
import { buildTopology } from '../topology/build-topology';
import {
  DICT_FORM,
  file,
  HOOLI,
  HOOLI_CODEOWNERS,
  HOOLI_HELM_VALUES,
  QUICKSTART,
} from './__fixtures__/dagster-cloud-files';
import { auditImport } from './audit';
import { readCurrentState } from './current-state';
import { planMigration, STEP_KINDS, type MigrationStep } from './migration-plan';
import { importToAnswers } from './to-answers';
import type { ImportInput } from './types';

/** Imports files, lets `edit` play the user correcting the wizard, and plans the migration. */
const plan = (
  input: ImportInput,
  level: LevelId,
  layout: RepoLayout,
  edit: (a: Answers) => Answers = (a) => a,
): MigrationStep[] => {
  const files = auditImport(input).files;
  if (files === null) throw new Error('fixture must parse');
  const answers = edit(importToAnswers(files).answers);
  return planMigration(
    readCurrentState(files),
    buildTopology(answers, level, layout),
    files.config,
  );
};

const hooli = {
  dagsterCloudYaml: HOOLI,
  agentConfigs: [HOOLI_HELM_VALUES],
  codeowners: HOOLI_CODEOWNERS,
};
/** The user says batch-enrichment runs on GCP and the others on AWS. */
const twoClouds = (a: Answers): Answers => ({
  ...a,
  projects: a.projects.map((p) => ({
    ...p,
    compute: p.name === 'batch-enrichment' ? 'gcp' : 'aws',
  })),
});

const summary = (steps: readonly MigrationStep[]) =>
  steps.map((s) => [s.order, s.kind, s.downtime, s.title]);

describe('planMigration', () => {
  it('hooli, one agent today → agent isolation: agents and queues first, then routing', () => {
    const steps = plan(hooli, 'agent', 'monorepo', twoClouds);
    expect(summary(steps)).toEqual([
      [1, 'add-agent-queue', 'none', 'Let hooli-agent serve queue "aws"'],
      [2, 'install-agent', 'none', 'Install agent "prod-gcp-agent" serving queue "gcp"'],
      [3, 'grant-team', 'none', 'Grant team "data-eng" its code locations'],
      [4, 'grant-team', 'none', 'Grant team "analytics" its code locations'],
      [5, 'route-locations', 'brief', 'Add agent_queue "aws" to "data-eng-pipeline" and "basics"'],
      [6, 'route-locations', 'brief', 'Add agent_queue "gcp" to "batch-enrichment"'],
    ]);
    expect(steps[0]?.diff).toContain('+      - aws');
    expect(steps[1]?.diff).toContain('+++ b/agents/prod-gcp-agent/values.yaml');
    expect(steps[1]?.diff).toContain('+    includeDefaultQueue: false');
    expect(steps[5]?.diff).toBe(
      [
        '--- a/dagster_cloud.yaml',
        '+++ b/dagster_cloud.yaml',
        '@@ -37,3 +37,4 @@',
        '             resources:',
        '               requests:',
        '                 cpu: 250m',
        '+    agent_queue: gcp',
        '',
      ].join('\n'),
    );
  });

  it('the setup already matches: nothing to do', () => {
    expect(summary(plan({ dagsterCloudYaml: QUICKSTART }, 'code-location', 'monorepo'))).toEqual([
      [1, 'nothing-to-do', 'none', 'Nothing to change'],
    ]);
  });

  it('the dict form is rewritten first, then the queue is dropped at the code-location level', () => {
    const steps = plan({ dagsterCloudYaml: DICT_FORM }, 'code-location', 'monorepo');
    expect(steps.map((s) => s.kind)).toEqual(['convert-list-form', 'route-locations']);
    expect(steps[0]?.diff).toContain(
      '-  ingest:\n-    package_name: ingest.definitions\n+  - location_name: ingest',
    );
    expect(steps[1]?.title).toBe('Move "reporting" back to the default queue');
    expect(steps[1]?.diff).toContain('-    agent_queue: onprem');
  });

  it('production apart: create staging before deploying to it', () => {
    const steps = plan(hooli, 'deployment', 'monorepo', (a) => ({ ...a, prod: true }));
    const kinds = steps.map((s) => s.kind);
    expect(kinds.indexOf('create-deployment')).toBeLessThan(kinds.indexOf('deploy-to-deployment'));
    expect(steps.find((s) => s.kind === 'create-deployment')?.title).toBe(
      'Create deployment "staging"',
    );
    expect(steps.find((s) => s.kind === 'install-agent')?.title).toBe(
      'Install agent "staging-default-agent" serving the default queue',
    );
  });

  it('renames a location whose name breaks the project rule, as a brief step with its diff', () => {
    const steps = plan(
      {
        dagsterCloudYaml: file(
          'locations:',
          '  - location_name: Finance.Reports',
          '    code_source: {package_name: f}',
        ),
      },
      'code-location',
      'monorepo',
    );
    expect(summary(steps)).toEqual([
      [1, 'rename-location', 'brief', 'Rename "Finance.Reports" to "finance-reports"'],
    ]);
    expect(steps[0]?.diff).toContain(
      '-  - location_name: Finance.Reports\n+  - location_name: finance-reports',
    );
  });

  it('monorepo → a repository per team: create repositories first, move locations at cut-over', () => {
    const steps = plan(hooli, 'code-location', 'multirepo');
    const creates = steps.filter((s) => s.kind === 'create-repository');
    const moves = steps.filter((s) => s.kind === 'move-to-repository');
    expect(creates.map((s) => s.title)).toEqual([
      'Create repository "dagster-data-eng" for team "data-eng"',
      'Create repository "dagster-analytics" for team "analytics"',
      'Create repository "dagster-unassigned" for team "unassigned"',
    ]);
    expect(creates[1]?.diff).toContain('+++ b/dagster-analytics/dagster_cloud.yaml');
    expect(moves).toHaveLength(3);
    expect(Math.min(...moves.map((s) => s.order))).toBeGreaterThan(
      Math.max(...creates.map((s) => s.order)),
    );
    expect(moves[2]?.detail).toContain('retire its deploy workflow');
    expect(moves[2]?.diff).toContain('+locations: []');
  });

  it.each([
    ['code-location', 'monorepo'],
    ['agent', 'monorepo'],
    ['deployment', 'multirepo'],
  ] as const)(
    '%s/%s: numbered in order, no-downtime preparation before cut-overs',
    (level, layout) => {
      const steps = plan(hooli, level, layout, (a) => ({ ...twoClouds(a), prod: true }));
      expect(steps.map((s) => s.order)).toEqual(steps.map((_, i) => i + 1));
      const phases = steps.map((s) => STEP_KINDS[s.kind].phase);
      expect(phases).toEqual([...phases].sort());
      for (const s of steps) expect(s.downtime).toBe(STEP_KINDS[s.kind].downtime);
    },
  );
});
