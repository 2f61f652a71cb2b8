import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';

import { PERSONAS, withLegacyConfig, type PersonaId } from '../__fixtures__/personas';
import type { Answers } from '../questionnaire/schemas';
import { checkDrift } from './check-drift';
import { generate, inputFor, type Generated } from './__fixtures__/generated-repos';
import { builtLocations } from './read-ci';
import { readRepo } from './read-repo';
import type { DriftKind, RepoFile } from './types';

/** Personas, and variants for the other CI providers, agent platforms and optional targets. */
const CASES: readonly [string, Answers][] = [
  ...(Object.keys(PERSONAS) as PersonaId[]).map((id): [string, Answers] => [id, PERSONAS[id]]),
  ['twoClouds on GitLab with Docker', { ...PERSONAS.twoClouds, ci: 'gitlab', agent: 'docker' }],
  ['regulatedTeam on GitLab with ECS', { ...PERSONAS.regulatedTeam, ci: 'gitlab', agent: 'ecs' }],
  ['busyNeighbour with another CI', { ...PERSONAS.busyNeighbour, ci: 'other', agent: 'local' }],
  [
    'threeTeamsNinePipelines with every target',
    { ...PERSONAS.threeTeamsNinePipelines, targets: ['dg-project', 'terraform', 'drift-check'] },
  ],
  [
    'regulatedTeam on GitLab with the drift check',
    { ...PERSONAS.regulatedTeam, ci: 'gitlab', targets: ['drift-check'] },
  ],
  // oneTeamOneCloud states Dagster 1.13.7, so its files are dg files; these keep dagster_cloud.yaml.
  ['oneTeamOneCloud with dagster_cloud.yaml', withLegacyConfig(PERSONAS.oneTeamOneCloud)],
  [
    'oneTeamOneCloud with no Dagster version stated',
    { ...PERSONAS.oneTeamOneCloud, dagsterVersion: null },
  ],
  ['oneTeamOneCloud on GitLab (dg files)', { ...PERSONAS.oneTeamOneCloud, ci: 'gitlab' }],
  [
    'oneTeamOneCloud on GitLab (dg files) with the drift check',
    { ...PERSONAS.oneTeamOneCloud, ci: 'gitlab', targets: ['drift-check'] },
  ],
];

/** One team on two clouds: its agents differ only by environment. */
const ONE_TEAM_TWO_CLOUDS: Answers = {
  ...PERSONAS.twoClouds,
  projects: [
    { name: 'ingest', team: 'data', compute: 'aws', highVolume: false },
    { name: 'train', team: 'data', compute: 'gcp', highVolume: false },
  ],
};

const gen = new Map<string, Generated>([
  ...CASES.map(([id, answers]) => [id, generate(answers)] as const),
  [
    'regulatedTeam in one repository',
    generate({ ...PERSONAS.regulatedTeam, agent: 'ecs' }, { layout: 'monorepo' }),
  ],
  ['one team on two clouds', generate(ONE_TEAM_TWO_CLOUDS)],
]);
const g = (id: string): Generated => {
  const found = gen.get(id);
  if (found === undefined) throw new Error(`no case ${id}`);
  return found;
};

/** 1-based line of the `nth` line (0-based) containing `needle`. */
const lineOf = (text: string, needle: string, nth = 0): number => {
  let seen = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if ((lines[i] ?? '').includes(needle)) {
      if (seen === nth) return i + 1;
      seen += 1;
    }
  }
  throw new Error(`"${needle}" not found`);
};

const indentOf = (line: string): number => line.length - line.trimStart().length;

/** Removes the YAML block that starts on the line containing `needle` (a list item or a key). */
const removeBlock = (text: string, needle: string): string => {
  const lines = text.split('\n');
  const start = lineOf(text, needle) - 1;
  const indent = indentOf(lines[start] ?? '');
  let end = start + 1;
  while (end < lines.length) {
    const l = lines[end] ?? '';
    if (l.trim() !== '' && indentOf(l) <= indent) break;
    end += 1;
  }
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
};

