/**
 * The CI jobs that deploy to one deployment, as the app's pipeline files have them, per
 * repository: GitHub Actions (the default) or GitLab CI/CD. The pipeline was not imported, so the
 * diff is a fragment to add. The jobs come from the emitters as data, exactly as they write them.
 */
import type { DeployTarget } from '../../emitters/placement';
import { toYamlAny as toYaml } from '../../emitters/to-yaml-any';
import type { DeploymentNode, RepoNode } from '../../topology/types';
import type { PlanContext } from './context';
import { fragmentDiff } from './files';

export type CiChange = { diff: string; paths: string[] };

type Part = { path: string; diff: string };

/** What a repository's pipeline file holds for the targets `here` keeps, and what to say. */
type Fragment = { body: Record<string, unknown>; comment: string[] };

/** A repository's pipeline file (at `path`) and the deployment `d` its fragment deploys to. */
type Place = {
  ctx: PlanContext;
  repo: RepoNode;
  d: DeploymentNode;
  here: (t: DeployTarget) => boolean;
  path: string;
};

const gitlabFragment = ({ ctx, repo, d, here, path }: Place): Fragment => {
  const { kit, answers, recommended } = ctx;
  const mirror = d.mirrors !== null;
  // As the pipeline file of these answers has them (the drift check keeps jobs off merge requests).
  const drift = answers.targets.includes('drift-check');
  const jobs = kit
    .gitlabTargetJobs(answers, recommended, repo, drift)
    .filter((t) => here(t.target));
  return {
    body: {
      ...(mirror ? { workflow: kit.gitlabWorkflow(answers, recommended, repo, drift) } : {}),
      ...Object.fromEntries(jobs.flatMap((t) => [...t.builds, ...t.deploys])),
    },
    comment: [
      `Fragment of ${path}: the jobs that build and deploy to ${d.name}, as the app generates them.`,
      `Your pipeline was not imported: add these jobs to it${mirror ? ' and the staging rule to workflow:rules' : ''}.`,
    ],
  };
};

const githubFragment = ({ ctx, repo, d, here, path }: Place): Fragment => {
  const { kit, answers, recommended } = ctx;
  const mirror = d.mirrors !== null;
  const jobs = kit.githubDeployJobs(answers, recommended, repo).filter((j) => here(j.target));
  return {
    body: {
      ...(mirror ? { on: kit.githubTriggers(kit.deployTargetsOf(recommended, repo)) } : {}),
      jobs: Object.fromEntries(jobs.map((j) => [j.name, j.job])),
    },
    comment: [
      `Fragment of ${path}: the ${mirror ? 'trigger and the ' : ''}deploy job for ${d.name}, as the app generates ${mirror ? 'them' : 'it'}.`,
      `Your workflow was not imported: merge this into it (the job under jobs:${mirror ? ', the staging branch under on.push' : ''}).`,
    ],
  };
};

/** The CI change of one repository: GitLab's pipeline, or GitHub's workflow (the default). */
const partFor = (
  ctx: PlanContext,
  repo: RepoNode,
  d: DeploymentNode,
  here: (t: DeployTarget) => boolean,
): Part => {
  const { kit } = ctx;
  const gitlab = ctx.answers.ci === 'gitlab';
  const path = kit.repoFilePath(
    ctx.recommended,
    repo.name,
    gitlab ? kit.GITLAB_CI_PATH : kit.WORKFLOW_PATH,
  );
  const { body, comment } = (gitlab ? gitlabFragment : githubFragment)({
    ctx,
    repo,
    d,
    here,
    path,
  });
  return { path, diff: fragmentDiff(toYaml(body, comment), path) };
};

/** The jobs deploying to `d` in every repository that has some. */
export const ciChangeFor = (ctx: PlanContext, d: DeploymentNode): CiChange => {
  const here = (t: DeployTarget) => t.production === d.name || t.staging === d.name;
  const parts = ctx.recommended.repos.flatMap((repo) => {
    if (!ctx.kit.deployTargetsOf(ctx.recommended, repo).some(here)) return [];
    return [partFor(ctx, repo, d, here)];
  });
  return { diff: parts.map((p) => p.diff).join(''), paths: parts.map((p) => p.path) };
};
