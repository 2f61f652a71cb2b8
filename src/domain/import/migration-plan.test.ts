import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

import { PERSONAS, withLegacyConfig } from '../__fixtures__/personas';
import { teamGrantsOf } from '../emitters/access';
import { WORKFLOW_PATH } from '../emitters/emit-ci-workflow';
import { needsRunLimits } from '../emitters/emit-deployment-settings';
import { GITLAB_CI_PATH } from '../emitters/emit-gitlab-ci';
import { TERRAFORM_PATH } from '../emitters/emit-terraform';
import { emitAll } from '../emitters/emitters';
import { toYaml } from '../emitters/to-yaml';
import type { GeneratedFile } from '../emitters/types';
import type { Answers, CiProvider } from '../questionnaire/schemas';
import type { LevelId, RepoLayout } from '../scoring/types';
import { buildTopology } from '../topology/build-topology';
import type { Topology } from '../topology/types';
import {
  DICT_FORM,
  file,
  HOOLI,
  HOOLI_CODEOWNERS,
  HOOLI_HELM_VALUES,
  QUICKSTART,
} from './__fixtures__/dagster-cloud-files';
import { auditImport } from './audit';
import { MIGRATION_KIT } from './migration-kit';
import { readCurrentState } from './current-state';
import { planMigration, STEP_KINDS, type MigrationStep } from './migration-plan';
import { importToAnswers } from './to-answers';
import type { ImportInput } from './types';

/** Imports files, lets `edit` play the user correcting the wizard, and plans the migration. */
const plan = (
  input: ImportInput,
  level: LevelId,
  layout: RepoLayout,
  edit: (a: Answers) => Answers = (a) => a,
): MigrationStep[] => {
  const files = auditImport(input).files;
  if (files === null) throw new Error('fixture must parse');
  const answers = edit(importToAnswers(files).answers);
  return planMigration(
    readCurrentState(files),
    buildTopology(answers, level, layout),
    files.config,
    MIGRATION_KIT,
  );
};

const hooli = {
  dagsterCloudYaml: HOOLI,
  agentConfigs: [HOOLI_HELM_VALUES],
  codeowners: HOOLI_CODEOWNERS,
};
/** The user says batch-enrichment runs on GCP and the others on AWS. */
const twoClouds = (a: Answers): Answers => ({
  ...a,
  projects: a.projects.map((p) => ({
    ...p,
    compute: p.name === 'batch-enrichment' ? 'gcp' : 'aws',
  })),
});

const summary = (steps: readonly MigrationStep[]) =>
  steps.map((s) => [s.order, s.kind, s.downtime, s.title]);

