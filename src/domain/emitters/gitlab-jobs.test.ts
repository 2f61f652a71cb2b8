/**
 * The GitLab pipeline's jobs as data (what the migration plan shows as fragments) are exactly the
 * jobs the written `.gitlab-ci.yml` holds, by name and content, in file order.
 */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

import { PERSONAS, type PersonaId } from '../__fixtures__/personas';
import { LEVEL_IDS } from '../scoring/types';
import { buildTopology } from '../topology/build-topology';
import { targetTakesBranchDeployments } from './ci-guards';
import { DRIFT_JOB } from './emit-drift-check';
import { gitlabPipeline, gitlabTargetJobs, gitlabWorkflow } from './emit-gitlab-ci';
import { deployTargetsOf } from './placement';

const FIXED_KEYS = [
  'variables',
  'stages',
  'workflow',
  'dagster-cloud-check',
  DRIFT_JOB,
  'close-branch',
];

const CASES = (Object.keys(PERSONAS) as PersonaId[]).flatMap((persona) =>
  LEVEL_IDS.flatMap((level) =>
    (['monorepo', 'multirepo'] as const).flatMap((layout) =>
      [false, true].map((drift) => ({ persona, level, layout, drift })),
    ),
  ),
);

describe('gitlabTargetJobs and gitlabWorkflow', () => {
  it.each(CASES)(
    '$persona at $level/$layout, drift check $drift: the data is what the file holds',
    (c) => {
      const answers = { ...PERSONAS[c.persona], ci: 'gitlab' as const };
      const topology = buildTopology(answers, c.level, c.layout);
      for (const repo of topology.repos) {
        const file = parse(
          gitlabPipeline(answers, topology, repo, {
            shareUrl: '',
            extraTargets: c.drift ? ['drift-check'] : [],
          }).content,
        ) as Record<string, unknown>;
        const jobs = gitlabTargetJobs(answers, topology, repo, c.drift);
        expect(jobs.map((t) => t.target)).toEqual(deployTargetsOf(topology, repo));
        const named = [...jobs.flatMap((t) => t.builds), ...jobs.flatMap((t) => t.deploys)];
        expect(Object.keys(file).filter((k) => !FIXED_KEYS.includes(k))).toEqual(
          named.map(([name]) => name),
        );
        for (const [name, job] of named) expect(file[name], name).toEqual(job);
        expect(file.workflow).toEqual(gitlabWorkflow(answers, topology, repo, c.drift));
        // Each target builds its own locations and has a deploy job, and its merge-request twin
        // when the target takes branch deployments (none on a separated team's agent: safety, #10).
        for (const t of jobs) {
          expect(t.builds.map(([name]) => name)).toEqual(
            t.target.locations.map((l) => `build-${l.name}`),
          );
          const deploy = jobs.length === 1 ? 'deploy' : `deploy-${t.target.production}`;
          expect(t.deploys.map(([name]) => name)).toEqual(
            targetTakesBranchDeployments(topology, t.target)
              ? [deploy, `${deploy}-branch`]
              : [deploy],
          );
        }
      }
    },
  );
});
