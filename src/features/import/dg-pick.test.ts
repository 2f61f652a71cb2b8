import { describe, expect, it } from 'vitest';

import {
  isDgPath,
  isReadFolder,
  mergeDgFields,
  pickDgPaths,
  MAX_VERSION_CANDIDATES,
  pickRepoPaths,
  planRepoFill,
  repoRoot,
  type FoundFile,
} from './dg-pick';
import type { AgentField, DgField } from './import-draft';

describe('which picked files are dg files', () => {
  it.each([
    ['dg.toml', true],
    ['repo/ingest/pyproject.toml', true],
    ['repo\\ingest\\pyproject.dg.toml', true],
    ['/repo/build.yaml', true],
    ['repo/ingest/container_context.yaml', true],
    ['repo/README.md', false],
    ['repo/dagster_cloud.yaml', false],
    ['repo/.venv/lib/pyproject.toml', false],
    ['repo/node_modules/x/pyproject.toml', false],
    ['repo/.git/dg.toml', false],
  ])('%s: %s', (path, want) => {
    expect(isDgPath(path)).toBe(want);
  });

  it('counts what it leaves out', () => {
    expect(pickDgPaths(['dg.toml', 'a.md', 'a/pyproject.toml', 'b.py'])).toEqual({
      read: [0, 2],
      leftOut: 2,
    });
  });
});

describe('mergeDgFields', () => {
  let key = 100;
  const field = (path: string, text: string): DgField => ({ key: key++, path, text });

  it('replaces a field of the same path, drops empty ones, puts dg.toml first', () => {
    const existing = [field('dg.toml', ''), field('a/pyproject.toml', 'old'), field('b/x', 'keep')];
    const merged = mergeDgFields(
      existing,
      [
        { path: './a/pyproject.toml', text: 'new' },
        { path: 'a/build.yaml', text: 'registry: x' },
        { path: 'dg.toml', text: 'directory_type = "workspace"' },
      ],
      field,
    );
    expect(merged.map((f) => [f.path, f.text])).toEqual([
      ['b/x', 'keep'],
      ['dg.toml', 'directory_type = "workspace"'],
      ['a/build.yaml', 'registry: x'],
      ['a/pyproject.toml', 'new'],
    ]);
    // A replaced field is a new one, so its text area opens with the new text.
    expect(merged.some((f) => f.key === existing[1]?.key)).toBe(false);
  });
});

describe('the other fields a repository fills', () => {
  it.each([
    ['a chosen folder (paths under its name)', ['repo/dg.toml', 'repo/a/pyproject.toml'], 'repo'],
    ['a zip folder with dg files in dg/', ['r/dagster_cloud.yaml', 'r/dg/dg.toml'], 'r'],
    ['a folder with no dg file', ['r/.github/CODEOWNERS', 'r/agents/a/values.yaml'], 'r'],
    ['files picked one by one', ['CODEOWNERS', 'values.yaml'], ''],
    ['two folders dropped', ['a/CODEOWNERS', 'b/values.yaml'], ''],
    ['a parent folder holding the repository', ['x/README.md', 'x/repo/dg.toml'], 'x/repo'],
  ])('the root of %s', (_name, paths, want) => {
    expect(repoRoot(paths)).toBe(want);
  });

  // GitHub uses the first of .github/, the root and docs/ it finds; .gitlab/ is GitLab's own.
  it.each([
    [['r/dg.toml', 'r/docs/CODEOWNERS', 'r/CODEOWNERS', 'r/.github/CODEOWNERS'], 3],
    [['r/dg.toml', 'r/docs/CODEOWNERS', 'r/CODEOWNERS'], 2],
    [['r/dg.toml', 'r/.gitlab/CODEOWNERS', 'r/docs/CODEOWNERS'], 2],
    [['r/dg.toml', 'r/.gitlab/CODEOWNERS'], 1],
    [['r/dg.toml', 'r/a/CODEOWNERS', 'r/x/.github/CODEOWNERS'], null],
  ])('CODEOWNERS among %j: index %s', (paths, want) => {
    expect(pickRepoPaths(paths).codeowners).toBe(want);
  });

  it('takes dagster_cloud.yaml at the root only, and YAML outside hidden folders as agent candidates', () => {
    const pick = pickRepoPaths([
      'r/dagster_cloud.yaml',
      'r/team/dagster_cloud.yaml',
      'r/agents/prod/values.yaml',
      'r/agents/prod/dagster.yml',
      'r/.github/workflows/deploy.yml',
      'r/.venv/x/values.yaml',
      'r/a/build.yaml',
      'r/a/container_context.yaml',
      'r/README.md',
    ]);
    expect(pick.dagsterCloudYaml).toBe(0);
    expect(pick.agentCandidates).toEqual([2, 3]);
    expect(pick.dg).toEqual([6, 7]);
  });

  // The CI workflows first (the version they deploy with is the one that runs), then the pins.
  it.each([
    [
      'a GitHub repository',
      ['r/requirements.txt', 'r/.github/workflows/deploy.yml', 'r/.github/workflows/b.yaml'],
      [1, 2, 0],
    ],
    ['a GitLab repository', ['r/dg.toml', 'r/.gitlab-ci.yml'], [1]],
    [
      'none at the root',
      ['r/a/requirements.txt', 'r/a/.github/workflows/x.yml', 'r/.github/workflows/x/y.yml'],
      [],
    ],
    ['files picked one by one', ['requirements.txt', 'deploy.yml'], [0]],
  ])('files that may pin the Dagster version in %s', (_name, paths, want) => {
    expect(pickRepoPaths(paths).versionCandidates).toEqual(want);
  });

  it('reads at most MAX_VERSION_CANDIDATES files for the version', () => {
    const paths = Array.from({ length: 50 }, (_, i) => `r/.github/workflows/w${i}.yml`);
    expect(pickRepoPaths(paths).versionCandidates).toHaveLength(MAX_VERSION_CANDIDATES);
  });

  it.each([
    ['.github', true],
    ['.gitlab', true],
    ['.git', false],
    ['.venv', false],
    ['agents', true],
  ])('walks a dropped %s folder: %s', (name, want) => {
    expect(isReadFolder(name)).toBe(want);
  });
});

