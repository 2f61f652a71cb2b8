/**
 * The safety rules of issue #10 §1, one table over the personas and the issue's links, each run
 * with its projects in shuffled order, on every agent platform and CI provider, at every level
 * and layout: default queue, separated agents' placeholders, CI tokens and roles, CODEOWNERS,
 * branch deployments. Then the links' own expectations, stated explicitly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { ISSUE_10_LINKS, type IssueLinkId } from '../__fixtures__/issue-links';
import { PERSONAS } from '../__fixtures__/personas';
import { ownerRuleOf, parseCodeowners } from '../import/parse-codeowners';
import {
  AGENT_PLATFORMS,
  separatedTeamsOf,
  teamsOf,
  type AgentPlatform,
  type Answers,
  type CiProvider,
} from '../questionnaire/schemas';
import { rankOptions } from '../scoring/rank-options';
import { LEVEL_IDS, type LevelId, type RepoLayout } from '../scoring/types';
import { agentsOf, buildTopology } from '../topology/build-topology';
import type { AgentNode, Topology } from '../topology/types';
import { decodeShareState } from '../url-codec/codec';
import { PROPOSED_DAGSTER_VERSION } from '../versions/release';
import { teamGrantsOf } from './access';
import { configFormatOf } from './config-format';
import { emitAll } from './emitters';
import { DG_FOLDER, PYPROJECT_FRAGMENT } from './emit-dg-project';
import { deployTargetsOf, PLACEHOLDERS } from './placement';
import { branchPolicyOf, safetyNotes, splitsCiTokens } from './safety';
import type { GeneratedFile } from './types';

const decoded = (id: IssueLinkId): Answers => decodeShareState(ISSUE_10_LINKS[id]).answers;

const CASES: { id: string; answers: Answers }[] = [
  ...Object.entries(PERSONAS).map(([id, answers]) => ({ id, answers })),
  ...(Object.keys(ISSUE_10_LINKS) as IssueLinkId[]).map((id) => ({ id, answers: decoded(id) })),
];

type Variant = {
  answers: Answers;
  level: LevelId;
  layout: RepoLayout;
};

const emit = (v: Variant) => {
  const topology = buildTopology(v.answers, v.level, v.layout);
  const files = emitAll(v.answers, topology, {
    shareUrl: 'https://isolation-advisor.example/#safety',
    extraTargets: [...v.answers.targets, 'terraform'],
  });
  return { topology, files };
};

/**
 * The files' formats, each with what the answers must say for it: none stated (legacy, as old
 * links), the proposed release (dg files where nothing routes by queue), the legacy file chosen
 * at that release, and the dg files asked for beside the legacy file.
 */
const FORMATS: readonly Pick<Answers, 'dagsterVersion' | 'targets'>[] = [
  { dagsterVersion: null, targets: [] },
  { dagsterVersion: PROPOSED_DAGSTER_VERSION, targets: [] },
  { dagsterVersion: PROPOSED_DAGSTER_VERSION, targets: ['legacy-yaml'] },
  { dagsterVersion: null, targets: ['dg-project'] },
];

const agentFile = (files: readonly GeneratedFile[], agent: AgentNode) =>
  files.find((f) => f.path.startsWith(`agents/${agent.name}/`));

const sortedNames = (locations: readonly { name: string }[]): string =>
  locations
    .map((l) => l.name)
    .sort()
    .join(',');

/**
 * Per deployment (named by its code locations, since which team keeps `prod` at the deployment
 * level follows team order by design), the locations of the agent serving the default queue.
 */
const defaultQueueOwners = (t: Topology): Map<string, string | null> =>
  new Map(
    t.deployments.map((d) => {
      const agent = d.agents.find((a) => a.includeDefaultQueue);
      return [
        `${d.mirrors === null ? 'production' : 'twin'}:${sortedNames(d.agents.flatMap((a) => a.locations))}`,
        agent === undefined ? null : sortedNames(agent.locations),
      ];
    }),
  );