/** Replaces `from` with `to` on the first line containing `from` after the line with `after`. */
const replaceAfter = (text: string, after: string, from: string, to: string): string => {
  const lines = text.split('\n');
  const start = lineOf(text, after) - 1;
  const at = lines.findIndex((l, i) => i >= start && l.includes(from));
  if (at < 0) throw new Error(`"${from}" not found after "${after}"`);
  lines[at] = (lines[at] ?? '').replace(from, to);
  return lines.join('\n');
};

type Where = { repo?: string; path: string };

const fileOf = (x: Generated, where: Where): RepoFile => {
  const files = where.repo === undefined ? x.agentFiles : (x.repos.get(where.repo) ?? []);
  const file = files.find((f) => f.path === where.path);
  if (file === undefined) throw new Error(`no file ${where.path}`);
  return file;
};

/** The generated repositories with one file changed by `edit`. */
const edited = (x: Generated, where: Where, edit: (text: string) => string) => {
  const change = (files: readonly RepoFile[]) =>
    files.map((f) => (f.path === where.path ? { ...f, text: edit(f.text) } : f));
  if (where.repo === undefined) return inputFor(x, x.repos, change(x.agentFiles));
  const repos = new Map(x.repos);
  repos.set(where.repo, change(x.repos.get(where.repo) ?? []));
  return inputFor(x, repos);
};

const ONE = 'dagster-projects';
/** oneTeamOneCloud as dg files (its stated version, 1.13.7) and as the legacy dagster_cloud.yaml. */
const DG_ONE = 'oneTeamOneCloud';
const LEGACY_ONE = 'oneTeamOneCloud with dagster_cloud.yaml';
const YAML = { repo: ONE, path: 'dagster_cloud.yaml' };
const WORKFLOW = { repo: ONE, path: '.github/workflows/dagster-cloud-deploy.yml' };
const GITLAB = { repo: ONE, path: '.gitlab-ci.yml' };
const OWNERS = { repo: ONE, path: '.github/CODEOWNERS' };
const SCIENCE_YAML = { repo: 'dagster-science', path: 'dagster_cloud.yaml' };
const DG_TRANSFORM = { repo: ONE, path: 'transform/pyproject.dg.toml' };

describe('checkDrift on the repositories a decision generates', () => {
  it.each([...gen.keys()])('%s: in line, nothing reported', (id) => {
    const report = checkDrift(inputFor(g(id)));
    expect(report.findings).toEqual([]);
    expect(report.unreadable).toEqual([]);
    expect(report.inLine).toBe(true);
  });

  // Without these, a reader that reads nothing would pass the test above.
  it.each([...gen.keys()])(
    '%s: the reader finds every location, what CI builds and deploys, and each deployment',
    (id) => {
      const x = g(id);
      for (const repo of x.topology.repos) {
        const read = readRepo(x.repos.get(repo.name) ?? []);
        expect(read.config?.locations.map((l) => l.name).sort()).toEqual(
          [...repo.locations].sort(),
        );
        const pipelines = read.ci;
        if (x.answers.ci === 'other') {
          expect(pipelines).toEqual([]);
          continue;
        }
        const built = new Set(
          pipelines.flatMap((c) => [...builtLocations(c, repo.locations).keys()]),
        );
        expect([...built].sort()).toEqual([...repo.locations].sort());
        const named = pipelines.flatMap((c) => c.setOutputs.map((s) => s.location));
        expect(named.length).toBeGreaterThan(0);
        if (!named.includes(null)) expect(new Set(named)).toEqual(new Set(repo.locations));
        const deployments = new Set(pipelines.flatMap((c) => c.deployments.map((d) => d.text)));
        expect(deployments.size).toBeGreaterThan(0);
        for (const d of deployments) expect(x.topology.deployments.map((n) => n.name)).toContain(d);
      }
    },
  );
});

type DriftCase = {
  name: string;
  id: string;
  where: Where;
  edit: (text: string) => string;
  kind: DriftKind | 'unknown-key';
  /** The finding's file as shown, and a needle for its line in the edited file (null: no line). */
  file: string;
  line: string | null;
  /** The line is the first with `line` after the one holding this. */
  lineAfter?: string;
  /** Extra words the message must hold. */
  says?: string;
};

const ADDED = '  - location_name: extra\n    code_source:\n      package_name: extra\n';

