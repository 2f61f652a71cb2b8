/**
 * The CI jobs that deploy to one deployment, as the app's pipeline files have them, per
 * repository: GitHub Actions (the default) or GitLab CI/CD. The pipeline was not imported, so the
 * diff is a fragment to add. The jobs come from the emitters as data, exactly as they write them.
 */
import type { DeployTarget } from '../../emitters/placement';
import { toYaml } from '../../emitters/to-yaml';
import type { DeploymentNode, RepoNode } from '../../topology/types';
import type { PlanContext } from './context';
import { fragmentDiff } from './files';

export type CiChange = { diff: string; paths: string[] };

type Part = { path: string; diff: string };

const gitlabPart = (
  ctx: PlanContext,
  repo: RepoNode,
  d: DeploymentNode,
  here: (t: DeployTarget) => boolean,
): Part => {
  const { kit, answers, recommended } = ctx;
  const mirror = d.mirrors !== null;
  const path = kit.repoFilePath(recommended, repo.name, kit.GITLAB_CI_PATH);
  const jobs = kit.gitlabTargetJobs(answers, recommended, repo).filter((t) => here(t.target));
  const fragment = {
    ...(mirror ? { workflow: kit.gitlabWorkflow(kit.deployTargetsOf(recommended, repo)) } : {}),
    ...Object.fromEntries(jobs.flatMap((t) => [...t.builds, ...t.deploys])),
  };
  const comment = [
    `Fragment of ${path}: the jobs that build and deploy to ${d.name}, as the app generates them.`,
    `Your pipeline was not imported: add these jobs to it${mirror ? ' and the staging rule to workflow:rules' : ''}.`,
  ];
  return { path, diff: fragmentDiff(toYaml(fragment, comment), path) };
};

const githubPart = (
  ctx: PlanContext,
  repo: RepoNode,
  d: DeploymentNode,
  here: (t: DeployTarget) => boolean,
): Part => {
  const { kit, answers, recommended } = ctx;
  const mirror = d.mirrors !== null;
  const path = kit.repoFilePath(recommended, repo.name, kit.WORKFLOW_PATH);
  const jobs = kit.githubDeployJobs(answers, recommended, repo).filter((j) => here(j.target));
  const fragment = {
    ...(mirror ? { on: kit.githubTriggers(kit.deployTargetsOf(recommended, repo)) } : {}),
    jobs: Object.fromEntries(jobs.map((j) => [j.name, j.job])),
  };
  const comment = [
    `Fragment of ${path}: the ${mirror ? 'trigger and the ' : ''}deploy job for ${d.name}, as the app generates ${mirror ? 'them' : 'it'}.`,
    `Your workflow was not imported: merge this into it (the job under jobs:${mirror ? ', the staging branch under on.push' : ''}).`,
  ];
  return { path, diff: fragmentDiff(toYaml(fragment, comment), path) };
};

/** The jobs deploying to `d` in every repository that has some. */
export const ciChangeFor = (ctx: PlanContext, d: DeploymentNode): CiChange => {
  const here = (t: DeployTarget) => t.production === d.name || t.staging === d.name;
  const parts = ctx.recommended.repos.flatMap((repo) => {
    if (!ctx.kit.deployTargetsOf(ctx.recommended, repo).some(here)) return [];
    return [
      ctx.answers.ci === 'gitlab' ? gitlabPart(ctx, repo, d, here) : githubPart(ctx, repo, d, here),
    ];
  });
  return { diff: parts.map((p) => p.diff).join(''), paths: parts.map((p) => p.path) };
};