/** The default-queue owners of deployments both topologies hold, compared. */
const sameDefaultQueue = (a: Topology, b: Topology): string[] => {
  const [x, y] = [defaultQueueOwners(a), defaultQueueOwners(b)];
  return [...x].flatMap(([key, owner]) =>
    y.has(key) && y.get(key) !== owner
      ? [`${key}: default queue on ${String(owner)}, in project order on ${String(y.get(key))}`]
      : [],
  );
};

// --- the rules, each returning what it finds broken (empty = holds) -------------------------

const defaultQueueRule = (t: Topology, files: readonly GeneratedFile[]): string[] => {
  const broken: string[] = [];
  for (const d of t.deployments) {
    if (d.agents.length < 2) continue;
    const holders = d.agents.filter((a) => a.includeDefaultQueue);
    const shared = d.agents.filter((a) => a.role === 'shared');
    if (holders.length !== (shared.length > 0 ? 1 : 0)) {
      broken.push(`${d.name}: ${holders.length} agents serve the default queue`);
    }
    for (const a of holders.filter((h) => h.role !== 'shared')) {
      broken.push(`${d.name}: the default queue is on ${a.name} (${a.role})`);
    }
    for (const a of d.agents) {
      const text = agentFile(files, a)?.content ?? '';
      const config = parse(text) as Record<string, Record<string, Record<string, unknown>>>;
      const include =
        a.platform === 'k8s'
          ? config.dagsterCloud?.agentQueues?.includeDefaultQueue
          : config.agent_queues?.include_default_queue;
      if ((include ?? true) !== a.includeDefaultQueue) {
        broken.push(`${a.name}: its file says include default queue ${String(include)}`);
      }
    }
  }
  return broken;
};

/** The infrastructure values an agent's file holds that must be its own. */
const ownInfrastructure = (a: AgentNode, text: string): string[] => {
  const c = parse(text) as Record<string, unknown>;
  const launcher = (c.user_code_launcher ?? {}) as { config?: Record<string, unknown> };
  const config = launcher.config ?? {};
  switch (a.platform) {
    case 'k8s': {
      const sa = (c.serviceAccount ?? {}) as { name?: string };
      const ws = (c.workspace ?? {}) as { namespace?: string };
      return [`sa:${sa.name ?? ''}`, `ns:${ws.namespace ?? ''}`];
    }
    case 'ecs':
      return [
        'cluster',
        'subnets',
        'security_group_ids',
        'task_role_arn',
        'execution_role_arn',
      ].map((k) => `${k}:${JSON.stringify(config[k])}`);
    case 'docker':
      return [`networks:${JSON.stringify(config.networks)}`];
    case 'local':
      return [];
  }
};

const placeholderRule = (t: Topology, files: readonly GeneratedFile[]): string[] => {
  const broken: string[] = [];
  const agents = agentsOf(t);
  if (agents.length < 2) return broken;
  const seen = new Map<string, string>();
  for (const a of agents) {
    const text = agentFile(files, a)?.content ?? '';
    for (const value of ownInfrastructure(a, text)) {
      const other = seen.get(value);
      if (other !== undefined) broken.push(`${a.name} shares ${value} with ${other}`);
      seen.set(value, a.name);
    }
    if (!text.includes(' are its own. ')) broken.push(`${a.name}: no word on why its own`);
    if (a.team !== null && !text.includes(`holds team ${a.team}'s credentials`)) {
      broken.push(`${a.name}: does not say it holds ${a.team}'s credentials`);
    }
    if (a.computePool !== null) {
      const place = {
        k8s: ['nodeSelector', 'tolerations'],
        ecs: ['run_resources'],
        docker: ['Docker host'],
        local: ['host of'],
      }[a.platform];
      const commented = text.split('\n').filter((l) => l.startsWith('#'));
      if (!place.every((p) => commented.some((l) => l.includes(p)))) {
        broken.push(`${a.name}: no commented place for compute pool ${a.compute}`);
      }
      if (a.computePool === 'gpu' && a.platform === 'k8s') {
        if (!commented.some((l) => l.includes('nvidia.com/gpu'))) broken.push(`${a.name}: no GPU`);
      }
    }
  }
  return broken;
};