const DRIFT_CASES: DriftCase[] = [
  {
    name: 'a location removed',
    id: LEGACY_ONE,
    where: YAML,
    edit: (t) => removeBlock(t, 'location_name: transform'),
    kind: 'location-missing',
    file: 'dagster_cloud.yaml',
    line: 'locations:',
  },
  {
    name: 'a location added',
    id: LEGACY_ONE,
    where: YAML,
    edit: (t) => `${t}${ADDED}`,
    kind: 'location-unknown',
    file: 'dagster_cloud.yaml',
    line: 'location_name: extra',
  },
  {
    name: 'an added location the pipeline never builds',
    id: LEGACY_ONE,
    where: YAML,
    edit: (t) => `${t}${ADDED}`,
    kind: 'ci-not-built',
    file: WORKFLOW.path,
    line: 'command: ci deploy',
  },
  {
    name: "agent_queue changed to another team's queue",
    id: 'twoClouds',
    where: YAML,
    edit: (t) => replaceAfter(t, 'location_name: train', 'agent_queue: gcp', 'agent_queue: aws'),
    kind: 'queue-foreign',
    file: 'dagster_cloud.yaml',
    line: 'agent_queue: aws',
    lineAfter: 'location_name: train',
    says: "another team's agent in another environment",
  },
  {
    name: "agent_queue changed to another environment's queue of the same team",
    id: 'one team on two clouds',
    where: YAML,
    edit: (t) => replaceAfter(t, 'location_name: train', 'agent_queue: gcp', 'agent_queue: aws'),
    kind: 'queue-foreign',
    file: 'dagster_cloud.yaml',
    line: 'agent_queue: aws',
    lineAfter: 'location_name: train',
    says: "another environment's agent",
  },
  {
    name: "agent_queue changed to the queue of another project's own agent",
    id: 'threeTeamsNinePipelines',
    where: SCIENCE_YAML,
    edit: (t) =>
      replaceAfter(
        t,
        'location_name: features',
        'agent_queue: gpu-science',
        'agent_queue: gpu-science-high-volume',
      ),
    kind: 'queue-foreign',
    file: 'dagster-science/dagster_cloud.yaml',
    line: 'agent_queue: gpu-science-high-volume',
    says: 'an agent the decision keeps for other code locations',
  },
  {
    name: 'agent_queue changed to a queue no agent serves',
    id: 'twoClouds',
    where: YAML,
    edit: (t) => replaceAfter(t, 'location_name: train', 'agent_queue: gcp', 'agent_queue: gpu'),
    kind: 'queue-unserved',
    file: 'dagster_cloud.yaml',
    line: 'agent_queue: gpu',
  },
  {
    name: "a location of another team's repository added",
    id: 'threeTeamsNinePipelines',
    where: SCIENCE_YAML,
    edit: (t) => `${t}  - location_name: cdc\n    code_source:\n      package_name: cdc\n`,
    kind: 'location-other-repo',
    file: 'dagster-science/dagster_cloud.yaml',
    line: 'location_name: cdc',
  },
  {
    name: "a team folder's CODEOWNERS line dropped",
    id: 'regulatedTeam in one repository',
    where: OWNERS,
    edit: (t) => t.replace('/ledger/ @your-github-org/finance\n', ''),
    kind: 'owner-missing',
    file: OWNERS.path,
    line: null,
  },
  {
    name: 'a team folder given to another team in CODEOWNERS',
    id: 'regulatedTeam in one repository',
    where: OWNERS,
    edit: (t) =>
      t.replace('/ledger/ @your-github-org/finance', '/ledger/ @your-github-org/product'),
    kind: 'owner-changed',
    file: OWNERS.path,
    line: '/ledger/',
  },
  {
    name: "dagster_cloud.yaml's own owner line dropped (it falls to a team's catch-all)",
    id: 'regulatedTeam in one repository',
    where: OWNERS,
    edit: (t) =>
      `* @your-github-org/product\n${t.replace('/dagster_cloud.yaml @your-github-org/your-platform-team\n', '')}`,
    kind: 'owner-missing',
    file: OWNERS.path,
    line: '* @your-github-org/product',
    says: 'dagster_cloud.yaml has no owner line of its own',
  },
  {
    name: 'the workflows given to a team instead of the platform team',
    id: 'regulatedTeam in one repository',
    where: OWNERS,
    edit: (t) =>
      t.replace(
        '/.github/workflows/ @your-github-org/your-platform-team',
        '/.github/workflows/ @your-github-org/finance',
      ),
    kind: 'owner-changed',
    file: OWNERS.path,
    line: '/.github/workflows/ @your-github-org/finance',
  },
  {
    name: 'the catch-all owner line dropped',
    id: LEGACY_ONE,
    where: OWNERS,
    edit: (t) => t.replace('* @your-github-org/data\n', ''),
    kind: 'owner-missing',
    file: OWNERS.path,
    line: null,
    says: 'dagster_cloud.yaml has no owner line of its own',
  },
  {
    name: 'the catch-all owner line dropped (dg files)',
    id: DG_ONE,
    where: OWNERS,
    edit: (t) => t.replace('* @your-github-org/data\n', ''),
    kind: 'owner-missing',
    file: OWNERS.path,
    line: null,
    says: 'dg.toml has no owner line of its own',
  },
  // The same edits to the dagster-cloud ci workflow and to the dg plus deploy one.
  ...[LEGACY_ONE, DG_ONE].flatMap((id): DriftCase[] => [
    {
      name: `a build step removed (${id})`,
      id,
      where: WORKFLOW,
      edit: (t) => removeBlock(t, '- name: Build and upload Docker image for "transform"'),
      kind: 'ci-not-built',
      file: WORKFLOW.path,
      line: '--location-name=transform',
    },
    {
      name: `a set-build-output step removed (${id})`,
      id,
      where: WORKFLOW,
      edit: (t) => removeBlock(t, '- name: Update build session with image tag for "transform"'),
      kind: 'ci-not-deployed',
      file: WORKFLOW.path,
      line: '}}-transform',
    },
    {
      name: `a deploy to a deployment the decision does not have (${id})`,
      id,
      where: WORKFLOW,
      edit: (t) => t.replace('deployment: prod', 'deployment: qa'),
      kind: 'ci-unknown-deployment',
      file: WORKFLOW.path,
      line: 'deployment: qa',
    },
  ]),
  {
    name: 'a GitLab build job removed',
    id: 'twoClouds on GitLab with Docker',
    where: GITLAB,
    edit: (t) => removeBlock(t, 'build-train:'),
    kind: 'ci-not-built',
    file: GITLAB.path,
    line: '- dagster-cloud ci deploy',
  },
  {
    name: 'a GitLab deploy to a deployment the decision does not have',
    id: 'twoClouds on GitLab with Docker',
    where: GITLAB,
    edit: (t) => t.replace('DAGSTER_DEPLOYMENT: prod', 'DAGSTER_DEPLOYMENT: sandbox'),
    kind: 'ci-unknown-deployment',
    file: GITLAB.path,
    line: 'DAGSTER_DEPLOYMENT: sandbox',
  },
  {
    name: 'an agent serving another queue',
    id: 'twoClouds',
    where: { path: 'agents/prod-gcp-agent/values.yaml' },
    edit: (t) => t.replace('      - gcp', '      - aws'),
    kind: 'agent-differs',
    file: 'agents/prod-gcp-agent/values.yaml',
    line: 'agentQueues:',
  },
  {
    name: 'code_location_name changed in a dg project',
    id: DG_ONE,
    where: DG_TRANSFORM,
    edit: (t) => t.replace('code_location_name = "transform"', 'code_location_name = "transforms"'),
    kind: 'location-unknown',
    file: DG_TRANSFORM.path,
    line: 'code_location_name = "transforms"',
  },
  {
    name: 'a build job removed from the dg GitLab pipeline',
    id: 'oneTeamOneCloud on GitLab (dg files)',
    where: GITLAB,
    edit: (t) => removeBlock(t, 'build-transform:'),
    kind: 'ci-not-built',
    file: GITLAB.path,
    line: '- dg plus deploy finish',
  },
  {
    name: 'a dg GitLab deploy to a deployment the decision does not have',
    id: 'oneTeamOneCloud on GitLab (dg files)',
    where: GITLAB,
    edit: (t) => t.replace('DAGSTER_DEPLOYMENT: prod', 'DAGSTER_DEPLOYMENT: sandbox'),
    kind: 'ci-unknown-deployment',
    file: GITLAB.path,
    line: 'DAGSTER_DEPLOYMENT: sandbox',
  },
  {
    name: 'a key the dagster-cloud CLI rejects (the import audit)',
    id: 'twoClouds',
    where: YAML,
    edit: (t) => replaceAfter(t, 'location_name: train', 'agent_queue: gcp', 'agent_queues: gcp'),
    kind: 'unknown-key',
    file: 'dagster_cloud.yaml',
    line: 'agent_queues: gcp',
  },
];

