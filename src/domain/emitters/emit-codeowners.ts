/**
 * CODEOWNERS per repository: each project folder is owned by its team, so changes need that
 * team's review (the guide's "code owners" for one repository). In a repository per team the
 * whole repository is owned by the team. GitHub and GitLab read the same line syntax
 * (`/<folder>/ @<org>/<team>`); the organisation is a placeholder.
 *
 * Safe by default (issue #10 §1): when several teams share Dagster+ or agent queues route code,
 * the Dagster+ files (`dagster_cloud.yaml`, the dg files), the CI files, CODEOWNERS itself and a
 * shared folder get lines of their own after the team lines (the last matching line wins), owned
 * by the platform owners: no team can re-point its `agent_queue` at another team's agent, or
 * change how CI deploys, without their review.
 */
import { teamsOf, type Answers } from '../questionnaire/schemas';
import type { RepoNode, Topology } from '../topology/types';
import { configFormatOf } from './config-format';
import { hashCommentHeader } from './header';
import { codeOwnerOrg, PLACEHOLDERS, repoFilePath, repoLocations, usesQueues } from './placement';
import type { EmitContext, Emitter } from './types';

const PATH_BY_CI = {
  github: '.github/CODEOWNERS',
  gitlab: '.gitlab/CODEOWNERS',
  other: 'CODEOWNERS',
} as const;

/** The CI files of a repository, as CODEOWNERS patterns. */
const CI_PATTERNS = {
  github: ['/.github/workflows/'],
  gitlab: ['/.gitlab-ci.yml'],
  other: ['/CI-DEPLOY.md'],
} as const satisfies Record<Answers['ci'], readonly string[]>;

/** The dg files, at the root and in each project folder (`[tool.dg.project]` routes a project). */
const DG_PATTERNS = [
  '/dg.toml',
  '/build.yaml',
  '/container_context.yaml',
  '/*/build.yaml',
  '/*/container_context.yaml',
  '/*/pyproject.toml',
] as const;

/**
 * Why `/dagster_cloud.yaml` is owned where the files are dg and none is written: a file added
 * later would be read by the `dagster-cloud` CLI (and older docs name build.yaml its successor),
 * so it must not slip in unreviewed and carry its own agent_queue or build settings.
 */
const DG_FORMAT_LEGACY_NOTE = [
  'No dagster_cloud.yaml is written here (the files are dg), but /dagster_cloud.yaml stays owned:',
  'the dagster-cloud CLI reads one if it is added, so a team cannot bring its own routing or build in unreviewed.',
];

/** True when the platform owners must own the Dagster+ and CI files (several teams or queues). */
export const needsPlatformOwners = (answers: Answers, topology: Topology): boolean =>
  teamsOf(answers).length > 1 || usesQueues(topology);

/** Patterns the platform owners own in `repo` (empty when `needsPlatformOwners` is false). */
export const platformOwnedPatterns = (
  answers: Answers,
  topology: Topology,
  repo: RepoNode,
  ctx: Pick<EmitContext, 'extraTargets'>,
): string[] =>
  needsPlatformOwners(answers, topology)
    ? [
        '/dagster_cloud.yaml',
        ...((ctx.extraTargets ?? []).includes('dg-project') ? DG_PATTERNS : []),
        ...CI_PATTERNS[answers.ci],
        `/${PATH_BY_CI[answers.ci]}`,
        ...(answers.share !== 'none' && repo.teams.length > 1 ? ['/shared/'] : []),
      ]
    : [];

export const emitCodeowners: Emitter = (answers, topology, ctx) =>
  topology.repos.map((repo) => {
    const owner = (team: string): string => `@${codeOwnerOrg(answers)}/${team}`;
    const locations = repoLocations(topology, repo);
    const single = repo.teams.length === 1 ? repo.teams[0] : undefined;
    const rules =
      single === undefined
        ? locations.map((l) => `/${l.directory}/ ${owner(l.team)}`)
        : [`* ${owner(single)}`];
    const platform = platformOwnedPatterns(answers, topology, repo, ctx).map(
      (pattern) => `${pattern} ${owner(PLACEHOLDERS.platformTeam)}`,
    );
    const lines = [
      ...hashCommentHeader(ctx, [
        `Owners of ${repo.name}: a change to a folder needs a review from its team.`,
        ...(platform.length > 0
          ? [
              `The Dagster+ and CI files come last (the last matching line wins): ${PLACEHOLDERS.platformTeam} reviews`,
              usesQueues(topology)
                ? 'every change to where code runs (agent_queue) and how CI deploys. Turn on code-owner review'
                : 'every change to how code is built and how CI deploys. Turn on code-owner review',
              answers.ci === 'gitlab'
                ? 'for the default branch (GitLab: protected branch, "Code owner approval").'
                : 'for the default branch (GitHub: branch protection, "Require review from Code Owners").',
            ]
          : []),
        // The dg format writes no dagster_cloud.yaml; its line stays, and says why.
        ...(platform.length > 0 && configFormatOf(answers, topology).format === 'dg'
          ? DG_FORMAT_LEGACY_NOTE
          : []),
        `Replace ${codeOwnerOrg(answers)} with your organisation and check the team slugs${
          platform.length > 0 ? `; ${PLACEHOLDERS.platformTeam} is the team that owns Dagster+` : ''
        }.`,
      ]),
      '',
      ...rules,
      ...(platform.length > 0 ? ['', ...platform] : []),
      '',
    ];
    return {
      path: repoFilePath(topology, repo.name, PATH_BY_CI[answers.ci]),
      repo: repo.name,
      kind: 'text' as const,
      content: lines.join('\n'),
      description:
        single === undefined
          ? `Maps each project folder of ${repo.name} to its owning team${platform.length > 0 ? ', and the Dagster+ and CI files to the platform owners' : ''}.`
          : `Makes team ${single} the owner of ${repo.name}${platform.length > 0 ? ', except the Dagster+ and CI files (platform owners)' : ''}.`,
    };
  });