describe('planMigration', () => {
  it('hooli, one agent today → agent isolation: agents and queues first, then routing', () => {
    const steps = plan(hooli, 'agent', 'monorepo', twoClouds);
    expect(summary(steps)).toEqual([
      [1, 'add-agent-queue', 'none', 'Let hooli-agent serve queue "aws"'],
      [2, 'install-agent', 'none', 'Install agent "prod-gcp-agent" serving queue "gcp"'],
      [3, 'grant-team', 'none', 'Grant team "data-eng" its code locations'],
      [4, 'grant-team', 'none', 'Grant team "analytics" its code locations'],
      [5, 'route-locations', 'brief', 'Add agent_queue "aws" to "data-eng-pipeline" and "basics"'],
      [6, 'route-locations', 'brief', 'Add agent_queue "gcp" to "batch-enrichment"'],
    ]);
    expect(steps[0]?.diff).toContain('+      - aws');
    expect(steps[1]?.diff).toContain('+++ b/agents/prod-gcp-agent/values.yaml');
    expect(steps[1]?.diff).toContain('+    includeDefaultQueue: false');
    expect(steps[5]?.diff).toBe(
      [
        '--- a/dagster_cloud.yaml',
        '+++ b/dagster_cloud.yaml',
        '@@ -37,3 +37,4 @@',
        '             resources:',
        '               requests:',
        '                 cpu: 250m',
        '+    agent_queue: gcp',
        '',
      ].join('\n'),
    );
  });

  it('the setup already matches: nothing to do', () => {
    expect(summary(plan({ dagsterCloudYaml: QUICKSTART }, 'code-location', 'monorepo'))).toEqual([
      [1, 'nothing-to-do', 'none', 'Nothing to change'],
    ]);
  });

  it('the dict form is rewritten first, then the queue is dropped at the code-location level', () => {
    const steps = plan({ dagsterCloudYaml: DICT_FORM }, 'code-location', 'monorepo');
    expect(steps.map((s) => s.kind)).toEqual(['convert-list-form', 'route-locations']);
    expect(steps[0]?.diff).toContain(
      '-  ingest:\n-    package_name: ingest.definitions\n+  - location_name: ingest',
    );
    expect(steps[1]?.title).toBe('Move "reporting" back to the default queue');
    expect(steps[1]?.diff).toContain('-    agent_queue: onprem');
  });

  it('production apart: create staging before deploying to it', () => {
    const steps = plan(hooli, 'deployment', 'monorepo', (a) => ({ ...a, prod: true }));
    const kinds = steps.map((s) => s.kind);
    expect(kinds.indexOf('create-deployment')).toBeLessThan(kinds.indexOf('deploy-to-deployment'));
    expect(steps.find((s) => s.kind === 'create-deployment')?.title).toBe(
      'Create deployment "staging"',
    );
    expect(steps.find((s) => s.kind === 'install-agent')?.title).toBe(
      'Install agent "staging-default-agent" serving the default queue',
    );
  });

  it('renames a location whose name breaks the project rule, as a brief step with its diff', () => {
    const steps = plan(
      {
        dagsterCloudYaml: file(
          'locations:',
          '  - location_name: Finance.Reports',
          '    code_source: {package_name: f}',
        ),
      },
      'code-location',
      'monorepo',
    );
    expect(summary(steps)).toEqual([
      [1, 'rename-location', 'brief', 'Rename "Finance.Reports" to "finance-reports"'],
    ]);
    expect(steps[0]?.diff).toContain(
      '-  - location_name: Finance.Reports\n+  - location_name: finance-reports',
    );
  });

  it('monorepo → a repository per team: create repositories first, move locations at cut-over', () => {
    const steps = plan(hooli, 'code-location', 'multirepo');
    const creates = steps.filter((s) => s.kind === 'create-repository');
    const moves = steps.filter((s) => s.kind === 'move-to-repository');
    expect(creates.map((s) => s.title)).toEqual([
      'Create repository "dagster-data-eng" for team "data-eng"',
      'Create repository "dagster-analytics" for team "analytics"',
      'Create repository "dagster-unassigned" for team "unassigned"',
    ]);
    expect(creates[1]?.diff).toContain('+++ b/dagster-analytics/dagster_cloud.yaml');
    expect(moves).toHaveLength(3);
    expect(Math.min(...moves.map((s) => s.order))).toBeGreaterThan(
      Math.max(...creates.map((s) => s.order)),
    );
    expect(moves[2]?.detail).toContain('retire its deploy workflow');
    expect(moves[2]?.diff).toContain('+locations: []');
  });

  it.each([
    ['code-location', 'monorepo'],
    ['agent', 'monorepo'],
    ['deployment', 'multirepo'],
  ] as const)(
    '%s/%s: numbered in order, no-downtime preparation before cut-overs',
    (level, layout) => {
      const steps = plan(hooli, level, layout, (a) => ({ ...twoClouds(a), prod: true }));
      expect(steps.map((s) => s.order)).toEqual(steps.map((_, i) => i + 1));
      const phases = steps.map((s) => STEP_KINDS[s.kind].phase);
      expect(phases).toEqual([...phases].sort());
      for (const s of steps) expect(s.downtime).toBe(STEP_KINDS[s.kind].downtime);
    },
  );
});

/** The sections of a (possibly multi-file) unified diff, by the path after `+++ b/`. */
const sectionsOf = (diff: string): Map<string, string[]> => {
  const sections = new Map<string, string[]>();
  let lines: string[] = [];
  for (const line of diff.replace(/\n$/, '').split('\n')) {
    if (line.startsWith('+++ b/')) sections.set(line.slice('+++ b/'.length), (lines = []));
    else if (!line.startsWith('--- ')) lines.push(line);
  }
  return sections;
};

const addedLines = (lines: readonly string[]): string =>
  lines
    .filter((l) => l.startsWith('+'))
    .map((l) => l.slice(1))
    .join('\n');

/**
 * Applies one file's hunks to `text` as `patch` would: every context and removed line must be
 * there, else it throws (a diff that does not apply to the file it claims to change).
 */