type Workflow = {
  on: Record<string, unknown>;
  env: Record<string, string>;
  permissions: Record<string, string>;
  jobs: Record<string, { if?: string; environment?: string; env?: Record<string, string> }>;
};
type Pipeline = Record<
  string,
  {
    variables?: Record<string, string>;
    rules?: { if?: string; variables?: Record<string, string> }[];
  }
>;

const tokenRule = (answers: Answers, t: Topology, files: readonly GeneratedFile[]): string[] => {
  const broken: string[] = [];
  const split = splitsCiTokens(answers, t);
  const separated = separatedTeamsOf(answers).length > 0 && teamsOf(answers).length > 1;
  const prodSplit = t.deployments.some((d) => d.mirrors !== null);
  if ((prodSplit || separated) !== split) broken.push(`split tokens: ${String(split)}`);
  for (const repo of t.repos) {
    const targets = deployTargetsOf(t, repo);
    const ciFile = files.find(
      (f) => f.repo === repo.name && /(workflows\/.*\.yml|\.gitlab-ci\.yml)$/.test(f.path),
    );
    if (ciFile === undefined) continue;
    if (ciFile.path.endsWith('.gitlab-ci.yml')) {
      const pipeline = parse(ciFile.content) as Pipeline;
      for (const target of targets) {
        const job = Object.entries(pipeline).find(
          ([, j]) => j.variables?.DAGSTER_DEPLOYMENT === target.production,
        );
        const token = job?.[1].variables?.DAGSTER_CLOUD_API_TOKEN;
        if (
          split &&
          token !==
            `$DAGSTER_CLOUD_API_TOKEN_${target.production.toUpperCase().replaceAll('-', '_')}`
        ) {
          broken.push(`${repo.name}: ${target.production} deploys with ${String(token)}`);
        }
        if (!split && token !== undefined) broken.push(`${repo.name}: a token variable unsplit`);
      }
      for (const [name, job] of Object.entries(pipeline)) {
        if (['workflow', 'variables', 'stages'].includes(name)) continue;
        const mr = job.rules?.some((r) => r.if?.includes('merge_request_event') && !('when' in r));
        if (
          split &&
          mr &&
          job.variables?.DAGSTER_CLOUD_API_TOKEN !== '$DAGSTER_CLOUD_API_TOKEN_BRANCH_DEPLOYMENTS'
        ) {
          broken.push(
            `${repo.name}: merge-request job ${name} holds ${String(job.variables?.DAGSTER_CLOUD_API_TOKEN)}`,
          );
        }
      }
    } else {
      const wf = parse(ciFile.content) as Workflow;
      const jobs = Object.values(wf.jobs);
      if (split) {
        if ('DAGSTER_CLOUD_API_TOKEN' in wf.env) broken.push(`${repo.name}: workflow-wide token`);
        targets.forEach((target, i) => {
          const job = jobs[i];
          const env = job?.environment ?? '';
          if (!env.includes(`dagster-${target.production}`)) {
            broken.push(`${repo.name}: ${target.production} job in environment ${env}`);
          }
          const prs = branchPolicyOf(t, target).branchDeployments;
          if (env.includes('dagster-branch-deployments') !== prs) {
            broken.push(
              `${repo.name}: branch environment ${String(!prs)} for ${target.production}`,
            );
          }
        });
      } else if (jobs.some((j) => j.environment !== undefined)) {
        broken.push(`${repo.name}: environments without split tokens`);
      }
    }
  }
  // Launcher, not Editor, in a production deployment with a twin when duties are separated.
  for (const g of teamGrantsOf(answers, t)) {
    const d = t.deployments.find((x) => x.name === g.deployment);
    const twin = t.deployments.some((x) => x.mirrors === g.deployment);
    const expected = answers.sod !== 'none' && d?.mirrors === null && twin ? 'LAUNCHER' : 'EDITOR';
    if (g.locations.length > 0 && g.overrideRole !== expected) {
      broken.push(`${g.team} in ${g.deployment}: ${g.overrideRole}, expected ${expected}`);
    }
    if (g.role === 'EDITOR' && expected === 'LAUNCHER') broken.push(`${g.team}: Editor in prod`);
  }
  return broken;
};