describe("planRepoFill: fills empty fields, keeps the user's, says which", () => {
  let key = 500;
  const agent = (text: string): AgentField => ({ key: key++, text });
  const f = (path: string, text: string): FoundFile => ({ path, text });
  const found = {
    dagsterCloudYaml: f('r/dagster_cloud.yaml', 'locations: []'),
    codeowners: f('r/.github/CODEOWNERS', '* @org/a'),
    agents: [f('r/agents/a/values.yaml', 'dagsterCloud: {}'), f('r/agents/b/dagster.yaml', 'x')],
    versionFile: f('r/.github/workflows/deploy.yml', 'uses: x/dagster-cloud-action@v1.12.5'),
  };

  it.each([
    [
      'every field empty: all filled',
      { dagsterCloudYaml: ' ', codeowners: '', agentConfigs: [agent('')] },
      {
        dagsterCloudYaml: 'locations: []',
        codeowners: '* @org/a',
        agents: ['dagsterCloud: {}', 'x'],
        versionFile: 'uses: x/dagster-cloud-action@v1.12.5',
        filled: [
          'dagster_cloud.yaml from r/dagster_cloud.yaml',
          'CODEOWNERS from r/.github/CODEOWNERS',
          'Dagster version from r/.github/workflows/deploy.yml',
          'Agent configuration 1 from r/agents/a/values.yaml',
          'Agent configuration 2 from r/agents/b/dagster.yaml',
        ],
        kept: [],
      },
    ],
    [
      'the user filled CODEOWNERS, the version and one agent: kept, the agent added after it',
      {
        dagsterCloudYaml: '',
        codeowners: '* @org/mine',
        agentConfigs: [agent('mine: 1')],
        versionFile: 'dagster==1.11.0',
      },
      {
        dagsterCloudYaml: 'locations: []',
        codeowners: undefined,
        agents: ['mine: 1', 'dagsterCloud: {}', 'x'],
        versionFile: undefined,
        filled: [
          'dagster_cloud.yaml from r/dagster_cloud.yaml',
          'Agent configuration 2 from r/agents/a/values.yaml',
          'Agent configuration 3 from r/agents/b/dagster.yaml',
        ],
        kept: [
          'Kept the CODEOWNERS you had (r/.github/CODEOWNERS not used).',
          'Kept the Dagster version you had (r/.github/workflows/deploy.yml not used).',
        ],
      },
    ],
    [
      'the same files already there: nothing changes, nothing is said',
      {
        dagsterCloudYaml: 'locations: []\n',
        codeowners: '* @org/a',
        agentConfigs: [agent('dagsterCloud: {}'), agent('x')],
        versionFile: 'uses: x/dagster-cloud-action@v1.12.5\n',
      },
      {
        dagsterCloudYaml: undefined,
        codeowners: undefined,
        agents: undefined,
        versionFile: undefined,
        filled: [],
        kept: [],
      },
    ],
  ])('%s', (_name, now, want) => {
    const fill = planRepoFill(now, found, agent, 12);
    expect(fill.dagsterCloudYaml).toBe(want.dagsterCloudYaml);
    expect(fill.codeowners).toBe(want.codeowners);
    expect(fill.versionFile).toBe(want.versionFile);
    expect(fill.agentConfigs?.map((a) => a.text)).toEqual(want.agents);
    expect(fill.filled).toEqual(want.filled);
    expect(fill.kept).toEqual(want.kept);
    expect(fill.agentsLeftOut).toBe(0);
  });

  it('adds agents up to the fields offered and counts the rest', () => {
    const many = Array.from({ length: 5 }, (_, i) => f(`r/agents/${i}.yaml`, `agent_queues: ${i}`));
    const fill = planRepoFill(
      { dagsterCloudYaml: '', codeowners: '', agentConfigs: [agent('mine: 1')] },
      { dagsterCloudYaml: null, codeowners: null, agents: many },
      agent,
      3,
    );
    expect(fill.agentConfigs?.map((a) => a.text)).toEqual([
      'mine: 1',
      'agent_queues: 0',
      'agent_queues: 1',
    ]);
    expect(fill.agentsLeftOut).toBe(3);
  });
});