const applyStrictly = (text: string, hunks: readonly string[]): string => {
  const old = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  const out: string[] = [];
  let pos = 0;
  for (const line of hunks) {
    const header = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@/.exec(line);
    if (header !== null) {
      const start = Number(header[1]) - (header[2] === '0' ? 0 : 1);
      out.push(...old.slice(pos, start));
      pos = start;
    } else if (line.startsWith('+')) out.push(line.slice(1));
    else {
      const expected = line.slice(1);
      if (old[pos] !== expected) {
        throw new Error(
          `line ${pos + 1} is ${JSON.stringify(old[pos])}, not ${JSON.stringify(expected)}`,
        );
      }
      if (line.startsWith(' ')) out.push(expected);
      pos += 1;
    }
  }
  return `${[...out, ...old.slice(pos)].join('\n')}\n`;
};

/**
 * Today: a persona's own files at the code-location level (dagster_cloud.yaml and agent configs,
 * so "prod" is the only deployment). Recommended: `level`/`layout` with `ci`. The plan is given
 * the answers unless `ci` is null (then it is not told, as the results page calls it today).
 */
const fromOwnFiles = (
  persona: keyof typeof PERSONAS,
  level: LevelId,
  layout: RepoLayout,
  ci: CiProvider | null,
) => {
  // Today's files are a dagster_cloud.yaml (what the import reads): the legacy config.
  const answers: Answers = withLegacyConfig({ ...PERSONAS[persona], ci: ci ?? 'github' });
  const ctx = { shareUrl: 'https://example.test/#x' };
  const today = emitAll(answers, buildTopology(answers, 'code-location', 'monorepo'), ctx);
  const audit = auditImport({
    dagsterCloudYaml: today.find((f) => f.path === 'dagster_cloud.yaml')?.content ?? '',
    agentConfigs: today.filter((f) => f.path.startsWith('agents/')).map((f) => f.content),
  });
  if (audit.files === null) throw new Error('own output must parse');
  const topology = buildTopology(answers, level, layout);
  const args = [
    readCurrentState(audit.files),
    topology,
    audit.files.config,
    MIGRATION_KIT,
  ] as const;
  return {
    answers,
    topology,
    steps: ci === null ? planMigration(...args) : planMigration(...args, answers),
    files: emitAll(answers, topology, { ...ctx, extraTargets: ['terraform'] }),
  };
};

const DIFF_KINDS = ['create-deployment', 'grant-team', 'deploy-to-deployment'] as const;
const PLAN_CASES = (Object.keys(PERSONAS) as (keyof typeof PERSONAS)[]).flatMap((persona) =>
  (['deployment', 'agent'] as const).flatMap((level) =>
    (['monorepo', 'multirepo'] as const).flatMap((layout) =>
      (['github', 'gitlab', null] as const).map((ci) => ({ persona, level, layout, ci })),
    ),
  ),
);

const fileOf = (files: readonly GeneratedFile[], path: string): GeneratedFile => {
  const found = files.find((f) => f.path === path);
  if (found === undefined) throw new Error(`no ${path}`);
  return found;
};

/** Names of the locations deployed to `deployment`. */
const locationsIn = (topology: Topology, deployment: string): string[] =>
  topology.deployments
    .filter((d) => d.name === deployment)
    .flatMap((d) => d.agents.flatMap((a) => a.locations.map((l) => l.name)));