const codeownersRule = (
  answers: Answers,
  t: Topology,
  files: readonly GeneratedFile[],
): string[] => {
  const broken: string[] = [];
  if (teamsOf(answers).length < 2 && !agentsOf(t).some((a) => a.queues.length > 0)) return broken;
  // SETUP.md's review step names the deploy configuration these files use.
  const config =
    configFormatOf(answers, t).format === 'dg' ? 'the dg files' : '`dagster_cloud.yaml`';
  const setup = files.find((f) => f.path === 'SETUP.md')?.content ?? '';
  if (!setup.includes(`gives them ${config} and the CI files`)) {
    broken.push(`SETUP.md: the code-owner step does not name ${config}`);
  }
  for (const repo of t.repos) {
    const file = files.find((f) => f.repo === repo.name && f.path.endsWith('CODEOWNERS'));
    const parsed = parseCodeowners(file?.content ?? '');
    const rules = parsed.ok ? parsed.value : [];
    const ciPaths = {
      github: '.github/workflows/dagster-cloud-deploy.yml',
      gitlab: '.gitlab-ci.yml',
      other: 'CI-DEPLOY.md',
    }[answers.ci];
    // Every Dagster+ and CI file written for the repository, as committed at its root (the dg
    // folder of the optional dg files copied over it, each fragment merged into pyproject.toml).
    const prefix = t.repos.length > 1 ? `${repo.name}/` : '';
    const written = files
      .filter((f) => f.repo === repo.name && !f.path.endsWith('CODEOWNERS'))
      .map((f) =>
        f.path
          .slice(prefix.length)
          .replace(new RegExp(`^${DG_FOLDER}/`), '')
          .replace(PYPROJECT_FRAGMENT, 'pyproject.toml'),
      )
      .filter((path) =>
        /(^|\/)(dagster_cloud\.yaml|dg\.toml|build\.yaml|container_context\.yaml|pyproject\.toml)$|^\.github\/workflows\/|^\.gitlab-ci\.yml$|^CI-DEPLOY\.md$/.test(
          path,
        ),
      );
    const owned = [
      ...written,
      ciPaths,
      ...(answers.share !== 'none' && repo.teams.length > 1 ? ['shared/lib.py'] : []),
    ];
    for (const path of owned) {
      // ownerRuleOf looks up a folder: ask for the path's own entry by its parent + name.
      const rule = rules.filter((r) => matchesFile(r.pattern, path)).at(-1);
      if (!rule?.teams.includes(PLACEHOLDERS.platformTeam)) {
        broken.push(`${repo.name}: ${path} owned by ${rule?.owners.join(' ') ?? 'nobody'}`);
      }
    }
    for (const l of repo.locations) {
      const rule = ownerRuleOf(rules, l);
      const team = answers.projects.find((p) => p.name === l)?.team ?? '';
      if (!rule?.teams.includes(team)) broken.push(`${repo.name}: folder ${l} not ${team}'s`);
    }
  }
  return broken;
};

