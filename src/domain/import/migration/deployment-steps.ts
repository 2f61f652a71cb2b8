/**
 * The deployments' and teams' steps: create the deployments that do not exist (with their run
 * queue limits), grant each team its deployments and locations (both shown as the Terraform
 * target declares them), deploy to the new deployments side by side (preparation), and move a
 * location out of today's deployment (cut-over).
 */
import { ROLE_LABELS, type TeamGrant } from '../../emitters/access';
import { toYamlAny as toYaml } from '../../emitters/to-yaml-any';
import { EXISTING_DEPLOYMENT, type DeploymentNode } from '../../topology/types';
import { listText, quotedList } from '../findings';
import { UNASSIGNED_TEAM } from '../to-answers';
import { ciChangeFor } from './ci-change';
import type { PlanContext } from './context';
import { declareResources, newFileDiff, type Resources, type StepBuilder } from './files';
import type { Draft } from './types';

const grantText = (g: TeamGrant): string =>
  `${ROLE_LABELS[g.role]} in "${g.deployment}"${
    g.overrideLocations.length > 0
      ? ` with ${ROLE_LABELS[g.overrideRole]} on ${quotedList(g.overrideLocations)} (per-location grants)`
      : ''
  }`;

/** True when `name` is one of today's deployments as the agent configs tell (not assumed). */
const existedToday = (ctx: PlanContext, name: string): boolean =>
  ctx.current.deploymentsKnown && ctx.current.deployments.includes(name);

const createDeployment = (
  ctx: PlanContext,
  d: DeploymentNode,
  terraform: Resources | null,
): { draft: Draft; terraform: Resources } => {
  const { kit } = ctx;
  const settings = kit.needsRunLimits(d)
    ? kit.deploymentSettingsOf(d, ctx.answers.dagsterVersion)
    : null;
  const declared = declareResources(kit, terraform, {
    dagsterplus_deployment: { [d.name]: kit.deploymentResource(d.name) },
  });
  const draft: Draft = {
    id: `create-deployment:${d.name}`,
    kind: 'create-deployment',
    title: `Create deployment "${d.name}"`,
    detail: `${d.purpose}. An Organization Admin creates it in Dagster+ (Deployments → "+ New deployment"); the diff shows the Terraform equivalent, the dagsterplus_deployment resource of the Terraform target's ${kit.TERRAFORM_PATH}. Extra full deployments need Dagster+ Pro. Start with empty permissions unless everyone in ${ctx.primaryDeployment} should see it. Nothing runs there yet.${
      settings === null
        ? ''
        : ` Once it exists, apply the run queue limits of ${settings.path} (dagster-cloud deployment settings set-from-file): a high-volume location shares its run queue.`
    }`,
    diff:
      settings === null
        ? declared.diff
        : declared.diff + newFileDiff(toYaml(settings.settings, settings.notes), settings.path),
  };
  return { draft, terraform: declared.terraform };
};

/** Preparation: every recommended deployment that does not exist yet. */
export const createDeployments: StepBuilder = (ctx, files) => {
  const drafts: Draft[] = [];
  let { terraform } = files;
  for (const d of ctx.recommended.deployments) {
    if (ctx.current.deployments.includes(d.name)) continue;
    const created = createDeployment(ctx, d, terraform);
    drafts.push(created.draft);
    terraform = created.terraform;
  }
  return { drafts, files: { ...files, terraform } };
};

const grantTeam = (
  ctx: PlanContext,
  team: string,
  grants: readonly TeamGrant[],
  terraform: Resources | null,
): { draft: Draft; terraform: Resources } => {
  const { kit } = ctx;
  // A deployment that exists but is not declared here is named, not referenced.
  const declared = (deployment: string) =>
    terraform?.dagsterplus_deployment?.[deployment] !== undefined;
  const resource = (g: TeamGrant) =>
    g.deployment === EXISTING_DEPLOYMENT || declared(g.deployment)
      ? kit.grantResource(g)
      : { ...kit.grantResource(g), deployment: g.deployment };
  const next = declareResources(kit, terraform, {
    dagsterplus_team: { [team]: kit.teamResource(team) },
    ...(grants.length > 0
      ? {
          dagsterplus_team_deployment_grant: Object.fromEntries(
            grants.map((g) => [kit.grantLabel(g.team, g.deployment), resource(g)]),
          ),
        }
      : {}),
  });
  const draft: Draft = {
    id: `grant-team:${team}`,
    kind: 'grant-team',
    title: `Grant team "${team}" its code locations`,
    detail: `Create team "${team}" (Organization Settings → Teams, Dagster+ Pro) and grant it ${
      listText(grants.map(grantText)) || 'no deployment role'
    }. The diff shows the Terraform equivalent: the team and its deployment grants as the Terraform target's ${kit.TERRAFORM_PATH} declares them. Any deployment access shows every location of that deployment read-only; only separate deployments hide assets.${
      ctx.answersGiven
        ? ''
        : ' The roles assume no separation of duties: the plan was not given your answers.'
    }`,
    diff: next.diff,
  };
  return { draft, terraform: next.terraform };
};

