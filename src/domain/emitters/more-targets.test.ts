import fc from 'fast-check';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { arbAnswers } from '../__fixtures__/arbitraries';
import { PERSONAS } from '../__fixtures__/personas';
import { separatedTeamsOf, teamsOf, type Answers } from '../questionnaire/schemas';
import { LEVEL_IDS, type LevelId, type RepoLayout } from '../scoring/types';
import { SCORING_MODEL_VERSION } from '../scoring/version';
import { agentsOf, buildTopology } from '../topology/build-topology';
import type { Topology } from '../topology/types';
import { dagsterCloudYamlSchema } from './dagster-cloud-schema';
import { BUILT_MARKERS, DAGSTER_CLOUD_CLI_IMAGE, GITLAB_CI_PATH } from './emit-gitlab-ci';
import { PROVIDER_SOURCE, TERRAFORM_PATH } from './emit-terraform';
import { EMIT_ORDER, emitAll } from './emitters';
import { gitlabCiSchema, type GitlabJob } from './gitlab-ci-schema';
import {
  OPTIONAL_TARGET_IDS,
  OPTIONAL_TARGETS,
  TARGET_IDS,
  type EmitContext,
  type GeneratedFile,
  type OptionalTargetId,
} from './types';

type Case = {
  id: string;
  answers: Answers;
  level: LevelId;
  layout: RepoLayout;
  extra: readonly OptionalTargetId[];
};

/** The optional targets that add files (`legacy-yaml` chooses a format instead). */
const ALL = [
  'dg-project',
  'terraform',
  'drift-check',
] as const satisfies readonly OptionalTargetId[];

/** Persona + variant: GitLab, the optional targets, each platform and both layouts. */
const CASES: Case[] = [
  {
    id: 'twoClouds-gitlab-all',
    answers: { ...PERSONAS.twoClouds, ci: 'gitlab' },
    level: 'agent',
    layout: 'monorepo',
    extra: ALL,
  },
  {
    id: 'regulatedTeam-gitlab-ecs-all',
    answers: { ...PERSONAS.regulatedTeam, ci: 'gitlab', agent: 'ecs' },
    level: 'deployment',
    layout: 'multirepo',
    extra: ALL,
  },
  {
    id: 'regulatedTeam-gitlab-monorepo-staging',
    answers: { ...PERSONAS.regulatedTeam, ci: 'gitlab', agent: 'docker', prod: true },
    level: 'deployment',
    layout: 'monorepo',
    extra: ['terraform'],
  },
  {
    id: 'threeTeamsNinePipelines-all',
    answers: PERSONAS.threeTeamsNinePipelines,
    level: 'deployment',
    layout: 'multirepo',
    extra: ALL,
  },
  {
    id: 'independentTeams-gitlab-local-dg',
    answers: { ...PERSONAS.independentTeams, ci: 'gitlab', agent: 'local' },
    level: 'code-location',
    layout: 'multirepo',
    extra: ['dg-project'],
  },
];

const caseById = (id: string): Case => {
  const found = CASES.find((c) => c.id === id);
  if (!found) throw new Error(`no case ${id}`);
  return found;
};

const ctxFor = (c: Case): EmitContext => ({
  shareUrl: `https://isolation-advisor.example/#case=${c.id}`,
  extraTargets: c.extra,
});

const topologyOf = (c: Case): Topology => buildTopology(c.answers, c.level, c.layout);
const emit = (c: Case): GeneratedFile[] => emitAll(c.answers, topologyOf(c), ctxFor(c));
const named = (files: GeneratedFile[], name: string) =>
  files.filter((f) => f.path === name || f.path.endsWith(`/${name}`));

type Pipeline = Record<string, unknown> & { variables: Record<string, string> };
const jobsOf = (pipeline: Pipeline): [string, GitlabJob][] =>
  Object.entries(pipeline).filter(
    (e): e is [string, GitlabJob] => !['variables', 'stages', 'workflow'].includes(e[0]),
  );
const pipelines = (files: GeneratedFile[]) =>
  named(files, GITLAB_CI_PATH).map((f) => ({ file: f, pipeline: parse(f.content) as Pipeline }));

type Terraform = {
  terraform: { required_providers: Record<string, { source: string; version: string }> };
  provider: Record<string, Record<string, string>>;
  resource: Record<string, Record<string, Record<string, unknown>>>;
};
const terraformOf = (files: GeneratedFile[]): Terraform =>
  JSON.parse(files.find((f) => f.path === TERRAFORM_PATH)?.content ?? 'null') as Terraform;

