/**
 * The way from today's setup (read from the files) to the recommended topology, as ordered steps
 * with the config diff each implies. Order follows what keeps things running: first everything
 * that needs no downtime (convert the file, create deployments, install agents and add queues,
 * grant teams, create repositories, deploy to new deployments), then the brief cut-overs
 * (rename, route locations to queues, move locations between repositories and deployments),
 * then the clean-up (stop serving queues nothing uses any more).
 *
 * Diffs come from the code that writes the generated files: dagster_cloud.yaml and agent configs
 * as a working copy diffed before and after each step; the Terraform target's
 * `terraform/main.tf.json` likewise (created by the first step that needs it, grown by the next);
 * deployment settings as new files; CI jobs as fragments of the workflow, which is not imported.
 */
import { parse } from 'yaml';

import { ROLE_LABELS, type TeamGrant } from '../emitters/access';
import type { DeployTarget } from '../emitters/placement';
import { toYamlAny as toYaml } from '../emitters/to-yaml-any';
import {
  DEFAULT_ANSWERS,
  type AgentPlatform,
  type Answers,
  type Project,
} from '../questionnaire/schemas';
import type { AgentNode, DeploymentNode, LocationNode, Topology } from '../topology/types';
import type { CurrentState } from './current-state';
import type { MigrationKit } from './migration-kit';
import { listText, quotedList } from './findings';
import { unifiedDiff } from './line-diff';
import { projectNamesOf, UNASSIGNED_TEAM } from './to-answers';
import type { ImportedAgent, ImportedDagsterCloudYaml } from './types';
import { EXISTING_DEPLOYMENT } from '../topology/types';

export type Downtime = 'none' | 'brief';

/** Step kinds in plan order; each belongs to a phase (1 prepare, 2 cut over, 3 clean up). */
export const STEP_KINDS = {
  'convert-list-form': { phase: 1, downtime: 'none' },
  'create-deployment': { phase: 1, downtime: 'none' },
  'install-agent': { phase: 1, downtime: 'none' },
  'add-agent-queue': { phase: 1, downtime: 'none' },
  'grant-team': { phase: 1, downtime: 'none' },
  'create-repository': { phase: 1, downtime: 'none' },
  'add-location': { phase: 1, downtime: 'none' },
  'deploy-to-deployment': { phase: 1, downtime: 'none' },
  'rename-location': { phase: 2, downtime: 'brief' },
  'route-locations': { phase: 2, downtime: 'brief' },
  'move-to-repository': { phase: 2, downtime: 'brief' },
  'remove-from-deployment': { phase: 2, downtime: 'brief' },
  'stop-default-queue': { phase: 3, downtime: 'none' },
  'nothing-to-do': { phase: 1, downtime: 'none' },
} as const satisfies Record<string, { phase: 1 | 2 | 3; downtime: Downtime }>;

export type StepKind = keyof typeof STEP_KINDS;

export type MigrationStep = {
  /** Stable id, e.g. "install-agent:prod-gcp-agent". */
  id: string;
  kind: StepKind;
  title: string;
  /** Plain text: what to do, where, and why it is safe at this point. */
  detail: string;
  /** Unified diff of the config change, when the step changes a file. */
  diff?: string;
  downtime: Downtime;
  /** 1-based position in the plan. */
  order: number;
};

type Draft = Omit<MigrationStep, 'order' | 'downtime'>;

const FILE = 'dagster_cloud.yaml';
type Entry = Record<string, unknown>;

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const renderConfig = (defaults: Entry | null, locations: readonly Entry[]): string =>
  toYaml({ ...(defaults === null ? {} : { defaults }), locations });

const fileDiff = (before: string, after: string, path = FILE): string =>
  unifiedDiff(before, after, `a/${path}`, `b/${path}`);

const newFileDiff = (content: string, path: string): string =>
  unifiedDiff('', content, '/dev/null', `b/${path}`);

/** Lines to add to a file that exists but was not imported: a fragment, not a before/after. */
const fragmentDiff = (content: string, path: string): string =>
  unifiedDiff('', content, `a/${path}`, `b/${path}`);

/**
 * What the plan assumes when the caller does not pass the answers: the topology's projects
 * (repository order), its agent platform, and the wizard's defaults for the rest (GitHub Actions,
 * no separation of duties, some shared code).
 */