/** gitignore-style match of a CODEOWNERS pattern against a file path (what the rule covers). */
const matchesFile = (pattern: string, path: string): boolean => {
  const anchored = pattern.startsWith('/') || pattern.slice(0, -1).includes('/');
  const body = pattern
    .replace(/^\//, '')
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*');
  const dir = pattern.endsWith('/');
  return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${body}${dir ? '.*' : '(?:/.*)?'}$`).test(path);
};

const branchRule = (answers: Answers, t: Topology, files: readonly GeneratedFile[]): string[] => {
  const broken: string[] = [];
  for (const a of agentsOf(t)) {
    if (a.team !== null && a.branchDeployments) broken.push(`${a.name} serves branch deployments`);
  }
  const notes = safetyNotes(t).join('\n');
  const setup = files.find((f) => f.path === 'SETUP.md')?.content ?? '';
  for (const repo of t.repos) {
    const targets = deployTargetsOf(t, repo);
    const any = targets.some((x) => branchPolicyOf(t, x).branchDeployments);
    const ciFile = files.find(
      (f) => f.repo === repo.name && /(workflows\/.*\.yml|\.gitlab-ci\.yml)$/.test(f.path),
    );
    if (ciFile !== undefined) {
      const deploysMrs =
        ciFile.path.endsWith('.yml') && !ciFile.path.endsWith('.gitlab-ci.yml')
          ? 'pull_request' in (parse(ciFile.content) as Workflow).on
          : ciFile.content.includes('on_stop: close-branch');
      if (deploysMrs !== any)
        broken.push(`${repo.name}: deploys merge requests ${String(deploysMrs)}`);
    }
    if (!any) {
      const note = `No branch deployments for \`${repo.name}\``;
      if (!notes.includes(note)) broken.push(`${repo.name}: no note`);
      if (!setup.includes(note)) broken.push(`${repo.name}: SETUP.md does not say so`);
    }
  }
  if (answers.sod === 'confidential') {
    const confidential = separatedTeamsOf(answers);
    for (const a of agentsOf(t)) {
      const only = a.locations.every((l) => confidential.includes(l.team));
      if (only && a.role !== 'shared' && a.branchDeployments)
        broken.push(`${a.name}: confidential`);
    }
  }
  return broken;
};

const LAYOUTS: readonly RepoLayout[] = ['monorepo', 'multirepo'];
const CI: readonly CiProvider[] = ['github', 'gitlab', 'other'];

describe('safety rules, projects in any order', () => {
  it.each(CASES)('$id', ({ answers }) => {
    let runs = 0;
    fc.assert(
      fc.property(
        fc.shuffledSubarray(answers.projects, {
          minLength: answers.projects.length,
          maxLength: answers.projects.length,
        }),
        fc.constantFrom<AgentPlatform>(...AGENT_PLATFORMS),
        fc.constantFrom(...CI),
        fc.constantFrom(...LEVEL_IDS),
        fc.constantFrom(...LAYOUTS),
        fc.constantFrom(...FORMATS),
        (projects, agent, ci, level, layout, format) => {
          runs += 1;
          const base: Variant = { answers: { ...answers, agent, ci, ...format }, level, layout };
          const shuffled: Variant = { ...base, answers: { ...base.answers, projects } };
          const { topology, files } = emit(shuffled);
          expect(
            [
              ...sameDefaultQueue(topology, emit(base).topology),
              ...defaultQueueRule(topology, files),
              ...placeholderRule(topology, files),
              ...tokenRule(shuffled.answers, topology, files),
              ...codeownersRule(shuffled.answers, topology, files),
              ...branchRule(shuffled.answers, topology, files),
            ],
            JSON.stringify([level, layout, agent, ci, format]),
          ).toEqual([]);
        },
      ),
      { numRuns: 24 },
    );
    expect(runs).toBe(24);
  });
});