describe('checkDrift finds each kind of drift where the user made it', () => {
  it.each(DRIFT_CASES)('$name → $kind', (c) => {
    const x = g(c.id);
    const input = edited(x, c.where, c.edit);
    const report = checkDrift(input);
    const text = edited(x, c.where, c.edit)
      .repos.flatMap((r) => r.files.map((f) => ({ ...f, path: `${r.prefix}${f.path}` })))
      .concat(input.agentFiles)
      .find((f) => f.path === c.file)?.text;
    const from = c.lineAfter === undefined ? 0 : lineOf(text ?? '', c.lineAfter);
    const line =
      c.line === null
        ? null
        : from + lineOf((text ?? '').split('\n').slice(from).join('\n'), c.line);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ id: c.kind, file: c.file, line }),
    );
    expect(report.inLine).toBe(false);
    if (c.says !== undefined) {
      const found = report.findings.find((f) => f.id === c.kind);
      expect(found?.message).toContain(c.says);
    }
  });
});

describe('checkDrift on a file with more audit errors of a kind than it lists', () => {
  it('lists the first 100 and says how many more there are', () => {
    const keys = Array.from({ length: 150 }, (_, i) => `zz${i}: 1`).join('\n');
    const report = checkDrift(edited(g('twoClouds'), YAML, (t) => `${t}${keys}\n`));
    const unknown = report.findings.filter((f) => f.id === 'unknown-key');
    expect(unknown.filter((f) => f.line !== null)).toHaveLength(100);
    const summary = unknown.filter((f) => f.line === null);
    expect(summary.map((f) => [f.file, f.severity])).toEqual([['dagster_cloud.yaml', 'error']]);
    expect(summary[0]?.message).toMatch(
      /^50 more "Unknown key" errors in this file are not listed/,
    );
    // Counted as the 50 problems it stands for, not as one.
    expect(report.counts.error).toBe(report.findings.filter((f) => f.line !== null).length + 50);
    expect(report.inLine).toBe(false);
  });
});