const assumedAnswers = (topology: Topology): Answers => {
  const projects = new Map<string, Project>();
  const nodes = topology.deployments.flatMap((d) => d.agents.flatMap((a) => a.locations));
  for (const name of topology.repos.flatMap((r) => r.locations)) {
    const node = nodes.find((l) => l.name === name);
    if (node !== undefined && !projects.has(name)) {
      const { team, compute, highVolume } = node;
      projects.set(name, { name, team, compute, highVolume });
    }
  }
  return {
    ...DEFAULT_ANSWERS,
    agent: topology.deployments[0]?.agents[0]?.platform ?? DEFAULT_ANSWERS.agent,
    projects: [...projects.values()],
  };
};

const grantText = (g: TeamGrant): string =>
  `${ROLE_LABELS[g.role]} in "${g.deployment}"${
    g.overrideLocations.length > 0
      ? ` with ${ROLE_LABELS[g.overrideRole]} on ${quotedList(g.overrideLocations)} (per-location grants)`
      : ''
  }`;

type CiChange = { diff: string; paths: string[] };

/**
 * The CI jobs that deploy to `d`, as the app's pipeline files have them, per repository: GitHub
 * (the default) or GitLab. For a non-production twin the trigger that starts it comes along.
 */
const ciChangeFor = (
  kit: MigrationKit,
  answers: Answers,
  topology: Topology,
  d: DeploymentNode,
): CiChange => {
  const mirror = d.mirrors !== null;
  const deploysHere = (t: DeployTarget) => t.production === d.name || t.staging === d.name;
  const parts = topology.repos.flatMap((repo) => {
    const targets = kit.deployTargetsOf(topology, repo);
    const here = targets.filter(deploysHere);
    if (here.length === 0) return [];
    if (answers.ci === 'gitlab') {
      const path = kit.repoFilePath(topology, repo.name, kit.GITLAB_CI_PATH);
      const pipeline = parse(
        kit.gitlabPipeline(answers, topology, repo, { shareUrl: '' }).content,
      ) as Record<string, unknown> | undefined;
      const keys = here.flatMap((t) => {
        const deploy = targets.length === 1 ? 'deploy' : `deploy-${t.production}`;
        return [...t.locations.map((l) => `build-${l.name}`), deploy, `${deploy}-branch`];
      });
      const fragment = {
        ...(mirror ? { workflow: pipeline?.workflow } : {}),
        ...Object.fromEntries(keys.map((k) => [k, pipeline?.[k]])),
      };
      const comment = [
        `Fragment of ${path}: the jobs that build and deploy to ${d.name}, as the app generates them.`,
        `Your pipeline was not imported: add these jobs to it${mirror ? ' and the staging rule to workflow:rules' : ''}.`,
      ];
      return [{ path, diff: fragmentDiff(toYaml(fragment, comment), path) }];
    }
    const path = kit.repoFilePath(topology, repo.name, kit.WORKFLOW_PATH);
    const jobs = kit.githubDeployJobs(answers, topology, repo).filter((j) => deploysHere(j.target));
    const fragment = {
      ...(mirror ? { on: kit.githubTriggers(targets) } : {}),
      jobs: Object.fromEntries(jobs.map((j) => [j.name, j.job])),
    };
    const comment = [
      `Fragment of ${path}: the ${mirror ? 'trigger and the ' : ''}deploy job for ${d.name}, as the app generates ${mirror ? 'them' : 'it'}.`,
      `Your workflow was not imported: merge this into it (the job under jobs:${mirror ? ', the staging branch under on.push' : ''}).`,
    ];
    return [{ path, diff: fragmentDiff(toYaml(fragment, comment), path) }];
  });
  return { diff: parts.map((p) => p.diff).join(''), paths: parts.map((p) => p.path) };
};

