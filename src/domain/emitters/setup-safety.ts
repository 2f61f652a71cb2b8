/**
 * The parts of SETUP.md that make the files safe to commit (issue #10 §1, §2): what to read
 * first (the notices the results page shows), who gets which role (never a Pro-only step below
 * Pro), which CI token deploys where, and the code-owner review that guards routing.
 */
import { separatedTeamsOf, teamsOf, type Answers } from '../questionnaire/schemas';
import { PLAN_LIMITS } from '../scoring/plans';
import type { Topology } from '../topology/types';
import { ROLE_LABELS, teamGrantsOf, teamsIn } from './access';
import { configFormatOf } from './config-format';
import { needsPlatformOwners } from './emit-codeowners';
import { TERRAFORM_PATH } from './emit-terraform';
import { fileNoticesOf, noticeGroups } from './file-notices';
import { PLACEHOLDERS, usesQueues } from './placement';
import {
  BRANCH_TOKEN,
  ciTokensOf,
  repoHasBranchDeployments,
  splitsCiTokens,
  type CiToken,
} from './safety';

const code = (names: readonly string[]): string => names.map((n) => `\`${n}\``).join(', ');

/** "Read first": the notices, or nothing when there is nothing to warn about. */
export const readFirstSection = (answers: Answers, topology: Topology): string[] => {
  const groups = noticeGroups(answers, fileNoticesOf(answers, topology));
  if (groups.length === 0) return [];
  return [
    '## Read first',
    '',
    'The results page shows these notes too; they hold until you change the answers.',
    '',
    ...groups.flatMap((g) => [`**${g.heading}**`, '', ...g.items.map((i) => `- ${i}`), '']),
  ];
};

/** True when a confidential team has a deployment of its own in this topology. */
const confidentialTeamsApart = (answers: Answers, topology: Topology): boolean => {
  const separated = separatedTeamsOf(answers);
  return topology.deployments.some((d) => {
    const owners = teamsIn(d);
    return owners.length > 0 && owners.every((t) => separated.includes(t));
  });
};

const proAccess = (answers: Answers, topology: Topology, terraform: boolean): string[] => {
  const grants = teamGrantsOf(answers, topology);
  const lines = [
    'Create one Dagster+ team per team below (Teams are Pro; Organization Admin), then grant roles',
    'per deployment (Terraform: `dagsterplus_team`, `dagsterplus_team_deployment_grant` with',
    '`location_grants`). Any access to a deployment shows all of its code locations (at least',
    'Viewer); only separate deployments hide assets and runs.',
    ...(grants.some((g) => g.role === 'LAUNCHER' || g.overrideRole === 'LAUNCHER')
      ? [
          '',
          'Production deployments with a non-production twin grant Launcher, not Editor: teams run and',
          're-run jobs there, while code, schedules and settings change through CI and the twin.',
        ]
      : []),
    ...(terraform ? ['', `\`${TERRAFORM_PATH}\` declares exactly these teams and grants.`] : []),
    '',
  ];
  for (const d of topology.deployments) {
    const here = grants.filter((g) => g.deployment === d.name);
    for (const g of here.filter((x) => x.locations.length > 0)) {
      lines.push(
        g.overrideLocations.length > 0
          ? `- [ ] \`${d.name}\`: team \`${g.team}\` Viewer on the deployment, ${ROLE_LABELS[g.overrideRole]} override on ${code(g.overrideLocations)} (per-location overrides are Pro).`
          : `- [ ] \`${d.name}\`: team \`${g.team}\` ${ROLE_LABELS[g.role]} (code locations ${code(g.locations)}).`,
      );
    }
    const viewers = here.filter((x) => x.locations.length === 0).map((x) => x.team);
    if (viewers.length > 0) {
      lines.push(
        `- [ ] \`${d.name}\`: team${viewers.length === 1 ? '' : 's'} ${code(viewers)} Viewer (no code location of ${viewers.length === 1 ? 'its' : 'theirs'} there).`,
      );
    }
  }
  const apart = answers.sod === 'confidential' && confidentialTeamsApart(answers, topology);
  lines.push(
    ...(apart
      ? [
          "- [ ] No grant crosses a confidential team's deployments, in either direction; overrides can",
          '  only add permissions, never remove them.',
        ]
      : answers.sod === 'none'
        ? []
        : [
            '- [ ] Overrides can only add permissions, never remove them: grant nothing beyond this list.',
          ]),
    '- [ ] Branch deployments are a separate grant, per base deployment',
    '  (`dagsterplus_team_branch_deployments_grant` with `parent_deployment`): give each team the',
    "  grant for its own deployments' branch deployments only.",
    '',
  );
  return lines;
};