/** Re-dumps YAML with other indentation and every mapping's keys in reverse order. */
const reformat = (text: string): string => {
  const reverse = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(reverse);
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>)
          .reverse()
          .map(([k, x]) => [k, reverse(x)]),
      );
    }
    return v;
  };
  return stringify(reverse(parseDocument(text).toJS()), { indent: 4, lineWidth: 0 });
};

const commented = (text: string): string =>
  text
    .split('\n')
    .map((l) =>
      /^\s*(location_name|agent_queue|- gcp|deployment):?/.test(l.trim()) ? `${l}  # reviewed` : l,
    )
    .join('\n')
    .replace(/\n\n/, '\n\n# Edited by the platform team.\n\n');

type HarmlessCase = { name: string; id: string; where: Where; edit: (text: string) => string };

const HARMLESS: HarmlessCase[] = [
  { name: 'comments in dagster_cloud.yaml', id: 'twoClouds', where: YAML, edit: commented },
  {
    name: 'keys reordered and reindented in dagster_cloud.yaml',
    id: 'twoClouds',
    where: YAML,
    edit: reformat,
  },
  {
    name: 'the GitLab pipeline reformatted with keys reordered',
    id: 'twoClouds on GitLab with Docker',
    where: GITLAB,
    edit: reformat,
  },
  {
    name: 'an added key in a location',
    id: 'twoClouds',
    where: YAML,
    edit: (t) =>
      t.replace(
        '  - location_name: train\n',
        '  - location_name: train\n    working_directory: src\n',
      ),
  },
  ...[LEGACY_ONE, DG_ONE].flatMap((id): HarmlessCase[] => [
    { name: `comments in the workflow (${id})`, id, where: WORKFLOW, edit: commented },
    {
      name: `the workflow reformatted with keys reordered (${id})`,
      id,
      where: WORKFLOW,
      edit: reformat,
    },
    {
      name: `an added step and key in the workflow (${id})`,
      id,
      where: WORKFLOW,
      edit: (t) =>
        t
          .replace(
            '    runs-on: ubuntu-22.04\n',
            '    runs-on: ubuntu-22.04\n    timeout-minutes: 30\n',
          )
          .replace('    steps:\n', '    steps:\n      - name: Lint\n        run: make lint\n'),
    },
  ]),
  {
    name: 'comments, spacing and key order in a dg project file',
    id: DG_ONE,
    where: DG_TRANSFORM,
    edit: (t) =>
      t
        .replace(
          'root_module = "transform"\ncode_location_name = "transform"\n',
          'code_location_name   =   "transform"  # reviewed\n\n# the package\nroot_module="transform"\n',
        )
        .replace('[tool.dg.project]', '[ tool.dg.project ]'),
  },
  {
    name: 'an added key in a dg project file',
    id: DG_ONE,
    where: DG_TRANSFORM,
    edit: (t) => `${t}defs_module = "transform.defs"\n`,
  },
  {
    name: 'comments in dg.toml',
    id: DG_ONE,
    where: { repo: ONE, path: 'dg.toml' },
    edit: (t) => t.replace('[workspace]\n', '[workspace]  # three projects\n'),
  },
  {
    name: 'the dg GitLab pipeline reformatted with keys reordered',
    id: 'oneTeamOneCloud on GitLab (dg files)',
    where: GITLAB,
    edit: reformat,
  },
  {
    name: 'the organisation placeholders replaced everywhere',
    id: 'twoClouds',
    where: YAML,
    edit: (t) => t.replaceAll('your-github-org', 'acme'),
  },
  {
    name: 'the organisation replaced in CODEOWNERS, blank lines and comments added',
    id: 'regulatedTeam in one repository',
    where: OWNERS,
    edit: (t) => `${t.replaceAll('your-github-org', 'acme').replaceAll(' @', '   @')}\n# end\n`,
  },
  {
    name: 'an added setting in an agent',
    id: 'twoClouds',
    where: { path: 'agents/prod-gcp-agent/values.yaml' },
    edit: (t) => `${t}dagsterCloudAgent:\n  replicas: 2\n`,
  },
];