describe('planMigration: the config diff of creating deployments, granting teams and deploying', () => {
  it.each(PLAN_CASES)(
    '$persona → $level/$layout, CI $ci: each such step has its diff, naming what it changes',
    ({ persona, level, layout, ci }) => {
      const { answers, topology, steps } = fromOwnFiles(persona, level, layout, ci);
      // Without the answers the plan assumes no separation of duties.
      const grants = teamGrantsOf(ci === null ? { ...answers, sod: 'none' } : answers, topology);
      for (const step of steps.filter((s) => (DIFF_KINDS as readonly string[]).includes(s.kind))) {
        const name = step.id.slice(step.kind.length + 1);
        expect(step.diff, step.id).toBeDefined();
        const sections = sectionsOf(step.diff ?? '');
        if (step.kind === 'create-deployment') {
          const deployment = topology.deployments.find((d) => d.name === name);
          const settings = `deployments/${name}/deployment_settings.yaml`;
          expect([...sections.keys()]).toEqual([
            TERRAFORM_PATH,
            ...(deployment !== undefined && needsRunLimits(deployment) ? [settings] : []),
          ]);
          const added = addedLines(sections.get(TERRAFORM_PATH) ?? []);
          expect(added).toContain(
            `"${name}": {\n        "name": "${name}",\n        "agent_type": "HYBRID"`,
          );
          if (sections.has(settings)) {
            expect(addedLines(sections.get(settings) ?? [])).toContain(`--deployment ${name}`);
          }
          expect(step.detail).toContain('Terraform equivalent');
        } else if (step.kind === 'grant-team') {
          expect([...sections.keys()]).toEqual([TERRAFORM_PATH]);
          const added = addedLines(sections.get(TERRAFORM_PATH) ?? []);
          expect(added).toContain(`"${name}": {\n        "name": "${name}"\n`);
          const own = grants.filter((g) => g.team === name);
          expect(own.length).toBeGreaterThan(0);
          for (const g of own) {
            expect(added).toContain(`"${name}--${g.deployment}": {`);
            expect(added).toContain(`"team_id": "\${dagsterplus_team.${name}.id}"`);
            for (const l of g.overrideLocations) expect(added).toContain(`"location_name": "${l}"`);
            expect(step.detail).toContain(`in "${g.deployment}"`);
          }
          expect(step.detail.includes('assume no separation of duties')).toBe(ci === null);
        } else {
          const path = ci === 'gitlab' ? GITLAB_CI_PATH : WORKFLOW_PATH;
          const repos = topology.repos.filter((r) =>
            r.locations.some((l) => locationsIn(topology, name).includes(l)),
          );
          expect([...sections.keys()]).toEqual(
            repos.map((r) => (topology.repos.length > 1 ? `${r.name}/${path}` : path)),
          );
          const added = [...sections.values()].map(addedLines).join('\n');
          expect(added).toContain(
            ci === 'gitlab'
              ? `DAGSTER_DEPLOYMENT: ${name}`
              : topology.deployments.some((d) => d.mirrors !== null && d.name === name)
                ? `&& '${name}' ||`
                : `deployment: ${name}`,
          );
          for (const l of locationsIn(topology, name)) {
            expect(added).toContain(ci === 'gitlab' ? `build-${l}:` : `--location-name=${l} `);
          }
          expect(step.detail).toContain('a fragment of');
          expect(step.detail.includes('GitHub Actions is assumed')).toBe(ci === null);
        }
      }
    },
  );

  it('the cases cover every kind, per-location grants and deployment settings', () => {
    const all = PLAN_CASES.flatMap((c) => fromOwnFiles(c.persona, c.level, c.layout, c.ci).steps);
    for (const kind of DIFF_KINDS)
      expect(all.filter((s) => s.kind === kind).length).toBeGreaterThan(3);
    const diffs = all.map((s) => s.diff ?? '').join('\n');
    expect(diffs).toContain('"location_grants"');
    expect(diffs).toContain('+++ b/deployments/');
    expect(diffs).toContain('+++ b/dagster-');
    expect(diffs).toContain(`+++ b/${GITLAB_CI_PATH}`);
  });
});