/** Agent config in the shape its platform reads (Helm values or dagster.yaml), queue keys only. */
const agentSnippet = (
  platform: AgentPlatform | null,
  a: {
    label: string | null;
    deployments: readonly string[];
    branchDeployments: boolean;
    includeDefaultQueue: boolean;
    queues: readonly string[];
    isolated: boolean;
  },
): { path: string; content: string } => {
  const label = a.label ?? 'agent';
  if (platform === 'k8s' || platform === null) {
    return {
      path: `agents/${label}/values.yaml`,
      content: toYaml({
        dagsterCloud: {
          deployments: [...a.deployments],
          branchDeployments: a.branchDeployments,
          ...(a.label === null ? {} : { agentLabel: a.label }),
          agentQueues: {
            includeDefaultQueue: a.includeDefaultQueue,
            additionalQueues: [...a.queues],
          },
        },
        isolatedAgents: { enabled: a.isolated },
      }),
    };
  }
  return {
    path: `agents/${label}/dagster.yaml`,
    content: toYaml({
      dagster_cloud_api: {
        deployments: [...a.deployments],
        branch_deployments: a.branchDeployments,
        ...(a.label === null ? {} : { agent_label: a.label }),
      },
      agent_queues: {
        include_default_queue: a.includeDefaultQueue,
        additional_queues: [...a.queues],
      },
      isolated_agents: { enabled: a.isolated },
    }),
  };
};

const queueText = (queues: readonly string[], includeDefault: boolean): string =>
  listText([
    ...queues.map((q) => `queue "${q}"`),
    ...(includeDefault ? ['the default queue'] : []),
  ]) || 'no queue';

type Existing = ImportedAgent & { assumed: boolean; used: boolean };

/**
 * Steps from `current` (read from the files) to `recommended`, in a safe order. `imported` is
 * the parsed dagster_cloud.yaml whose locations the recommended topology's projects came from
 * (project names as `importToAnswers` gives them). `given` are the answers `recommended` was built
 * from; without them the Terraform grants assume no separation of duties and the CI jobs assume
 * GitHub Actions with the default answers (the steps' details say so).
 */