/** Below Pro: roles per user and deployment only; say what separating teams would need. */
const basicAccess = (answers: Answers, topology: Topology): string[] => {
  const label = PLAN_LIMITS[answers.plan].label;
  const teams = teamsOf(answers);
  const separated = separatedTeamsOf(answers);
  return [
    `Teams, per-location roles and the Launcher role are Dagster+ Pro; on ${label}, grant each user a`,
    'role per deployment (Organization Settings → Users):',
    '',
    ...topology.deployments.map(
      (d) =>
        `- [ ] \`${d.name}\`: Editor to the members of ${code(teamsIn(d))} who deploy or change schedules, Viewer to everyone else.`,
    ),
    '- [ ] Branch deployments are a separate grant: give it to those who open pull requests.',
    '',
    `Every user with access to a deployment sees every code location in it, and an Editor can change${teams.length > 1 ? ' any team’s' : ' every'} project.`,
    ...(separated.length > 0 && teams.length > 1
      ? [
          `Keeping ${code(separated)} apart would need Dagster+ Pro: Teams with per-location overrides${
            answers.sod === 'confidential'
              ? ', and a deployment of its own for a team whose assets others must not see'
              : ''
          }.`,
        ]
      : []),
    '',
  ];
};

export const accessSection = (
  answers: Answers,
  topology: Topology,
  terraform: boolean,
): string[] => [
  '## 3. Team access (RBAC)',
  '',
  ...(PLAN_LIMITS[answers.plan].hasLocationRoles
    ? proAccess(answers, topology, terraform)
    : basicAccess(answers, topology)),
];

const WHERE = {
  github: (t: CiToken) =>
    `GitHub environment \`${t.githubEnvironment}\`, secret \`DAGSTER_CLOUD_API_TOKEN\``,
  gitlab: (t: CiToken) => `CI/CD variable \`${t.gitlabVariable}\` (masked)`,
  other: (t: CiToken) => `a masked CI secret named like \`${t.gitlabVariable}\``,
} as const satisfies Record<Answers['ci'], (t: CiToken) => string>;

const GUARD = {
  github: {
    production: 'deployment branches: `main`, `master` only',
    staging: 'deployment branches: `staging` only',
    branch: 'any branch',
  },
  gitlab: {
    production: 'protected: only the protected default branch gets it',
    staging: 'protected: protect the `staging` branch too',
    branch: 'not protected, so merge-request pipelines get it',
  },
  other: {
    production: 'only pipelines of the default branch may read it',
    staging: 'only pipelines of the staging branch may read it',
    branch: 'readable by merge-request pipelines',
  },
} as const satisfies Record<Answers['ci'], Record<'production' | 'staging' | 'branch', string>>;

/**
 * The CI token lines when tokens are split (production split or teams separated), else null:
 * one agent token per deployment, protected, and a separate branch-deployment token.
 */