describe("the issue's links", () => {
  const recommended = (answers: Answers) => {
    const ranking = rankOptions(answers);
    return emit({ answers, level: ranking.recommended, layout: ranking.layout.layout });
  };
  const defaultAgent = (t: Topology) => agentsOf(t).find((a) => a.includeDefaultQueue)?.name;

  // At the agent level, which each link was filed at. Since scoring v2 (high volume weighed,
  // not required) highVolumeAgent's recommendation is code location, with one agent.
  const atAgentLevel = (answers: Answers) =>
    emit({ answers, level: 'agent', layout: rankOptions(answers).layout.layout });

  it.each<[IssueLinkId, string, string]>([
    ['pciTeamAgent', 'prod-aws-agent', 'prod-aws-payments-agent'],
    ['highVolumeAgent', 'prod-main-agent', 'prod-main-high-volume-agent'],
    ['gpuAgent', 'prod-cpu-agent', 'prod-gpu-high-volume-agent'],
  ])('%s at the agent level: the default queue is on %s, never on %s', (id, shared, apart) => {
    const { topology, files } = atAgentLevel(decoded(id));
    expect(defaultAgent(topology)).toBe(shared);
    const file = files.find((f) => f.path.startsWith(`agents/${apart}/`))?.content ?? '';
    expect(file).toMatch(/include(_default_queue|DefaultQueue): false/);
  });

  it('pciTeamAgent: the payments agent has its own ECS placeholders and serves no branch deployment', () => {
    const { files } = recommended(decoded('pciTeamAgent'));
    const payments = files.find((f) => f.path === 'agents/prod-aws-payments-agent/dagster.yaml');
    const shared = files.find((f) => f.path === 'agents/prod-aws-agent/dagster.yaml');
    const config = (f: GeneratedFile | undefined) =>
      (parse(f?.content ?? '') as { user_code_launcher: { config: Record<string, unknown> } })
        .user_code_launcher.config;
    expect(config(payments)).toMatchObject({
      cluster: 'your-prod-aws-payments-ecs-cluster',
      subnets: ['subnet-your-prod-aws-payments-private-subnet'],
      security_group_ids: ['sg-your-prod-aws-payments-security-group'],
      task_role_arn: 'arn:aws:iam::123456789012:role/your-prod-aws-payments-task-role',
    });
    expect(config(shared)).toMatchObject({ cluster: 'your-prod-aws-ecs-cluster' });
    expect(payments?.content).toContain('branch_deployments: false');
    expect(payments?.content).toContain("holds team payments's credentials");
    const setup = files.find((f) => f.path === 'SETUP.md')?.content ?? '';
    expect(setup).toContain('Agent queues are routing, not access control');
    expect(setup).toContain('No branch deployments for `dagster-payments`');
  });

  it('gpuAgent: the GPU agent has a commented place for its node pool and GPUs', () => {
    const { files } = recommended(decoded('gpuAgent'));
    const gpu = files.find((f) => f.path === 'agents/prod-gpu-high-volume-agent/values.yaml');
    const comments = (gpu?.content ?? '').split('\n').filter((l) => l.startsWith('#'));
    expect(comments).toContain('#       nodeSelector:');
    expect(comments).toContain('#           nvidia.com/gpu: 1');
    // Commented only: the live values carry none of it.
    expect(parse(gpu?.content ?? '')).not.toHaveProperty('workspace.runK8sConfig');
  });
});

describe('CODEOWNERS owns /dagster_cloud.yaml where one is written, or says why it guards one', () => {
  const cases = CASES.flatMap((c) =>
    FORMATS.map((format, i) => ({
      id: `${c.id}-${String(i)}`,
      answers: { ...c.answers, ...format },
    })),
  );
  it.each(cases)('$id', ({ answers }) => {
    const ranking = rankOptions(answers);
    const { files } = emit({ answers, level: ranking.recommended, layout: ranking.layout.layout });
    const owners = files.filter((f) => f.path.endsWith('CODEOWNERS'));
    expect(owners.length).toBeGreaterThan(0);
    for (const f of owners) {
      const root = f.path.slice(0, f.path.search(/(\.github\/|\.gitlab\/)?CODEOWNERS$/));
      const written = files.some((x) => x.path === `${root}dagster_cloud.yaml`);
      const owned = f.content.split('\n').some((l) => l.startsWith('/dagster_cloud.yaml '));
      const says = f.content.includes('No dagster_cloud.yaml is written here');
      // A guard line never claims a file that is there, and never goes unexplained.
      expect(says, f.path).toBe(owned && !written);
      if (written) expect(says, f.path).toBe(false);
    }
  });
});