export const planMigration = (
  current: CurrentState,
  recommended: Topology,
  imported: ImportedDagsterCloudYaml,
  kit: MigrationKit,
  given?: Answers,
): MigrationStep[] => {
  const drafts: Draft[] = [];
  // The answers the recommendation came from: they decide grants (separation of duties) and the
  // CI provider and its jobs. Without them, defaults stand in and the steps say so.
  const answers = given ?? assumedAnswers(recommended);
  const projectNames = projectNamesOf(imported.locations);
  const indexByProject = new Map(projectNames.map((name, i) => [name, i]));
  const platform = recommended.deployments[0]?.agents[0]?.platform ?? null;

  // Primary placement of each project: the first deployment it appears in (prod first).
  const placement = new Map<string, { deployment: string; agent: AgentNode; node: LocationNode }>();
  const deploymentsOf = new Map<string, string[]>();
  for (const d of recommended.deployments) {
    for (const agent of d.agents) {
      for (const node of agent.locations) {
        if (!placement.has(node.name))
          placement.set(node.name, { deployment: d.name, agent, node });
        deploymentsOf.set(node.name, [...(deploymentsOf.get(node.name) ?? []), d.name]);
      }
    }
  }

  // Working copy of the file; every file step diffs it before and after its change.
  let defaults: Entry | null = imported.defaults === null ? null : clone(imported.defaults);
  let working: Entry[] = imported.locations.map((l) => clone(l.raw) as Entry);
  const render = () => renderConfig(defaults, working);

  // Working copy of the Terraform target's file (null until a step needs it): each Terraform
  // step adds its resources and diffs the file before and after.
  type Resources = Record<string, Record<string, unknown>>;
  let terraform: Resources | null = null;
  const renderTerraform = (resources: Resources) =>
    kit.terraformJson({ ...kit.providerBlocks(), resource: resources });
  const terraformDiff = (add: Resources): string => {
    const before = terraform === null ? null : renderTerraform(terraform);
    const next: Resources = { ...terraform };
    for (const [type, resources] of Object.entries(add)) {
      next[type] = { ...next[type], ...resources };
    }
    terraform = next;
    const after = renderTerraform(next);
    return before === null
      ? newFileDiff(after, kit.TERRAFORM_PATH)
      : fileDiff(before, after, kit.TERRAFORM_PATH);
  };
  const declared = (deployment: string) =>
    terraform?.dagsterplus_deployment?.[deployment] !== undefined;

  // 1. The legacy dict form: the CLI wants the list form.
  if (imported.form === 'dict') {
    const dict = Object.fromEntries(
      working.map((e) => {
        const { location_name: name, code_source: source, ...rest } = e;
        return [String(name), { ...(source as Entry | undefined), ...rest }];
      }),
    );
    drafts.push({
      id: 'convert-list-form',
      kind: 'convert-list-form',
      title: 'Rewrite dagster_cloud.yaml in the list form',
      detail:
        'The dagster-cloud CLI (ci check, the deploy action) expects "locations" as a list with location_name and code_source. Same locations, same settings: nothing is redeployed until the next deploy, which then passes validation.',
      diff: fileDiff(toYaml({ locations: dict }), render()),
    });
  }

  // 2. Deployments that do not exist yet.
  const primaryDeployment = current.deployments.includes(EXISTING_DEPLOYMENT)
    ? EXISTING_DEPLOYMENT
    : (current.deployments[0] ?? EXISTING_DEPLOYMENT);
  for (const d of recommended.deployments) {
    if (current.deployments.includes(d.name)) continue;
    const settings = kit.needsRunLimits(d)
      ? kit.deploymentSettingsOf(d, answers.dagsterVersion)
      : null;
    const diff = terraformDiff({
      dagsterplus_deployment: { [d.name]: kit.deploymentResource(d.name) },
    });
    drafts.push({
      id: `create-deployment:${d.name}`,
      kind: 'create-deployment',
      title: `Create deployment "${d.name}"`,
      detail: `${d.purpose}. An Organization Admin creates it in Dagster+ (Deployments → "+ New deployment"); the diff shows the Terraform equivalent, the dagsterplus_deployment resource of the Terraform target's ${kit.TERRAFORM_PATH}. Extra full deployments need Dagster+ Pro. Start with empty permissions unless everyone in ${primaryDeployment} should see it. Nothing runs there yet.${
        settings === null
          ? ''
          : ` Once it exists, apply the run queue limits of ${settings.path} (dagster-cloud deployment settings set-from-file): a high-volume location shares its run queue.`
      }`,
      diff:
        settings === null
          ? diff
          : diff + newFileDiff(toYaml(settings.settings, settings.notes), settings.path),
    });
  }

  // 3. Agents: reuse the ones that exist, add queues to them, install the rest.
  const existing: Existing[] =
    current.agents.length > 0
      ? current.agents.map((a) => ({ ...a, assumed: false, used: false }))
      : [
          {
            kind: platform === 'k8s' ? 'helm-values' : 'dagster-yaml',
            file: '',
            label: null,
            deployments: current.deployments,
            branchDeployments: true,
            includeDefaultQueue: true,
            additionalQueues: [],
            isolated: false,
            platform,
            queuesLine: null,
            assumed: true,
            used: false,
          },
        ];
  const stopDefault: { e: Existing; queues: readonly string[] }[] = [];
  for (const agent of recommended.deployments.flatMap((d) => d.agents)) {
    const serves = (e: Existing) =>
      agent.queues.every((q) => e.additionalQueues.includes(q)) &&
      (!agent.includeDefaultQueue || e.includeDefaultQueue);
    const inDeployment = (e: Existing) => !e.used && e.deployments.includes(agent.deployment);
    const exact = existing.find((e) => inDeployment(e) && serves(e));
    if (exact !== undefined) {
      exact.used = true;
      if (exact.includeDefaultQueue && !agent.includeDefaultQueue) {
        stopDefault.push({ e: exact, queues: exact.additionalQueues });
      }
      continue;
    }
    const reuse = existing.find(inDeployment);
    const locationNames = agent.locations.map((l) => l.name);
    if (reuse !== undefined) {
      reuse.used = true;
      const name = reuse.label ?? (reuse.assumed ? 'your current agent' : reuse.file);
      const queues = [...new Set([...reuse.additionalQueues, ...agent.queues])];
      const shape = {
        label: reuse.label,
        deployments: reuse.deployments,
        branchDeployments: reuse.branchDeployments,
        isolated: reuse.isolated,
      };
      const before = agentSnippet(reuse.platform ?? platform, {
        ...shape,
        includeDefaultQueue: reuse.includeDefaultQueue,
        queues: reuse.additionalQueues,
      });
      // Keep the default queue until every location is routed (removed in the clean-up).
      const after = agentSnippet(reuse.platform ?? platform, {
        ...shape,
        isolated: reuse.isolated || agent.isolated,
        includeDefaultQueue: reuse.includeDefaultQueue || agent.includeDefaultQueue,
        queues,
      });
      if (reuse.includeDefaultQueue && !agent.includeDefaultQueue) {
        stopDefault.push({ e: reuse, queues });
      }
      drafts.push({
        id: `add-agent-queue:${agent.name}`,
        kind: 'add-agent-queue',
        title: `Let ${name} serve ${queueText(agent.queues, false)}`,
        detail: `In deployment "${agent.deployment}", ${name} becomes agent ${agent.name} for ${quotedList(locationNames)}. It keeps serving what it serves today, so nothing moves yet; upgrade the agent (Helm upgrade or task restart) with the new queue settings.${
          reuse.assumed
            ? ' Your agent configuration was not imported: apply the same keys to it.'
            : ''
        }`,
        diff: fileDiff(before.content, after.content, before.path),
      });
      continue;
    }
    const snippet = agentSnippet(agent.platform, {
      label: agent.name,
      deployments: [agent.deployment],
      branchDeployments: agent.branchDeployments,
      includeDefaultQueue: agent.includeDefaultQueue,
      queues: agent.queues,
      isolated: agent.isolated,
    });
    drafts.push({
      id: `install-agent:${agent.name}`,
      kind: 'install-agent',
      title: `Install agent "${agent.name}" serving ${queueText(agent.queues, agent.includeDefaultQueue)}`,
      detail: `In compute environment "${agent.compute}", for deployment "${agent.deployment}"${
        agent.branchDeployments ? ' and branch deployments' : ''
      }; it will run ${quotedList(locationNames)}. Queues are a Dagster+ Pro feature and need agents 1.6.0 or later. No location is routed to it yet, so installing it changes nothing. The download has the full file.`,
      diff: newFileDiff(snippet.content, snippet.path),
    });
  }

  // 4. Teams.
  const teams = [
    ...new Set(
      [...placement.values()].map((p) => p.node.team).filter((t) => t !== UNASSIGNED_TEAM),
    ),
  ];
  if (teams.length > 1) {
    const allGrants = kit.teamGrantsOf(answers, recommended);
    for (const team of teams) {
      const grants = allGrants.filter((g) => g.team === team);
      // A deployment that exists but is not declared here is named, not referenced.
      const resource = (g: TeamGrant) =>
        g.deployment === EXISTING_DEPLOYMENT || declared(g.deployment)
          ? kit.grantResource(g)
          : { ...kit.grantResource(g), deployment: g.deployment };
      const diff = terraformDiff({
        dagsterplus_team: { [team]: kit.teamResource(team) },
        ...(grants.length > 0
          ? {
              dagsterplus_team_deployment_grant: Object.fromEntries(
                grants.map((g) => [kit.grantLabel(g.team, g.deployment), resource(g)]),
              ),
            }
          : {}),
      });
      drafts.push({
        id: `grant-team:${team}`,
        kind: 'grant-team',
        title: `Grant team "${team}" its code locations`,
        detail: `Create team "${team}" (Organization Settings → Teams, Dagster+ Pro) and grant it ${
          listText(grants.map(grantText)) || 'no deployment role'
        }. The diff shows the Terraform equivalent: the team and its deployment grants as the Terraform target's ${kit.TERRAFORM_PATH} declares them. Any deployment access shows every location of that deployment read-only; only separate deployments hide assets.${
          given === undefined
            ? ' The roles assume no separation of duties: the plan was not given your answers.'
            : ''
        }`,
        diff,
      });
    }
  }

  // Final state of each imported entry (renamed, routed), for new repositories' files.
  const finalEntry = (i: number): Entry => {
    const entry = clone(working[i] ?? {});
    const project = projectNames[i] ?? '';
    const place = placement.get(project);
    entry.location_name = project;
    const queue = place?.node.agentQueue ?? null;
    if (queue === null) Reflect.deleteProperty(entry, 'agent_queue');
    else entry.agent_queue = queue;
    return entry;
  };

  // 5. Repositories (monorepo → one repository per team).
  const splitRepos =
    current.layout === 'monorepo' &&
    recommended.layout === 'multirepo' &&
    recommended.repos.length > 1;
  if (splitRepos) {
    for (const repo of recommended.repos) {
      const indexes = repo.locations
        .map((name) => indexByProject.get(name))
        .filter((i): i is number => i !== undefined);
      if (indexes.length === 0) continue;
      const content = renderConfig(defaults, indexes.map(finalEntry));
      drafts.push({
        id: `create-repository:${repo.name}`,
        kind: 'create-repository',
        title: `Create repository "${repo.name}" for ${listText(repo.teams.map((t) => `team "${t}"`))}`,
        detail: `Copy the folders of ${quotedList(repo.locations)} with their history (git filter-repo or subtree split), add its own deploy workflow and CODEOWNERS from the download, and give its workflow its own registry login. Do not deploy from it yet.`,
        diff: newFileDiff(content, `${repo.name}/${FILE}`),
      });
    }
  }

  // Projects added in the wizard that the file does not have.
  const added = [...placement.values()].filter((p) => !indexByProject.has(p.node.name));
  if (added.length > 0 && !splitRepos) {
    const before = render();
    working = [
      ...working,
      ...added.map((p) => ({
        location_name: p.node.name,
        code_source: { package_name: p.node.packageName },
        build: { directory: p.node.directory },
        ...(p.node.agentQueue === null ? {} : { agent_queue: p.node.agentQueue }),
      })),
    ];
    drafts.push({
      id: 'add-location',
      kind: 'add-location',
      title: `Add location${added.length === 1 ? '' : 's'} ${quotedList(added.map((p) => p.node.name))}`,
      detail: 'New projects from the wizard; adding a location does not touch the others.',
      diff: fileDiff(before, render()),
    });
  }

  // 6. Deploy to new deployments (side by side with today's deployment).
  // Which deployment a location is deployed to lives in CI, not in dagster_cloud.yaml: a
  // deployment that already exists is assumed to receive its locations already.
  const existed = (name: string) => current.deploymentsKnown && current.deployments.includes(name);
  for (const d of recommended.deployments) {
    if (d.name === primaryDeployment || existed(d.name)) continue;
    const names = d.agents.flatMap((a) => a.locations.map((l) => l.name));
    if (names.length === 0) continue;
    const gitlab = answers.ci === 'gitlab';
    const ci = ciChangeFor(kit, answers, recommended, d);
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
    const provider =
      given === undefined
        ? " GitHub Actions is assumed: the plan was not told your CI provider (for GitLab, the download's .gitlab-ci.yml has the equivalent jobs)."
        : answers.ci === 'other'
          ? " The app writes no pipeline for your CI: the diff shows the GitHub Actions job, and the download's CI-DEPLOY.md lists the same dagster-cloud commands."
          : '';
    drafts.push({
      id: `deploy-to-deployment:${d.name}`,
      kind: 'deploy-to-deployment',
      title: `Deploy ${quotedList(names)} to "${d.name}"`,
      detail: `${what} The diff shows ${shown} as the app generates ${
        gitlab || d.mirrors !== null ? 'them' : 'it'
      }, as a fragment of ${quotedList(ci.paths)}: that file was not imported, so there is no before.${provider}`,
      ...(ci.diff === '' ? {} : { diff: ci.diff }),
    });
  }

  // 7. Cut-over: renames.
  const renamed = imported.locations.filter(
    (l, i) => l.name !== '' && projectNames[i] !== l.name && placement.has(projectNames[i] ?? ''),
  );
  if (renamed.length > 0) {
    const before = render();
    for (const l of renamed) {
      const entry = working[l.index];
      if (entry !== undefined) entry.location_name = projectNames[l.index];
    }
    drafts.push({
      id: 'rename-location',
      kind: 'rename-location',
      title: `Rename ${listText(renamed.map((l) => `"${l.name}" to "${projectNames[l.index] ?? ''}"`))}`,
      detail:
        'A renamed location is a new code location in Dagster+: deploy, turn its schedules and sensors on, then remove the old location (Deployment → Code locations). Run history stays under the old name.',
      diff: fileDiff(before, render()),
    });
  }

  // 8. Cut-over: route locations to their queues.
  const targets = new Map<string, number[]>();
  imported.locations.forEach((l, i) => {
    const place = placement.get(projectNames[i] ?? '');
    if (place === undefined) return;
    const target = place.node.agentQueue;
    if (target === l.agentQueue) return;
    const key = target ?? '';
    targets.set(key, [...(targets.get(key) ?? []), i]);
  });
  if (targets.size > 0 && defaults !== null && typeof defaults.agent_queue === 'string') {
    // A default queue would route every location; routing moves to each location explicitly.
    const fallback = defaults.agent_queue;
    const { agent_queue: _dropped, ...rest } = defaults;
    defaults = Object.keys(rest).length > 0 ? rest : null;
    working.forEach((entry) => {
      if (entry.agent_queue === undefined) entry.agent_queue = fallback;
    });
  }
  for (const [queue, indexes] of targets) {
    const before = render();
    for (const i of indexes) {
      const entry = working[i];
      if (entry === undefined) continue;
      if (queue === '') Reflect.deleteProperty(entry, 'agent_queue');
      else entry.agent_queue = queue;
    }
    const names = indexes.map((i) => projectNames[i] ?? '');
    const agent = indexes
      .map((i) => placement.get(projectNames[i] ?? '')?.agent.name)
      .find((n) => n !== undefined);
    drafts.push({
      id: `route-locations:${queue || 'default'}`,
      kind: 'route-locations',
      title:
        queue === ''
          ? `Move ${quotedList(names)} back to the default queue`
          : `Add agent_queue "${queue}" to ${quotedList(names)}`,
      detail: `On the next deploy each location's code server starts on ${
        agent !== undefined ? `agent "${agent}"` : 'its new agent'
      } and stops on the old one: a brief reload, during which schedule and sensor ticks wait. Do it when no long run is starting.`,
      diff: fileDiff(before, render()),
    });
  }

  // 9. Cut-over: locations leave this repository or this deployment.
  const moved = new Set<number>();
  if (splitRepos) {
    for (const repo of recommended.repos) {
      const indexes = new Set(
        repo.locations
          .map((name) => indexByProject.get(name))
          .filter((i): i is number => i !== undefined),
      );
      if (indexes.size === 0) continue;
      const before = renderConfig(
        defaults,
        working.filter((_, i) => !moved.has(i)),
      );
      indexes.forEach((i) => moved.add(i));
      const keep = working.filter((_, i) => !moved.has(i));
      const last = keep.length === 0;
      drafts.push({
        id: `move-to-repository:${repo.name}`,
        kind: 'move-to-repository',
        title: `Deploy ${quotedList(repo.locations)} from "${repo.name}"`,
        detail: `In one change: the first deploy from ${repo.name} takes the locations over (same names), and they leave this repository's dagster_cloud.yaml so the two workflows do not overwrite each other. Each location reloads once.${
          last ? ' No location is left in this repository: retire its deploy workflow.' : ''
        }`,
        diff: fileDiff(before, renderConfig(defaults, keep)),
      });
    }
  }
  for (const name of placement.keys()) {
    const target = deploymentsOf.get(name) ?? [];
    if (!indexByProject.has(name) || target.includes(primaryDeployment)) continue;
    if (target.some(existed)) continue;
    const first = target[0] ?? '';
    drafts.push({
      id: `remove-from-deployment:${name}`,
      kind: 'remove-from-deployment',
      title: `Move "${name}" from "${primaryDeployment}" to "${first}"`,
      detail: `Turn its schedules and sensors on in "${first}" and off in "${primaryDeployment}", then remove the location from "${primaryDeployment}" (Deployment → Code locations → Remove) and from that deployment's deploy job. Its run history stays in "${primaryDeployment}".`,
    });
  }

  // 10. Clean-up: agents that no longer need the default queue.
  for (const { e, queues } of stopDefault) {
    const name = e.label ?? (e.assumed ? 'your current agent' : e.file);
    const shape = {
      label: e.label,
      deployments: e.deployments,
      branchDeployments: e.branchDeployments,
      isolated: e.isolated,
      queues,
    };
    const before = agentSnippet(e.platform ?? platform, { ...shape, includeDefaultQueue: true });
    const after = agentSnippet(e.platform ?? platform, { ...shape, includeDefaultQueue: false });
    drafts.push({
      id: `stop-default-queue:${name}`,
      kind: 'stop-default-queue',
      title: `Stop serving the default queue on ${name}`,
      detail:
        'Every location now names its queue, so the default queue is empty; turning it off keeps a location added later without agent_queue from landing on this agent by accident.',
      diff: fileDiff(before.content, after.content, before.path),
    });
  }

  if (drafts.length === 0) {
    drafts.push({
      id: 'nothing-to-do',
      kind: 'nothing-to-do',
      title: 'Nothing to change',
      detail: "Today's files already match the recommended setup.",
    });
  }

  // Stable by phase: preparation (no downtime), cut-over (brief), clean-up (no downtime).
  return drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => STEP_KINDS[a.d.kind].phase - STEP_KINDS[b.d.kind].phase || a.i - b.i)
    .map(({ d }, i) => ({ ...d, downtime: STEP_KINDS[d.kind].downtime, order: i + 1 }));
};
