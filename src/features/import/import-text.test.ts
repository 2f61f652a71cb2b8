import { describe, expect, it } from 'vitest';

import {
  DICT_FORM,
  DOCKER_AGENT_ONPREM,
  HOOLI,
  HOOLI_HELM_VALUES,
  QUICKSTART,
} from '@/domain/import/__fixtures__/dagster-cloud-files';
import { auditImport } from '@/domain/import/audit';
import { readCurrentState } from '@/domain/import/current-state';
import type { MigrationStep } from '@/domain/import/migration-plan';
import type { Finding, ImportInput } from '@/domain/import/types';
import { PERSONAS } from '@/domain/__fixtures__/personas';
import { buildTopology } from '@/domain/topology/build-topology';

import {
  compareSetups,
  countsText,
  diffLineKind,
  groupByFile,
  hiddenText,
  planToMarkdown,
  toImportInput,
} from './import-text';

const currentOf = (input: ImportInput) => {
  const files = auditImport(input).files;
  if (files === null) throw new Error('fixture must parse');
  return readCurrentState(files);
};

describe('countsText', () => {
  it.each([
    [{ error: 0, warning: 0, info: 1 }, '0 errors, 0 warnings and 1 note'],
    [{ error: 1, warning: 2, info: 0 }, '1 error, 2 warnings and 0 notes'],
  ])('%o → %s', (counts, text) => {
    expect(countsText(counts)).toBe(text);
  });
});

describe('groupByFile', () => {
  const f = (file: string, line: number): Finding => ({
    id: 'unknown-key',
    severity: 'error',
    file,
    line,
    message: 'm',
    fix: 'f',
  });
  it('keeps the files in first-seen order and each group in the given order', () => {
    const groups = groupByFile([f('a', 3), f('b', 1), f('a', 1)]);
    expect(groups.map((g) => [g.file, g.findings.map((x) => x.line)])).toEqual([
      ['a', [3, 1]],
      ['b', [1]],
    ]);
  });

  it('counts what the audit counted without building it as hidden in its file', () => {
    const groups = groupByFile(
      [f('a', 1), f('b', 1)],
      [{ file: 'b', id: 'codeowners-no-team', severity: 'info', count: 1_234 }],
    );
    expect(groups.map((g) => [g.file, g.total, g.hidden.info])).toEqual([
      ['a', 1, 0],
      ['b', 1_235, 1_234],
    ]);
    const b = groups[1];
    if (b === undefined) throw new Error('two groups');
    expect(hiddenText(b)).toBe(
      '1,234 more findings are not shown (1,234 notes): fix the ones above and check again.',
    );
  });
});

describe('toImportInput', () => {
  it.each([
    [['', '  '], '', { dagsterCloudYaml: 'x' }],
    [['a', ''], '* @o/t', { dagsterCloudYaml: 'x', agentConfigs: ['a'], codeowners: '* @o/t' }],
  ])('drops empty optional files (%o, %j)', (agents, codeowners, expected) => {
    expect(toImportInput('x', agents, codeowners)).toEqual(expected);
  });
});

describe('compareSetups', () => {
  it('quickstart today vs a two-cloud agent topology: every row but the layout changes', () => {
    const rows = compareSetups(
      currentOf({ dagsterCloudYaml: QUICKSTART }),
      buildTopology(PERSONAS.twoClouds, 'agent', 'monorepo'),
    );
    expect(rows.map((r) => [r.label, r.today, r.changed])).toEqual([
      ['Isolation level', 'Code location isolation', true],
      ['Repository layout', 'One repository (monorepo)', false],
      ['Deployments', 'prod (assumed)', false],
      ['Agents', 'not given', true],
      ['Agent queues', 'default queue', true],
    ]);
    expect(rows[0]?.recommended).toBe('Agent isolation');
  });

  it.each([
    [
      'hooli with its Helm values',
      { dagsterCloudYaml: HOOLI, agentConfigs: [HOOLI_HELM_VALUES] },
      'hooli-agent',
      'default queue',
    ],
    [
      'the dict form with a Docker agent',
      { dagsterCloudYaml: DICT_FORM, agentConfigs: [DOCKER_AGENT_ONPREM] },
      'agent 1',
      'onprem, default queue',
    ],
  ])('%s: agents and queues as read today', (_, input, agents, queues) => {
    const rows = compareSetups(
      currentOf(input),
      buildTopology(PERSONAS.oneTeamOneCloud, 'code-location', 'monorepo'),
    );
    expect(rows.find((r) => r.label === 'Agents')?.today).toBe(agents);
    expect(rows.find((r) => r.label === 'Agent queues')?.today).toBe(queues);
  });
});

describe('diffLineKind', () => {
  it.each([
    ['--- a/dagster_cloud.yaml', 'file'],
    ['+++ b/dagster_cloud.yaml', 'file'],
    ['@@ -1,3 +1,4 @@', 'hunk'],
    ['+    agent_queue: gcp', 'add'],
    ['-    agent_queue: onprem', 'remove'],
    ['   locations:', 'context'],
  ] as const)('%s → %s', (line, kind) => {
    expect(diffLineKind(line)).toBe(kind);
  });
});

describe('planToMarkdown', () => {
  it('a table, then one heading per step with its downtime, detail and a diff block', () => {
    const steps: MigrationStep[] = [
      {
        id: 'route',
        kind: 'route-locations',
        title: 'Add agent_queue "gcp" to "ml"',
        detail: 'Deploy.',
        diff: '--- a/x\n+++ b/x\n+q\n',
        downtime: 'brief',
        order: 1,
      },
    ];
    const rows = [{ label: 'Isolation level', today: 'A', recommended: 'B', changed: true }];
    expect(planToMarkdown(rows, steps)).toBe(
      [
        '# Migration plan',
        '',
        '| | Today | Recommended |',
        '| --- | --- | --- |',
        '| Isolation level | A | B |',
        '',
        '## Steps',
        '',
        '### 1. Add agent_queue "gcp" to "ml" (brief downtime)',
        '',
        'Deploy.',
        '',
        '```diff',
        '--- a/x',
        '+++ b/x',
        '+q',
        '```',
        '',
      ].join('\n'),
    );
  });
});