type Grant = {
  team_id: string;
  deployment: string;
  grant: string;
  location_grants?: { location_name: string; grant: string }[];
};
const grantsOf = (tf: Terraform) =>
  Object.values(tf.resource.dagsterplus_team_deployment_grant ?? {}) as Grant[];

/** Every `${type.label.attribute}` in the file, as [type, label]. */
const references = (tf: Terraform): [string, string][] =>
  [...JSON.stringify(tf.resource).matchAll(/\$\{([a-z_]+)\.([A-Za-z0-9_-]+)\.[a-z_]+\}/g)].map(
    (m) => [m[1] ?? '', m[2] ?? ''],
  );

/** `[tool.dg.project]` of a pyproject fragment, read by smol-toml (a TOML 1.0 parser from npm). */
const dgProjectOf = (toml: string): Record<string, unknown> =>
  (parseToml(toml) as { tool?: { dg?: { project?: Record<string, unknown> } } }).tool?.dg
    ?.project ?? {};

describe('more targets: golden files', () => {
  it.each(CASES)('$id matches its golden files', async (c) => {
    for (const file of emit(c)) {
      await expect(file.content).toMatchFileSnapshot(`./__snapshots__/${c.id}/${file.path}`);
    }
  });
});

describe('more targets: every case', () => {
  it.each(CASES)('$id: YAML parses, every file opens with the header', (c) => {
    for (const file of emit(c)) {
      if (file.kind === 'yaml')
        expect(() => parse(file.content) as unknown, file.path).not.toThrow();
      const head = file.content.split('\n').slice(0, 4).join('\n');
      expect(head, file.path).toContain(
        `Generated by Isolation Advisor (scoring model v${SCORING_MODEL_VERSION}).`,
      );
      expect(head, file.path).toContain(ctxFor(c).shareUrl);
    }
  });

  it.each(CASES)('$id: byte-identical across calls, unique paths', (c) => {
    expect(emit(c)).toEqual(emit(c));
    const paths = emit(c).map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it.each(CASES)('$id: optional files only when asked for', (c) => {
    const plain = emitAll(c.answers, topologyOf(c), { shareUrl: ctxFor(c).shareUrl });
    expect(plain.some((f) => f.path.includes('dg/') || f.path.startsWith('terraform/'))).toBe(
      false,
    );
    const paths = emit(c).map((f) => f.path);
    expect(paths.some((p) => p.includes('/dg/') || p.startsWith('dg/'))).toBe(
      c.extra.includes('dg-project'),
    );
    expect(paths.includes(TERRAFORM_PATH)).toBe(c.extra.includes('terraform'));
  });
});

describe('GitLab pipeline', () => {
  const gitlabCases = CASES.filter((c) => c.answers.ci === 'gitlab');

  it.each(gitlabCases)('$id: one .gitlab-ci.yml per repository, each passes our schema', (c) => {
    const files = pipelines(emit(c));
    expect(files).toHaveLength(topologyOf(c).repos.length);
    for (const { file, pipeline } of files) {
      expect(gitlabCiSchema.safeParse(pipeline).error?.issues ?? [], file.path).toEqual([]);
    }
  });

  it.each(gitlabCases)('$id: never carries the organisation or the API token', (c) => {
    for (const { file, pipeline } of pipelines(emit(c))) {
      expect(Object.keys(pipeline.variables), file.path).not.toContain('DAGSTER_CLOUD_API_TOKEN');
      expect(Object.keys(pipeline.variables), file.path).not.toContain(
        'DAGSTER_CLOUD_ORGANIZATION',
      );
      expect(file.content).not.toContain('your-dagster-org');
    }
  });

  it.each(gitlabCases)('$id: IMAGE_REGISTRY equals every build.registry of the repository', (c) => {
    const out = emit(c);
    for (const repo of topologyOf(c).repos) {
      const prefix = topologyOf(c).repos.length > 1 ? `${repo.name}/` : '';
      const cloud = dagsterCloudYamlSchema.parse(
        parse(out.find((f) => f.path === `${prefix}dagster_cloud.yaml`)?.content ?? ''),
      );
      const { pipeline } = pipelines(out).find((p) => p.file.repo === repo.name) ?? {};
      for (const l of cloud.locations) {
        expect(l.build?.registry, l.location_name).toBe(pipeline?.variables.IMAGE_REGISTRY);
      }
    }
  });

  it.each(gitlabCases)(
    '$id: a build per location; the deploy job runs exactly when one of its builds does',
    (c) => {
      const topology = topologyOf(c);
      for (const { file, pipeline } of pipelines(emit(c))) {
        const jobs = new Map(jobsOf(pipeline));
        const repo = topology.repos.find((r) => r.name === file.repo);
        const filtered = (repo?.locations.length ?? 0) > 1;
        expect([...jobs.keys()].filter((j) => j.startsWith('build-')).sort()).toEqual(
          [...(repo?.locations ?? [])].map((l) => `build-${l}`).sort(),
        );
        for (const [name, job] of jobs) {
          if (!name.startsWith('deploy')) continue;
          const script = job.script.join('\n');
          expect(script, name).toContain('--deployment=$DAGSTER_DEPLOYMENT');
          expect(script, name).toContain('--project-dir=$DAGSTER_PROJECT_DIR');
          expect(script, name).toContain('--dagster-cloud-yaml-path=$DAGSTER_CLOUD_YAML_PATH');
          expect(script, name).toContain('dagster-cloud ci deploy');
          expect(job.image).toBe(DAGSTER_CLOUD_CLI_IMAGE);
          const deployment = job.variables?.DAGSTER_DEPLOYMENT ?? '';
          const marker = `${BUILT_MARKERS}/${deployment}`;
          const builds = [...jobs].filter(
            ([b, bj]) => b.startsWith('build-') && bj.script.some((s) => s.includes(`${marker}/`)),
          );
          if (!filtered) {
            expect(job.rules?.every((r) => r.changes === undefined)).toBe(true);
            continue;
          }
          // Every build whose marker this job reads leaves it as an artifact ...
          expect(builds.length, name).toBeGreaterThan(0);
          for (const [b, bj] of builds) {
            expect(bj.artifacts && 'paths' in bj.artifacts ? bj.artifacts.paths : null, b).toEqual([
              `${marker}/${b.slice('build-'.length)}`,
            ]);
          }
          // ... and the job's changes are the union of those builds' changes.
          // (A build's changes rule follows the "never on merge requests" rule the drift check adds.)
          const union = new Set(
            builds.flatMap(([, bj]) => bj.rules?.find((r) => r.changes)?.changes ?? []),
          );
          for (const rule of job.rules ?? []) {
            if (rule.when === 'never') continue;
            expect(new Set(rule.changes), `${name} ${rule.if ?? ''}`).toEqual(union);
          }
          expect(script).toContain(`ls ${marker}`);
        }
      }
    },
  );

  it('builds, inits and deploys a single-location repository without change rules', () => {
    const c = caseById('independentTeams-gitlab-local-dg');
    const { pipeline } = pipelines(emit(c))[0] ?? { pipeline: {} as Pipeline };
    const jobs = new Map(jobsOf(pipeline));
    expect(jobs.get('build-ingest')?.rules).toBeUndefined();
    expect(jobs.get('build-ingest')?.artifacts).toBeUndefined();
    expect(jobs.get('deploy')?.script).toEqual([
      expect.stringMatching(/^dagster-cloud ci init .* --location-name=ingest$/) as string,
      'dagster-cloud ci set-build-output --location-name=ingest --image-tag=$IMAGE_TAG-ingest',
      'dagster-cloud ci deploy',
      'dagster-cloud ci status --output-format=markdown',
    ]);
  });

  it('routes the staging branch to the staging twin of each deployment', () => {
    const c = caseById('regulatedTeam-gitlab-monorepo-staging');
    const { pipeline } = pipelines(emit(c))[0] ?? { pipeline: {} as Pipeline };
    const jobs = new Map(jobsOf(pipeline));
    // Confidential finance gets no branch deployment job: its agents hold its credentials.
    expect([...jobs.keys()].filter((j) => j.startsWith('deploy'))).toEqual([
      'deploy-prod',
      'deploy-prod-branch',
      'deploy-finance',
    ]);
    const finance = jobs.get('deploy-finance');
    // Each deployment deploys with its own protected token.
    expect(finance?.variables).toEqual({
      DAGSTER_DEPLOYMENT: 'finance',
      DAGSTER_CLOUD_API_TOKEN: '$DAGSTER_CLOUD_API_TOKEN_FINANCE',
    });
    expect(finance?.rules?.[0]).toEqual({
      if: '$CI_PIPELINE_SOURCE == "merge_request_event"',
      when: 'never',
    });
    expect(finance?.rules?.[1]).toMatchObject({
      if: '$CI_COMMIT_BRANCH == "staging"',
      variables: {
        DAGSTER_DEPLOYMENT: 'finance-staging',
        DAGSTER_CLOUD_API_TOKEN: '$DAGSTER_CLOUD_API_TOKEN_FINANCE_STAGING',
      },
    });
    expect(jobs.get('deploy-prod-branch')?.environment).toEqual({
      name: 'branch/$CI_COMMIT_REF_NAME',
      on_stop: 'close-branch',
    });
    expect(jobs.get('deploy-prod-branch')?.variables).toMatchObject({
      DAGSTER_CLOUD_API_TOKEN: '$DAGSTER_CLOUD_API_TOKEN_BRANCH_DEPLOYMENTS',
    });
    expect(jobs.get('close-branch')?.environment?.action).toBe('stop');
  });

  it.each<[string, string]>([
    ['regulatedTeam-gitlab-ecs-all', '123456789012.dkr.ecr.us-east-1.amazonaws.com'],
    ['twoClouds-gitlab-all', '"$CI_REGISTRY"'],
  ])('%s logs in to its registry (%s)', (id, registry) => {
    for (const { pipeline } of pipelines(emit(caseById(id)))) {
      for (const [name, job] of jobsOf(pipeline).filter(([n]) => n.startsWith('build-'))) {
        expect(job.before_script?.at(-1), name).toContain(`--password-stdin ${registry}`);
        expect(job.services).toEqual(['docker:27-dind']);
      }
    }
  });
});

describe('our GitLab CI schema', () => {
  const valid = {
    stages: ['build'],
    a: { stage: 'build', image: 'docker:27', script: ['true'] },
  };
  it.each<[string, Record<string, unknown>]>([
    ['an unknown job key', { ...valid, a: { ...valid.a, cache: {} } }],
    ['an undeclared stage', { ...valid, a: { ...valid.a, stage: 'test' } }],
    ['needs of an unknown job', { ...valid, a: { ...valid.a, needs: ['b'] } }],
    [
      'an unknown on_stop job',
      { ...valid, a: { ...valid.a, environment: { name: 'x', on_stop: 'b' } } },
    ],
    ['an empty script', { ...valid, a: { ...valid.a, script: [] } }],
    ['a job without image', { ...valid, a: { stage: 'build', script: ['true'] } }],
    ['an unknown rule key', { ...valid, a: { ...valid.a, rules: [{ exists: ['x'] }] } }],
    ['no job', { stages: ['build'] }],
  ])('rejects %s', (_, file) => {
    expect(gitlabCiSchema.safeParse(file).success).toBe(false);
  });

  it('accepts a minimal file', () => {
    expect(gitlabCiSchema.safeParse(valid).success).toBe(true);
  });
});

describe('dg project files', () => {
  const dgCases = CASES.filter((c) => c.extra.includes('dg-project'));

  it.each(dgCases)('$id: build.yaml holds only registry and directory', (c) => {
    const files = named(emit(c), 'build.yaml');
    expect(files.length).toBe(topologyOf(c).repos.reduce((n, r) => n + 1 + r.locations.length, 0));
    for (const f of files) {
      const keys = Object.keys(parse(f.content) as object);
      expect(
        keys.every((k) => ['registry', 'directory'].includes(k)),
        f.path,
      ).toBe(true);
    }
  });

  it.each(dgCases)('$id: container_context.yaml is the platform key with its env_vars', (c) => {
    const files = named(emit(c), 'container_context.yaml');
    if (c.answers.agent === 'local') {
      expect(files).toEqual([]);
      return;
    }
    expect(files).toHaveLength(topologyOf(c).repos.length);
    for (const f of files) {
      // The agent's location schema takes only k8s / ecs / docker at the top (issue #10 §3).
      expect(parse(f.content)).toEqual({ [c.answers.agent]: { env_vars: [] } });
    }
  });

  it.each(dgCases)(
    '$id: [tool.dg.project] names each location; its queue only as a comment dg cannot reject',
    (c) => {
      const out = emit(c);
      for (const l of agentsOf(topologyOf(c)).flatMap((a) => a.locations)) {
        const toml =
          out.find((f) => f.path.endsWith(`dg/${l.directory}/pyproject.dg.toml`))?.content ?? '';
        expect(toml).toContain('[tool.dg.project]');
        expect(
          (parseToml(toml) as { tool: { dg: Record<string, unknown> } }).tool.dg,
        ).toMatchObject({ directory_type: 'project' });
        const project = dgProjectOf(toml);
        expect(project.root_module).toBe(l.packageName);
        expect(project.code_location_name).toBe(l.name);
        // dg-core rejects agent_queue in [tool.dg.project] (dg-schema.ts): never a key there; a
        // routed project carries its queue as a comment.
        expect(project.agent_queue).toBeUndefined();
        const commented = toml
          .split('\n')
          .some((line) => line.startsWith('#') && line.includes(`agent_queue = "${l.agentQueue}"`));
        expect(commented).toBe(l.agentQueue !== null);
      }
    },
  );

  it.each(dgCases)('$id: dg.toml lists every project folder of the repository once', (c) => {
    const topology = topologyOf(c);
    for (const f of named(emit(c), 'dg.toml')) {
      const repo = topology.repos.find((r) => r.name === f.repo);
      const paths = f.content
        .split('\n')
        .filter((l) => l.startsWith('path = '))
        .map((l) => JSON.parse(l.slice('path = '.length)) as string);
      expect(paths).toEqual(repo?.locations);
      expect(f.content).toContain('directory_type = "workspace"');
    }
  });
});

describe('Terraform', () => {
  const tfCases = CASES.filter((c) => c.extra.includes('terraform'));

  it.each(tfCases)('$id: JSON with the dagsterplus provider and only defined references', (c) => {
    const tf = terraformOf(emit(c));
    expect(tf.terraform.required_providers.dagsterplus?.source).toBe(PROVIDER_SOURCE);
    expect(Object.keys(tf.provider)).toEqual(['dagsterplus']);
    const refs = references(tf);
    expect(refs.length).toBeGreaterThan(0);
    for (const [type, label] of refs) {
      expect(tf.resource[type]?.[label], `${type}.${label}`).toBeDefined();
    }
    for (const [type, resources] of Object.entries(tf.resource)) {
      expect(type.startsWith('dagsterplus_')).toBe(true);
      for (const label of Object.keys(resources))
        expect(label).toMatch(/^[A-Za-z_][A-Za-z0-9_-]*$/);
    }
  });

  it.each(tfCases)('$id: deployments to create and one team per team', (c) => {
    const tf = terraformOf(emit(c));
    const topology = topologyOf(c);
    expect(Object.values(tf.resource.dagsterplus_deployment ?? {}).map((d) => d.name)).toEqual(
      topology.deployments.map((d) => d.name).filter((n) => n !== 'prod'),
    );
    // Teams are Pro: below Pro the file declares none.
    expect(Object.values(tf.resource.dagsterplus_team ?? {}).map((t) => t.name)).toEqual(
      c.answers.plan === 'pro' ? teamsOf(c.answers) : [],
    );
    for (const g of grantsOf(tf)) {
      expect(['VIEWER', 'LAUNCHER', 'EDITOR', 'ADMIN']).toContain(g.grant);
      // An override gives a separated team its owners' role: Editor, or Launcher in a
      // production deployment that has a non-production twin.
      for (const lg of g.location_grants ?? []) expect(['EDITOR', 'LAUNCHER']).toContain(lg.grant);
    }
  });

  it('gives a confidential team grants only on its own deployment, and nobody else one there', () => {
    const tf = terraformOf(emit(caseById('regulatedTeam-gitlab-ecs-all')));
    const pairs = grantsOf(tf).map((g) => `${g.team_id} → ${g.deployment} ${g.grant}`);
    expect(pairs).toEqual([
      '${dagsterplus_team.product.id} → prod EDITOR',
      '${dagsterplus_team.finance.id} → ${dagsterplus_deployment.finance.name} EDITOR',
    ]);
  });

  it('gives a separated team Viewer and Editor overrides on its own locations where it shares', () => {
    const c = caseById('threeTeamsNinePipelines-all');
    const science = grantsOf(terraformOf(emit(c))).filter((g) => g.team_id.includes('.science.'));
    expect(separatedTeamsOf(c.answers)).toEqual(['science']);
    expect(
      science.map((g) => [g.deployment, g.grant, g.location_grants?.map((l) => l.location_name)]),
    ).toEqual([
      ['prod', 'VIEWER', ['features', 'score', 'train']],
      ['${dagsterplus_deployment.staging.name}', 'VIEWER', ['features', 'score', 'train']],
    ]);
  });

  it('gives teams Viewer where they own nothing when nothing is confidential', () => {
    const c = caseById('twoClouds-gitlab-all');
    const grants = grantsOf(terraformOf(emit(c)));
    expect(grants.map((g) => g.grant)).toEqual(['VIEWER', 'VIEWER', 'VIEWER']);
    expect(grants.map((g) => g.location_grants?.map((l) => l.location_name))).toEqual([
      ['ingest'],
      ['marts'],
      ['train'],
    ]);
  });
});

describe('SETUP.md with more targets', () => {
  it.each(CASES)('$id: names the optional files and their unverified facts', (c) => {
    const setup = emit(c).find((f) => f.path === 'SETUP.md')?.content ?? '';
    expect(setup.includes('Optional files')).toBe(c.extra.length > 0);
    expect(setup.includes('Terraform: the attribute names')).toBe(c.extra.includes('terraform'));
    expect(setup.includes('dg files: whether')).toBe(c.extra.includes('dg-project'));
    // Routing is moot where no location routes by queue (and below Pro, where there are none).
    expect(setup.includes('dg files: where routing lives')).toBe(
      c.extra.includes('dg-project') && agentsOf(topologyOf(c)).some((a) => a.queues.length > 0),
    );
    expect(setup.includes(`\`${GITLAB_CI_PATH}\` follows`)).toBe(c.answers.ci === 'gitlab');
  });
});

describe('target tables', () => {
  it('orders every default and optional target exactly once', () => {
    expect([...EMIT_ORDER].sort()).toEqual([...TARGET_IDS, ...OPTIONAL_TARGET_IDS].sort());
  });

  it('offers each optional target once, in order, with a label and a description', () => {
    expect(OPTIONAL_TARGETS.map((t) => t.id)).toEqual([...OPTIONAL_TARGET_IDS]);
    for (const t of OPTIONAL_TARGETS) {
      expect(t.label.length).toBeGreaterThan(0);
      expect(t.description.length).toBeGreaterThan(0);
    }
  });
});

describe('more targets for random answers', () => {
  it('emit schema-valid pipelines, parseable TOML values, and Terraform with defined references', () => {
    fc.assert(
      fc.property(
        arbAnswers({ minProjects: 1, maxProjects: 8 }),
        fc.constantFrom(...LEVEL_IDS),
        fc.constantFrom<RepoLayout>('monorepo', 'multirepo'),
        (generated, level, layout) => {
          const answers: Answers = { ...generated, ci: 'gitlab' };
          const out = emitAll(answers, buildTopology(answers, level, layout), {
            shareUrl: 'https://x.example/#p',
            extraTargets: ALL,
          });
          const paths = out.map((f) => f.path);
          expect(new Set(paths).size).toBe(paths.length);
          for (const { pipeline } of pipelines(out)) {
            expect(gitlabCiSchema.safeParse(pipeline).error?.issues ?? []).toEqual([]);
          }
          // Every TOML file is TOML, by a parser we did not write.
          for (const f of out.filter((x) => x.path.endsWith('.toml'))) {
            expect(() => parseToml(f.content) as unknown, f.path).not.toThrow();
          }
          const tf = terraformOf(out);
          for (const [type, label] of references(tf))
            expect(tf.resource[type]?.[label]).toBeDefined();
          const labels = Object.keys(tf.resource.dagsterplus_team_deployment_grant ?? {});
          expect(new Set(labels).size).toBe(labels.length);
          for (const f of out.filter((x) => x.kind === 'yaml')) parse(f.content);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('more targets with a hostile share link', () => {
  it('keeps the link on its comment line in every new file', () => {
    const c = caseById('twoClouds-gitlab-all');
    const hostile = {
      shareUrl: 'https://x.example/#a\n/secret/ @evil/team\r\n--> <script> "q" \\',
      extraTargets: ALL,
    };
    for (const file of emitAll(c.answers, topologyOf(c), hostile)) {
      const line = file.content.split('\n').find((l) => l.includes('Reopen these answers'));
      expect(line, file.path).toContain('@evil/team');
      expect(file.content, file.path).not.toMatch(/^\/secret\//m);
      if (file.path === TERRAFORM_PATH)
        expect(() => JSON.parse(file.content) as unknown).not.toThrow();
    }
  });
});
