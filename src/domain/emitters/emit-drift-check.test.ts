import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { PERSONAS, type PersonaId } from '../__fixtures__/personas';
import { ADVISOR_VERSION } from '../advisor-version';
import type { Answers } from '../questionnaire/schemas';
import { rankOptions } from '../scoring/rank-options';
import { buildTopology } from '../topology/build-topology';
import { ADVISOR_TARBALL, CODE_QUALITY_REPORT, DRIFT_WORKFLOW_PATH } from './emit-drift-check';
import { GITLAB_CI_PATH } from './emit-gitlab-ci';
import { emitAll } from './emitters';
import { gitlabCiSchema, type GitlabJob } from './gitlab-ci-schema';
import type { GeneratedFile } from './types';

const withCheck = (answers: Answers, ci: Answers['ci']): Answers => ({
  ...answers,
  ci,
  targets: ['drift-check'],
});

const emit = (answers: Answers) => {
  const ranking = rankOptions(answers);
  const topology = buildTopology(answers, ranking.recommended, ranking.layout.layout);
  const files = emitAll(answers, topology, {
    shareUrl: 'https://advisor.example/#v=1',
    extraTargets: answers.targets,
  });
  return { topology, files };
};

const endsWith = (files: readonly GeneratedFile[], path: string) =>
  files.filter((f) => f.path === path || f.path.endsWith(`/${path}`));

const IDS = Object.keys(PERSONAS) as PersonaId[];

type Workflow = {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: { run?: string; env?: Record<string, string> }[] }>;
};

describe('the drift-check target on GitHub', () => {
  it.each(IDS)('%s: one workflow per repository, action-validator clean', (id) => {
    const { topology, files } = emit(withCheck(PERSONAS[id], 'github'));
    const workflows = endsWith(files, DRIFT_WORKFLOW_PATH);
    expect(workflows.map((f) => f.repo)).toEqual(topology.repos.map((r) => r.name));
    for (const file of workflows) {
      expect(validateWorkflow(file.content).errors, file.path).toEqual([]);
      const workflow = parse(file.content) as Workflow;
      // Every pull request, read-only.
      expect(Object.keys(workflow.on)).toEqual(['pull_request']);
      expect(workflow.permissions).toEqual({ contents: 'read' });
      const run = Object.values(workflow.jobs)
        .flatMap((j) => j.steps)
        .find((s) => s.run);
      expect(run?.env).toEqual({ ISOLATION_ADVISOR: ADVISOR_TARBALL });
      expect(run?.run).toBe(
        `npx --yes "$ISOLATION_ADVISOR" check .${
          topology.repos.length > 1 ? ` --repo ${file.repo ?? ''}` : ''
        } --format github`,
      );
      // How the job gets the tool is said in the file.
      expect(file.content).toContain(`tools/isolation-advisor-${ADVISOR_VERSION}.tgz`);
      expect(file.content).toContain('not published on npm');
    }
  });

  it('is not there unless asked for, and adds no job to GitLab pipelines of GitHub users', () => {
    const { files } = emit({ ...PERSONAS.twoClouds, ci: 'github' });
    expect(endsWith(files, DRIFT_WORKFLOW_PATH)).toEqual([]);
  });

  it('says in SETUP.md how the job gets the tool', () => {
    const { files } = emit(withCheck(PERSONAS.twoClouds, 'github'));
    const setup = files.find((f) => f.path === 'SETUP.md')?.content ?? '';
    expect(setup).toContain(`- [ ] Drift check: \`${DRIFT_WORKFLOW_PATH}\``);
    expect(setup).toContain('run "npm pack" in a clone of Isolation Advisor');
  });
});

describe('the drift-check target on GitLab', () => {
  it.each(IDS)('%s: a merge-request job with a Code Quality report, schema-valid', (id) => {
    const { topology, files } = emit(withCheck(PERSONAS[id], 'gitlab'));
    const pipelines = endsWith(files, GITLAB_CI_PATH);
    expect(pipelines).toHaveLength(topology.repos.length);
    expect(endsWith(files, DRIFT_WORKFLOW_PATH)).toEqual([]);
    for (const file of pipelines) {
      const pipeline = parse(file.content) as Record<string, unknown>;
      expect(gitlabCiSchema.safeParse(pipeline).error?.issues ?? []).toEqual([]);
      const job = pipeline['isolation-advisor-drift'] as GitlabJob;
      expect(job.stage).toBe('check');
      expect(job.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
      expect(job.artifacts).toEqual({
        when: 'always',
        reports: { codequality: CODE_QUALITY_REPORT },
      });
      const repoArg = topology.repos.length > 1 ? ` --repo ${file.repo ?? ''}` : '';
      expect(job.script).toEqual([
        `npx --yes "$ISOLATION_ADVISOR" check .${repoArg} --format gitlab > ${CODE_QUALITY_REPORT} || { status=$?; npx --yes "$ISOLATION_ADVISOR" check .${repoArg}; exit $status; }`,
      ]);
    }
  });

  // A repository without branch deployments gets merge-request pipelines for the check alone:
  // no build, deploy or token job joins them.
  it.each(IDS)('%s: merge requests run the drift job and nothing they did not run before', (id) => {
    const MR = '$CI_PIPELINE_SOURCE == "merge_request_event"';
    const onMergeRequests = (content: string): string[] => {
      const pipeline = parse(content) as Record<string, unknown>;
      const workflow = pipeline.workflow as { rules: { if?: string }[] };
      if (!workflow.rules.some((r) => r.if === MR)) return [];
      return Object.entries(pipeline)
        .filter(([key]) => !['variables', 'stages', 'workflow'].includes(key))
        .filter(([, job]) => {
          const rules = (job as GitlabJob).rules;
          const first = rules?.find((r) => r.if === undefined || r.if === MR);
          return rules === undefined || (first !== undefined && first.when !== 'never');
        })
        .map(([key]) => key);
    };
    const before = endsWith(emit({ ...PERSONAS[id], ci: 'gitlab' }).files, GITLAB_CI_PATH);
    const after = endsWith(emit(withCheck(PERSONAS[id], 'gitlab')).files, GITLAB_CI_PATH);
    expect(after.map((f) => f.path)).toEqual(before.map((f) => f.path));
    after.forEach((file, i) => {
      expect(onMergeRequests(file.content).sort(), file.path).toEqual(
        [...onMergeRequests(before[i]?.content ?? ''), 'isolation-advisor-drift'].sort(),
      );
    });
  });

  it('our GitLab schema still refuses an artifacts block with neither paths nor a report', () => {
    const { files } = emit(withCheck(PERSONAS.twoClouds, 'gitlab'));
    const pipeline = parse(endsWith(files, GITLAB_CI_PATH)[0]?.content ?? '') as Record<
      string,
      GitlabJob
    >;
    const job = pipeline['isolation-advisor-drift'];
    expect(
      gitlabCiSchema.safeParse({
        ...pipeline,
        'isolation-advisor-drift': { ...job, artifacts: { when: 'always' } },
      }).success,
    ).toBe(false);
  });
});