/** Preparation: with more than one team, each team and its grants. */
export const grantTeams: StepBuilder = (ctx, files) => {
  const teams = [
    ...new Set(
      [...ctx.placement.values()].map((p) => p.node.team).filter((t) => t !== UNASSIGNED_TEAM),
    ),
  ];
  if (teams.length <= 1) return { drafts: [], files };
  const allGrants = ctx.kit.teamGrantsOf(ctx.answers, ctx.recommended);
  const drafts: Draft[] = [];
  let { terraform } = files;
  for (const team of teams) {
    const granted = grantTeam(
      ctx,
      team,
      allGrants.filter((g) => g.team === team),
      terraform,
    );
    drafts.push(granted.draft);
    terraform = granted.terraform;
  }
  return { drafts, files: { ...files, terraform } };
};

const deployTo = (ctx: PlanContext, d: DeploymentNode, names: readonly string[]): Draft => {
  const gitlab = ctx.answers.ci === 'gitlab';
  const ci = ciChangeFor(ctx, d);
  const what =
    d.mirrors !== null
      ? gitlab
        ? `The deploy job deploys the same code to ${d.purpose.toLowerCase()} from the staging branch: its rules set DAGSTER_DEPLOYMENT to "${d.name}" there ("${d.mirrors}" otherwise), and workflow:rules let staging pipelines run. "${d.mirrors}" keeps running as it is.`
        : `The deploy job deploys the same code to ${d.purpose.toLowerCase()} from the staging branch: ci-init's "deployment" input is "${d.name}" on pushes to staging ("${d.mirrors}" otherwise), and pushes to staging start the workflow. "${d.mirrors}" keeps running as it is.`
      : `${
          gitlab
            ? `Add build and deploy jobs with DAGSTER_DEPLOYMENT set to "${d.name}".`
            : `Add a deploy job with ci-init's "deployment" input set to "${d.name}".`
        } Keep schedules and sensors off there until the cut-over; today's deployment keeps running.`;
  const shown = `${gitlab ? 'the jobs' : 'the job'}${
    d.mirrors === null ? '' : gitlab ? ' and workflow:rules' : ' and its trigger'
  }`;
  const provider = !ctx.answersGiven
    ? " GitHub Actions is assumed: the plan was not told your CI provider (for GitLab, the download's .gitlab-ci.yml has the equivalent jobs)."
    : ctx.answers.ci === 'other'
      ? " The app writes no pipeline for your CI: the diff shows the GitHub Actions job, and the download's CI-DEPLOY.md lists the same dagster-cloud commands."
      : '';
  return {
    id: `deploy-to-deployment:${d.name}`,
    kind: 'deploy-to-deployment',
    title: `Deploy ${quotedList(names)} to "${d.name}"`,
    detail: `${what} The diff shows ${shown} as the app generates ${
      gitlab || d.mirrors !== null ? 'them' : 'it'
    }, as a fragment of ${quotedList(ci.paths)}: that file was not imported, so there is no before.${provider}`,
    ...(ci.diff === '' ? {} : { diff: ci.diff }),
  };
};

/**
 * Preparation: deploy to each new deployment side by side with today's. Which deployment a
 * location is deployed to lives in CI, not in dagster_cloud.yaml: a deployment that already
 * exists is assumed to receive its locations already.
 */
export const deployToDeployments: StepBuilder = (ctx, files) => ({
  drafts: ctx.recommended.deployments.flatMap((d) => {
    if (d.name === ctx.primaryDeployment || existedToday(ctx, d.name)) return [];
    const names = d.agents.flatMap((a) => a.locations.map((l) => l.name));
    return names.length === 0 ? [] : [deployTo(ctx, d, names)];
  }),
  files,
});

/** Cut-over: an imported location that leaves today's deployment for a new one. */
export const removeFromDeployments: StepBuilder = (ctx, files) => ({
  drafts: [...ctx.placement.keys()].flatMap((name): Draft[] => {
    const target = ctx.deploymentsOf.get(name) ?? [];
    if (!ctx.indexByProject.has(name) || target.includes(ctx.primaryDeployment)) return [];
    if (target.some((t) => existedToday(ctx, t))) return [];
    const first = target[0] ?? '';
    const from = ctx.primaryDeployment;
    return [
      {
        id: `remove-from-deployment:${name}`,
        kind: 'remove-from-deployment',
        title: `Move "${name}" from "${from}" to "${first}"`,
        detail: `Turn its schedules and sensors on in "${first}" and off in "${from}", then remove the location from "${from}" (Deployment → Code locations → Remove) and from that deployment's deploy job. Its run history stays in "${from}".`,
      },
    ];
  }),
  files,
});