describe('checkDrift ignores what does not change the meaning', () => {
  it.each(HARMLESS)('$name', (c) => {
    const x = g(c.id);
    const before = fileOf(x, c.where).text;
    const input = edited(x, c.where, c.edit);
    // The edit changed the text …
    expect(
      input.repos
        .flatMap((r) => r.files)
        .concat(input.agentFiles)
        .some((f) => f.text !== before && f.path === c.where.path),
    ).toBe(true);
    // … and not the meaning.
    expect(checkDrift(input).findings).toEqual([]);
  });
});

/** oneTeamOneCloud's dg repository with its files changed by `change` (files added or removed). */
const dgRepoWith = (change: (files: readonly RepoFile[]) => RepoFile[]) => {
  const x = g(DG_ONE);
  return inputFor(x, new Map([[ONE, change(x.repos.get(ONE) ?? [])]]));
};

const EXTRA_PROJECT = [
  '[project]',
  'name = "extra"',
  '',
  '[tool.dg]',
  'directory_type = "project"',
  '',
  '[tool.dg.project]',
  'root_module = "extra"',
  'code_location_name = "extra"',
  '',
].join('\n');

type DgFilesCase = {
  name: string;
  change: (files: readonly RepoFile[]) => RepoFile[];
  /** The finding expected, or null when the change keeps the meaning. */
  finding: { id: DriftKind; file: string; line: number | null } | null;
  unreadable?: { file: string; line: number };
};