export const ciTokenSection = (answers: Answers, topology: Topology): string[] | null => {
  if (!splitsCiTokens(answers, topology)) return null;
  // Each token with the repositories whose pipeline reads it: a repository sets only those.
  const tokens = new Map<string, { token: CiToken; repos: string[] }>();
  for (const repo of topology.repos) {
    for (const t of ciTokensOf(topology, repo)) {
      const seen = tokens.get(t.githubEnvironment) ?? { token: t, repos: [] };
      tokens.set(t.githubEnvironment, { token: t, repos: [...seen.repos, repo.name] });
    }
  }
  const staging = new Set(
    topology.deployments.flatMap((d) => (d.mirrors === null ? [] : [d.name])),
  );
  const where = (t: CiToken, repos: readonly string[]): string =>
    WHERE[answers.ci](t) + (topology.repos.length > 1 ? ` in ${code(repos)}` : '');
  const lines = [...tokens.values()].map(({ token: t, repos }) =>
    t.deployment === null
      ? `  - [ ] Branch deployments: a token with only "All branch deployments" → ${where(t, repos)}; ${GUARD[answers.ci].branch}.`
      : `  - [ ] \`${t.deployment}\`: a token granted on \`${t.deployment}\` only → ${where(t, repos)}; ${GUARD[answers.ci][staging.has(t.deployment) ? 'staging' : 'production']}.`,
  );
  const branches = topology.repos.some((r) => repoHasBranchDeployments(topology, r));
  return [
    `- [ ] CI deploys with agent tokens (Dagster+ tells CI to use one), one per deployment${branches ? ' and one for' : ','}`,
    `  ${branches ? 'branch deployments, ' : ''}never an agent's own token. Create each in Organization Settings → Tokens,`,
    '  turn "Org Agent" off and grant only what the line says (Terraform: `dagsterplus_agent_token`',
    `  with \`organization = false\`, \`deployment_grants\`${branches ? ', `all_branch_deployments`' : ''}):`,
    ...lines,
    ...(answers.ci === 'github'
      ? [
          '  Environments with secrets and deployment branches need a public repository or GitHub Pro,',
          '  Team or Enterprise; required reviewers on a private repository need Enterprise.',
        ]
      : answers.ci === 'gitlab'
        ? [
            '  Protected environments (Premium) can also restrict who runs the deploy jobs: their',
            '  `environment` is `dagster-<deployment>`.',
          ]
        : []),
    ...(branches
      ? [
          '  UNCERTAIN: whether a token granted only on branch deployments may create one from its base',
          '  deployment (`ci init --deployment <base>`): if CI is refused, grant it Viewer on the base, never',
          '  more. An agent token cannot be limited to the branch deployments of one deployment, so any',
          `  pipeline holding \`${answers.ci === 'github' ? BRANCH_TOKEN.githubEnvironment : BRANCH_TOKEN.gitlabVariable}\`'s token can deploy to every branch deployment.`,
        ]
      : []),
    '  UNCERTAIN: Dagster+ service users take per-deployment roles and per-base branch grants',
    '  (Terraform `dagsterplus_service_user`); whether `dagster-cloud ci` accepts their tokens is not documented.',
  ];
};

/**
 * The code-owner review step, when the platform owners own the Dagster+ and CI files: it names
 * the deploy configuration the files use, and `agent_queue` only where queues route code (never
 * below Pro, where there are none).
 */
export const codeOwnerReviewLines = (answers: Answers, topology: Topology): string[] =>
  needsPlatformOwners(answers, topology)
    ? [
        `- [ ] Create the \`${PLACEHOLDERS.platformTeam}\` team (the platform owners) in your ${answers.ci === 'gitlab' ? 'GitLab group' : 'organisation'} and turn on`,
        `  code-owner review for the default branch (${answers.ci === 'gitlab' ? 'protected branch, "Code owner approval"; Premium' : 'branch protection, "Require review from Code Owners"'}): CODEOWNERS`,
        `  gives them ${configFormatOf(answers, topology).format === 'dg' ? 'the dg files' : '`dagster_cloud.yaml`'} and the CI files, ${
          usesQueues(topology)
            ? 'so nobody re-points an `agent_queue` unreviewed.'
            : 'so no team changes how code is built and deployed unreviewed.'
        }`,
      ]
    : [];
