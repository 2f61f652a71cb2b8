/**
 * Which token a CI job deploys with and whether it runs for pull requests, per deploy target
 * (issue #10 §1): the GitHub and GitLab pipelines read these, so both follow `safety.ts`.
 */
import type { Answers } from '../questionnaire/schemas';
import type { RepoNode, Topology } from '../topology/types';
import type { DeployTarget } from './placement';
import {
  BRANCH_TOKEN,
  branchPolicyOf,
  ciTokensOf,
  deploymentToken,
  repoHasBranchDeployments,
  splitsCiTokens,
} from './safety';

/** Repository-wide CI choices. */
export type RepoGuard = {
  /** One token per deployment plus a branch-deployment token (else one token for all). */
  split: boolean;
  /** Some target of the repository gets branch deployments (pull/merge requests deploy). */
  branchDeployments: boolean;
};

export const repoGuardOf = (answers: Answers, topology: Topology, repo: RepoNode): RepoGuard => ({
  split: splitsCiTokens(answers, topology),
  branchDeployments: repoHasBranchDeployments(topology, repo),
});

/** True when pull requests deploy `target` to a branch deployment. */
export const targetTakesBranchDeployments = (topology: Topology, target: DeployTarget): boolean =>
  branchPolicyOf(topology, target).branchDeployments;

/**
 * The GitHub environment a deploy job of `target` runs in (its secrets hold the token): the
 * branch-deployment environment for pull requests, the staging one on the staging branch, else
 * production.
 */
export const githubEnvironmentExpression = (
  target: DeployTarget,
  pullRequests: boolean,
): string => {
  const production = `'${deploymentToken(target.production).githubEnvironment}'`;
  const staging =
    target.staging === null
      ? ''
      : `github.ref == 'refs/heads/staging' && '${deploymentToken(target.staging).githubEnvironment}' || `;
  const branch = pullRequests
    ? `github.event_name == 'pull_request' && '${BRANCH_TOKEN.githubEnvironment}' || `
    : '';
  return branch === '' && staging === ''
    ? deploymentToken(target.production).githubEnvironment
    : `\${{ ${branch}${staging}${production} }}`;
};

/** GitLab: `$VARIABLE` holding the token for a deployment, or for branch deployments (null). */
export const gitlabTokenVariable = (deployment: string | null): string =>
  `$${deployment === null ? BRANCH_TOKEN.gitlabVariable : deploymentToken(deployment).gitlabVariable}`;

/**
 * The deployment tokens a repository's pipeline uses when tokens are split, as the CI provider
 * names them (GitHub environments, GitLab variables): the branch-deployment token apart, and
 * only when the pipeline deploys pull/merge requests. A file names these and no others.
 */
export const repoTokenNames = (
  topology: Topology,
  repo: RepoNode,
  name: 'githubEnvironment' | 'gitlabVariable',
): { deployments: string[]; branch: string | null } => {
  const tokens = ciTokensOf(topology, repo);
  return {
    deployments: tokens.filter((t) => t.deployment !== null).map((t) => t[name]),
    branch: tokens.some((t) => t.deployment === null) ? BRANCH_TOKEN[name] : null,
  };
};