describe('planMigration: the config diffs against the generated files', () => {
  it.each(PLAN_CASES.filter((c) => c.ci !== null && c.level === 'deployment'))(
    '$persona → $level/$layout, CI $ci: the diffs add what the generated files say',
    ({ persona, level, layout, ci }) => {
      const { topology, steps, files } = fromOwnFiles(persona, level, layout, ci);
      // Terraform: the steps build terraform/main.tf.json up to the resources the target declares.
      let terraform = '';
      for (const s of steps) {
        const hunks = sectionsOf(s.diff ?? '').get(TERRAFORM_PATH);
        if (hunks !== undefined) terraform = applyStrictly(terraform, hunks);
      }
      const emitted = JSON.parse(fileOf(files, TERRAFORM_PATH).content) as Record<string, unknown>;
      if (terraform !== '') {
        const built = JSON.parse(terraform) as Record<string, unknown>;
        const resource = emitted.resource as Record<string, unknown>;
        // Teams are granted (step by step) only when there are several.
        const granted = steps.some((s) => s.kind === 'grant-team');
        expect(built).toEqual({
          terraform: emitted.terraform,
          provider: emitted.provider,
          resource: granted
            ? resource
            : { dagsterplus_deployment: resource.dagsterplus_deployment },
        });
      }
      // Deployment settings: the emitted file without its three-line header (tool and model,
      // Dagster version, link) and the blank comment line after it.
      for (const s of steps.filter((x) => x.kind === 'create-deployment')) {
        for (const [path, hunks] of sectionsOf(s.diff ?? '')) {
          if (path === TERRAFORM_PATH) continue;
          const content = fileOf(files, path).content.split('\n').slice(4).join('\n');
          expect(applyStrictly('', hunks)).toBe(content);
        }
      }
      // CI: every job of a fragment is the job of that name in the generated pipeline.
      for (const s of steps.filter((x) => x.kind === 'deploy-to-deployment')) {
        for (const [path, hunks] of sectionsOf(s.diff ?? '')) {
          const fragment = parse(applyStrictly('', hunks)) as Record<string, unknown>;
          const pipeline = parse(fileOf(files, path).content) as Record<string, unknown>;
          const jobs = (ci === 'gitlab' ? fragment : fragment.jobs) as Record<string, unknown>;
          const all = (ci === 'gitlab' ? pipeline : pipeline.jobs) as Record<string, unknown>;
          expect(Object.keys(jobs).length).toBeGreaterThan(0);
          for (const [job, body] of Object.entries(jobs)) {
            if (job !== 'workflow') expect(body).toEqual(all[job]);
          }
        }
      }
      expect(topology.deployments.length).toBeGreaterThan(0);
    },
  );

  it.each(PLAN_CASES.filter((c) => c.ci === 'github'))(
    '$persona → $level/$layout: the answers change only the diffs and details of these steps',
    ({ persona, level, layout }) => {
      const strip = (steps: readonly MigrationStep[]) =>
        steps.map((s) =>
          (DIFF_KINDS as readonly string[]).includes(s.kind)
            ? { ...s, diff: undefined, detail: undefined }
            : s,
        );
      const given = fromOwnFiles(persona, level, layout, 'github');
      const assumed = fromOwnFiles(persona, level, layout, null);
      expect(strip(given.steps)).toEqual(strip(assumed.steps));
      // Only these steps write Terraform, deployment settings or CI files.
      for (const s of given.steps.filter(
        (x) => !(DIFF_KINDS as readonly string[]).includes(x.kind),
      )) {
        for (const path of sectionsOf(s.diff ?? '').keys()) {
          expect(path).toMatch(/(^|\/)dagster_cloud\.yaml$|^agents\//);
        }
      }
    },
  );

  it('hooli, production apart: staging created in Terraform, the job deploys to it from staging', () => {
    const steps = plan(hooli, 'deployment', 'monorepo', (a) => ({ ...a, prod: true }));
    const create = steps.find((s) => s.id === 'create-deployment:staging');
    expect(create?.diff).toContain('--- /dev/null\n+++ b/terraform/main.tf.json\n');
    expect(create?.diff).toContain('+        "name": "staging",\n+        "agent_type": "HYBRID"');
    const grant = steps.find((s) => s.id === 'grant-team:analytics');
    expect(grant?.diff).toContain('--- a/terraform/main.tf.json\n+++ b/terraform/main.tf.json\n');
    expect(grant?.diff).toContain('+      "analytics--staging": {');
    expect(grant?.detail).toContain('grant it Editor in "prod" and Editor in "staging"');
    const deploy = steps.find((s) => s.id === 'deploy-to-deployment:staging');
    expect(deploy?.diff).toContain(
      '--- a/.github/workflows/dagster-cloud-deploy.yml\n+++ b/.github/workflows/dagster-cloud-deploy.yml\n',
    );
    expect(deploy?.diff).toContain('+      - staging\n');
    expect(deploy?.diff).toContain(
      "+          deployment: ${{ github.ref == 'refs/heads/staging' && 'staging' || 'prod' }}",
    );
    for (const l of ['data-eng-pipeline', 'basics', 'batch-enrichment']) {
      expect(deploy?.diff).toContain(`--location-name=${l}`);
    }
    expect(deploy?.detail).toContain('GitHub Actions is assumed');
  });
});

/** A list-form import whose defaults route every location to queue "aws". */
const DEFAULT_QUEUE: ImportInput = {
  dagsterCloudYaml: file(
    'defaults:',
    '  agent_queue: aws',
    '  build: {registry: r}',
    'locations:',
    '  - location_name: a',
    '    code_source: {package_name: a}',
    '  - location_name: B.Reports',
    '    code_source: {package_name: b}',
    '  - location_name: c',
    '    code_source: {package_name: c}',
    '    agent_queue: gcp',
  ),
};

it('moves a queue set under defaults onto the locations in the first routing step, and says so', () => {
  const steps = plan(DEFAULT_QUEUE, 'agent', 'monorepo', (a) => ({
    ...a,
    projects: a.projects.map((p) => ({ ...p, compute: p.name === 'b-reports' ? 'aws' : 'gcp' })),
  }));
  const routes = steps.filter((s) => s.kind === 'route-locations');
  expect(routes.length).toBeGreaterThan(0);
  const [first, ...rest] = routes;
  expect(first?.diff).toContain('\n defaults:\n-  agent_queue: aws\n');
  expect(first?.detail).toContain('The agent_queue "aws" under defaults moves onto each location');
  for (const s of rest) expect(s.detail).not.toContain('under defaults');
});

describe('planMigration: the dagster_cloud.yaml diffs follow one another', () => {
  const computes = (gcp: readonly string[]) => (a: Answers) => ({
    ...a,
    projects: a.projects.map((p) => ({ ...p, compute: gcp.includes(p.name) ? 'gcp' : 'aws' })),
  });
  it.each([
    ['a default queue, one location moving to gcp', DEFAULT_QUEUE, 'agent', computes(['a', 'c'])],
    ['a default queue, every location on one queue', DEFAULT_QUEUE, 'code-location', computes([])],
    ['a default queue, renames first', DEFAULT_QUEUE, 'agent', computes(['b-reports'])],
    ['hooli', hooli, 'agent', twoClouds],
    [
      'hooli, production apart',
      hooli,
      'deployment',
      (a: Answers) => ({ ...twoClouds(a), prod: true }),
    ],
  ] as const)('%s: each applies to the file as the one before left it', (_, input, level, edit) => {
    const files = auditImport(input).files;
    if (files === null) throw new Error('fixture must parse');
    const { defaults, locations } = files.config;
    // The imported file as the plan writes it (same entries, the app's YAML style).
    let text = toYaml({
      ...(defaults === null ? {} : { defaults }),
      locations: locations.map((l) => l.raw),
    });
    const steps = plan(input, level, 'monorepo', edit);
    const changes = steps.filter((s) => sectionsOf(s.diff ?? '').has('dagster_cloud.yaml'));
    expect(changes.length).toBeGreaterThan(0);
    for (const s of changes) {
      text = applyStrictly(text, sectionsOf(s.diff ?? '').get('dagster_cloud.yaml') ?? []);
    }
    // Where the plan ends: each location under its project's name, on its recommended queue.
    const topology = buildTopology(edit(importToAnswers(files).answers), level, 'monorepo');
    const queues = new Map(
      topology.deployments.flatMap((d) =>
        d.agents.flatMap((a) => a.locations.map((l) => [l.name, l.agentQueue] as const)),
      ),
    );
    const ended = parse(text) as {
      defaults?: Record<string, unknown>;
      locations: { location_name: string; agent_queue?: string }[];
    };
    for (const l of ended.locations) {
      expect(l.agent_queue ?? ended.defaults?.agent_queue ?? null, l.location_name).toBe(
        queues.get(l.location_name),
      );
    }
    expect(ended.locations.map((l) => l.location_name).sort()).toEqual([...queues.keys()].sort());
  });
});

describe('planMigration: the default queue is turned off last', () => {
  // Today's agent serves the default queue; every recommended agent of its deployment has a queue
  // of its own. Turning the default queue off before every location names its queue would leave
  // the locations not yet routed with no agent to run them.
  it.each([
    ['busyNeighbour', 'deployment', 'monorepo'],
    ['busyNeighbour', 'agent', 'multirepo'],
    ['regulatedTeam', 'agent', 'monorepo'],
    ['regulatedTeam', 'agent', 'multirepo'],
  ] as const)('%s at the %s level, %s: after every routing step', (persona, level, layout) => {
    const { steps } = fromOwnFiles(persona, level, layout, 'github');
    const stops = steps.filter((s) => s.kind === 'stop-default-queue');
    const routes = steps.filter((s) => s.kind === 'route-locations');
    expect(stops).toHaveLength(1);
    expect(routes.length).toBeGreaterThan(0);
    const [stop] = stops;
    for (const route of routes) expect(stop?.order).toBeGreaterThan(route.order);
    expect(stop?.order).toBe(steps.length);
    expect(stop?.downtime).toBe('none');
    // The diff turns the default queue off, and changes nothing else.
    const changed = (stop?.diff ?? '')
      .split('\n')
      .filter((l) => /^[-+]\s/.test(l))
      .map((l) => l.replace(/\s+/g, ' '));
    expect(changed).toEqual([
      expect.stringMatching(/^- include(?:DefaultQueue|_default_queue): true$/),
      expect.stringMatching(/^\+ include(?:DefaultQueue|_default_queue): false$/),
    ]);
  });
});
