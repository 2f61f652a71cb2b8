/**
 * Shared lookups for emitters: where a repository's files go, which registry it pushes to, and
 * which deployments its code locations are deployed to. Placeholders the user must replace are
 * listed once in PLACEHOLDERS so SETUP.md can name them all.
 */
import type { Answers } from '../questionnaire/schemas';
import { agentsOf } from '../topology/build-topology';
import type { DeploymentNode, LocationNode, RepoNode, Topology } from '../topology/types';

/** Values the user must replace; each appears verbatim in the generated files. */
export const PLACEHOLDERS = {
  dagsterOrganization: 'your-dagster-org',
  githubOrganization: 'your-github-org',
  gitlabGroup: 'your-gitlab-group',
  registryHost: 'registry.example.com',
  awsAccountId: '123456789012',
  awsRegion: 'us-east-1',
  /** The team that owns the Dagster+ and CI files in CODEOWNERS. */
  platformTeam: 'your-platform-team',
} as const satisfies Record<string, string>;

/**
 * Image registry per repository; must equal the workflow's IMAGE_REGISTRY. ECS agents pull from
 * ECR; otherwise the CI provider's own registry (GHCR, GitLab) or a placeholder host.
 */
export const registryFor = (answers: Pick<Answers, 'agent' | 'ci'>, repo: string): string => {
  if (answers.agent === 'ecs') {
    return `${PLACEHOLDERS.awsAccountId}.dkr.ecr.${PLACEHOLDERS.awsRegion}.amazonaws.com/${repo}`;
  }
  switch (answers.ci) {
    case 'github':
      return `ghcr.io/${PLACEHOLDERS.githubOrganization}/${repo}`;
    case 'gitlab':
      return `registry.gitlab.com/${PLACEHOLDERS.gitlabGroup}/${repo}`;
    case 'other':
      return `${PLACEHOLDERS.registryHost}/${repo}`;
  }
};

/** Owner prefix in CODEOWNERS: the GitLab group or the GitHub organisation. */
export const codeOwnerOrg = (answers: Pick<Answers, 'ci'>): string =>
  answers.ci === 'gitlab' ? PLACEHOLDERS.gitlabGroup : PLACEHOLDERS.githubOrganization;

/** The placeholders that appear in the files generated for `answers`. */
export const placeholdersFor = (answers: Pick<Answers, 'agent' | 'ci'>): string[] => [
  PLACEHOLDERS.dagsterOrganization,
  codeOwnerOrg(answers),
  ...(answers.agent === 'ecs'
    ? [PLACEHOLDERS.awsAccountId, PLACEHOLDERS.awsRegion]
    : answers.ci === 'other'
      ? [PLACEHOLDERS.registryHost]
      : []),
];

/** Path inside the download: prefixed by the repository folder when there are several. */
export const repoFilePath = (topology: Topology, repo: string, path: string): string =>
  topology.repos.length > 1 ? `${repo}/${path}` : path;

/**
 * Where a repository's locations are deployed. A "target" is a production deployment plus its
 * non-production twin (if any); a repository usually has one target, a one-repository layout
 * with team deployments has several.
 */
export type DeployTarget = {
  production: string;
  staging: string | null;
  /** The repository's locations deployed there, in project order (one node per location). */
  locations: readonly LocationNode[];
};

const locationsByDeployment = (deployment: DeploymentNode): LocationNode[] =>
  deployment.agents.flatMap((a) => a.locations);

/** Deploy targets of `repo`, in deployment order. */
export const deployTargetsOf = (topology: Topology, repo: RepoNode): DeployTarget[] =>
  topology.deployments
    .filter((d) => d.mirrors === null)
    .map((production) => {
      const here = locationsByDeployment(production).filter((l) => l.repo === repo.name);
      const locations = repo.locations
        .map((name) => here.find((l) => l.name === name))
        .filter((l): l is LocationNode => l !== undefined);
      const staging = topology.deployments.find((d) => d.mirrors === production.name);
      return { production: production.name, staging: staging?.name ?? null, locations };
    })
    .filter((t) => t.locations.length > 0);

/** The placement of each location in the repository (first deployment it appears in). */
export const repoLocations = (topology: Topology, repo: RepoNode): LocationNode[] =>
  deployTargetsOf(topology, repo).flatMap((t) => t.locations);

/** True when the topology routes at least one location to a named agent queue. */
export const usesQueues = (topology: Topology): boolean =>
  agentsOf(topology).some((a) => a.queues.length > 0);