const DG_FILES_CASES: DgFilesCase[] = [
  {
    name: 'a project merged into its pyproject.toml, as the fragment says',
    change: (fs) =>
      fs.map((f) =>
        f.path === DG_TRANSFORM.path
          ? {
              path: 'transform/pyproject.toml',
              text: `[project]\nname = "transform"\ndependencies = ["dagster"]\n\n${f.text}`,
            }
          : f,
      ),
    finding: null,
  },
  {
    name: "a project's file removed",
    change: (fs) => fs.filter((f) => f.path !== DG_TRANSFORM.path),
    finding: { id: 'location-missing', file: 'dg.toml', line: null },
  },
  {
    name: 'a dg project added',
    change: (fs) => [...fs, { path: 'extra/pyproject.toml', text: EXTRA_PROJECT }],
    finding: { id: 'location-unknown', file: 'extra/pyproject.toml', line: 9 },
  },
  {
    name: 'a dg project file that is not TOML',
    change: (fs) =>
      fs.map((f) =>
        f.path === DG_TRANSFORM.path
          ? { ...f, text: f.text.replace('\n[tool.dg.project]\n', '\n[tool.dg.project\n') }
          : f,
      ),
    finding: null,
    unreadable: { file: DG_TRANSFORM.path, line: 10 },
  },
];

describe('checkDrift on a repository of dg files (Dagster 1.12.11 and later)', () => {
  it('the generated repository is dg files, not dagster_cloud.yaml', () => {
    const paths = (g(DG_ONE).repos.get(ONE) ?? []).map((f) => f.path);
    expect(paths).toContain('dg.toml');
    expect(paths).toContain(DG_TRANSFORM.path);
    expect(paths).not.toContain('dagster_cloud.yaml');
    expect(readRepo(g(DG_ONE).repos.get(ONE) ?? []).config?.format).toBe('dg');
  });

  it.each(DG_FILES_CASES)('$name', (c) => {
    const report = checkDrift(dgRepoWith(c.change));
    if (c.finding === null) expect(report.findings).toEqual([]);
    else expect(report.findings).toContainEqual(expect.objectContaining(c.finding));
    if (c.unreadable === undefined) expect(report.inLine).toBe(c.finding === null);
    expect(report.unreadable).toEqual(
      c.unreadable === undefined ? [] : [expect.objectContaining(c.unreadable)],
    );
  });
});

describe('checkDrift: the edges of "same meaning"', () => {
  it("a problem the decision's own files have is not drift (only what the repository added is)", () => {
    const x = g(LEGACY_ONE);
    const withTypo = (t: string) => t.replace('locations:', 'agent_queu: main\nlocations:');
    const input = edited(x, YAML, withTypo);
    expect(checkDrift(input).findings.map((f) => f.id)).toEqual(['unknown-key']);
    const expected = x.files.map((f) =>
      f.path === 'dagster_cloud.yaml' ? { ...f, content: withTypo(f.content) } : f,
    );
    expect(checkDrift({ ...input, expected }).findings).toEqual([]);
  });

  it('the queues of an agent in another order are the same queues', () => {
    const x = g('twoClouds');
    const twoQueues = (t: string) => t.replace('      - gcp\n', '      - gcp\n      - spare\n');
    const reordered = (t: string) => t.replace('      - gcp\n', '      - spare\n      - gcp\n');
    const path = 'agents/prod-gcp-agent/values.yaml';
    const input = edited(x, { path }, reordered);
    const expected = x.files.map((f) =>
      f.path === path ? { ...f, content: twoQueues(f.content) } : f,
    );
    expect(checkDrift({ ...input, expected }).findings).toEqual([]);
    expect(checkDrift(input).findings.map((f) => f.id)).toEqual(['agent-differs']);
  });

  it('an agent file past the bound on YAML tokens is reported unreadable, not skipped', () => {
    const path = 'agents/prod-gcp-agent/values.yaml';
    const padded = (t: string) => `${t}padding:\n${'  - q\n'.repeat(20_000)}`;
    const report = checkDrift(edited(g('twoClouds'), { path }, padded));
    expect(report.unreadable).toEqual([expect.objectContaining({ file: path })]);
  });

  it('a build of "raw-ingest" is not a build of "ingest"', () => {
    const x = generate({
      ...PERSONAS.oneTeamOneCloud,
      projects: [
        { name: 'ingest', team: 'data', compute: 'aws', highVolume: false },
        { name: 'raw-ingest', team: 'data', compute: 'aws', highVolume: false },
      ],
    });
    const input = edited(x, WORKFLOW, (t) =>
      removeBlock(t, '- name: Build and upload Docker image for "ingest"'),
    );
    expect(checkDrift(input).findings).toContainEqual(
      expect.objectContaining({
        id: 'ci-not-built',
        message: expect.stringContaining('"ingest"') as unknown,
      }),
    );
  });
});
