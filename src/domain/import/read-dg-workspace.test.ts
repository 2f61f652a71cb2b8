import { describe, expect, it } from 'vitest';

import { auditImport } from './audit';
import { MAX_DG_FILES, MAX_YAML_BYTES, sizeProblem } from './limits';
import { normalisePath, readDgWorkspace } from './read-dg-workspace';
import type { RepoFile } from './types';

const WORKSPACE = (...paths: string[]): string =>
  `# header\ndirectory_type = "workspace"\n\n[workspace]\n${paths
    .map((p) => `\n[[workspace.projects]]\npath = "${p}"\n`)
    .join('')}`;

const PROJECT = (body: string): string =>
  `[project]\nname = "x"\n\n[tool.dg]\ndirectory_type = "project"\n\n[tool.dg.project]\n${body}`;

const named = (name: string): string =>
  PROJECT(`root_module = "${name}"\ncode_location_name = "${name}"\n`);

describe('readDgWorkspace: good files', () => {
  it.each([
    {
      name: 'a workspace in a folder (as dropped): projects in its order, paths from its root',
      files: [
        { path: 'repo/ingest/pyproject.toml', text: named('ingest') },
        { path: 'repo/dg.toml', text: WORKSPACE('marts', './ingest/') },
        { path: 'repo/marts/pyproject.dg.toml', text: named('marts') },
        { path: 'repo/build.yaml', text: 'registry: ghcr.io/acme/repo\n' },
        { path: 'repo/container_context.yaml', text: 'k8s:\n  env_vars: []\n' },
        { path: 'repo/marts/build.yaml', text: 'registry: ghcr.io/acme/marts\ndirectory: .\n' },
      ],
      want: [
        {
          name: 'marts',
          buildDirectory: 'marts',
          registry: 'ghcr.io/acme/marts',
          platforms: ['k8s'],
          file: 'repo/marts/pyproject.dg.toml',
          line: 9,
        },
        {
          name: 'ingest',
          buildDirectory: 'ingest',
          registry: 'ghcr.io/acme/repo',
          platforms: ['k8s'],
          file: 'repo/ingest/pyproject.toml',
          line: 9,
        },
      ],
    },
    {
      name: 'pyproject.toml wins over the fragment beside it; a project build directory above it',
      files: [
        { path: 'dg.toml', text: WORKSPACE('a') },
        { path: 'a/pyproject.dg.toml', text: named('old') },
        { path: 'a/pyproject.toml', text: named('new') },
        { path: 'a/build.yaml', text: 'directory: ..\n' },
        { path: 'a/container_context.yaml', text: 'ecs:\n  secrets: []\n' },
      ],
      want: [
        {
          name: 'new',
          buildDirectory: '',
          registry: null,
          platforms: ['ecs'],
          file: 'a/pyproject.toml',
          line: 9,
        },
      ],
    },
    {
      name: 'one project without a workspace, in a project dg.toml',
      files: [
        {
          path: 'solo\\dg.toml',
          text: 'directory_type = "project"\n\n[project]\nroot_module = "solo"\ncode_location_name = "solo"\n',
        },
      ],
      want: [
        {
          name: 'solo',
          buildDirectory: 'solo',
          registry: null,
          platforms: [],
          file: 'solo/dg.toml',
          line: 5,
        },
      ],
    },
  ])('$name', ({ files, want }) => {
    const read = readDgWorkspace(files);
    expect(read.findings).toEqual([]);
    if (!read.ok) throw new Error(read.reason);
    expect(read.value.form).toBe('dg');
    expect(
      read.value.locations.map((l) => ({
        name: l.name,
        buildDirectory: l.buildDirectory,
        registry: l.registry,
        platforms: l.containerPlatforms,
        file: l.file,
        line: l.line,
      })),
    ).toEqual(want);
  });

  it.each([
    ['./a//b/', 'a/b'],
    ['a\\b\\c.toml', 'a/b/c.toml'],
    ['a/../../b', 'b'],
    ['/abs/x', 'abs/x'],
  ])('normalisePath(%j) is %j', (path, want) => {
    expect(normalisePath(path)).toBe(want);
  });
});

type BadCase = {
  name: string;
  files: RepoFile[];
  id: string;
  severity: 'error' | 'warning' | 'info';
  file: string;
  line: number | null;
  /** Words the message or fix must hold. */
  says: string;
};

const BAD_CASES: BadCase[] = [
  {
    name: 'dg.toml that is not TOML',
    files: [{ path: 'dg.toml', text: 'directory_type = "workspace"\n[workspace\n' }],
    id: 'toml-syntax',
    severity: 'error',
    file: 'dg.toml',
    line: 2,
    says: 'TOML cannot be read',
  },
  {
    name: 'a project file that is not TOML',
    files: [
      { path: 'dg.toml', text: WORKSPACE('a') },
      { path: 'a/pyproject.toml', text: '[tool.dg.project]\nroot_module = \n' },
    ],
    id: 'toml-syntax',
    severity: 'error',
    file: 'a/pyproject.toml',
    line: 2,
    says: 'TOML cannot be read',
  },
  {
    name: 'inline tables nested past the depth cap',
    files: [{ path: 'a/pyproject.toml', text: `x = ${'['.repeat(50)}${']'.repeat(50)}\n` }],
    id: 'toml-syntax',
    severity: 'error',
    file: 'a/pyproject.toml',
    line: 1,
    says: 'TOML cannot be read',
  },
  {
    name: 'a build.yaml that is not YAML',
    files: [
      { path: 'dg.toml', text: WORKSPACE('a') },
      { path: 'a/pyproject.toml', text: named('a') },
      { path: 'a/build.yaml', text: 'registry: [\n' },
    ],
    id: 'yaml-syntax',
    severity: 'error',
    file: 'a/build.yaml',
    line: 2,
    says: 'YAML cannot be read',
  },
  {
    name: 'a key dg does not know in build.yaml',
    files: [
      { path: 'dg.toml', text: WORKSPACE('a') },
      { path: 'a/pyproject.toml', text: named('a') },
      { path: 'a/build.yaml', text: 'directory: .\nregisty: ghcr.io/x\n' },
    ],
    id: 'unknown-key',
    severity: 'warning',
    file: 'a/build.yaml',
    line: 2,
    says: 'Did you mean "registry"?',
  },
  {
    name: 'env_vars at the top of container_context.yaml',
    files: [
      { path: 'dg.toml', text: WORKSPACE('a') },
      { path: 'a/pyproject.toml', text: named('a') },
      { path: 'container_context.yaml', text: 'k8s: {}\nenv_vars: [A]\n' },
    ],
    id: 'unknown-key',
    severity: 'error',
    file: 'container_context.yaml',
    line: 2,
    says: 'takes only "k8s", "ecs" and "docker"',
  },
  {
    name: 'a listed project whose file is missing',
    files: [
      { path: 'dg.toml', text: WORKSPACE('a', 'b') },
      { path: 'a/pyproject.toml', text: named('a') },
    ],
    id: 'dg-project-missing',
    severity: 'warning',
    file: 'dg.toml',
    line: 10,
    says: 'b/pyproject.toml',
  },
  {
    name: 'a project the workspace does not list',
    files: [
      { path: 'dg.toml', text: WORKSPACE('a') },
      { path: 'a/pyproject.toml', text: named('a') },
      { path: 'c/pyproject.toml', text: named('c') },
    ],
    id: 'dg-project-unlisted',
    severity: 'warning',
    file: 'c/pyproject.toml',
    line: 9,
    says: 'path = "c"',
  },
  {
    name: 'a project without root_module',
    files: [{ path: 'a/pyproject.toml', text: PROJECT('code_location_name = "a"\n') }],
    id: 'code-source-missing',
    severity: 'error',
    file: 'a/pyproject.toml',
    line: 8,
    says: 'root_module = "a"',
  },
  {
    name: 'a project without code_location_name (UNCERTAIN default)',
    files: [{ path: 'etl/pyproject.toml', text: PROJECT('root_module = "etl"\n') }],
    id: 'dg-name-default',
    severity: 'info',
    file: 'etl/pyproject.toml',
    line: 7,
    says: 'UNCERTAIN',
  },
  {
    name: 'agent_queue in a project table (UNCERTAIN in dg)',
    files: [
      {
        path: 'ml/pyproject.toml',
        text: PROJECT('root_module = "ml"\ncode_location_name = "ml"\nagent_queue = "gpu"\n'),
      },
    ],
    id: 'dg-agent-queue',
    severity: 'warning',
    file: 'ml/pyproject.toml',
    line: 10,
    says: 'UNCERTAIN',
  },
  {
    name: 'two projects with one code_location_name',
    files: [
      { path: 'dg.toml', text: WORKSPACE('a', 'b') },
      { path: 'a/pyproject.toml', text: named('same') },
      { path: 'b/pyproject.toml', text: named('same') },
    ],
    id: 'duplicate-location',
    severity: 'error',
    file: 'b/pyproject.toml',
    line: 9,
    says: 'a/pyproject.toml',
  },
  {
    name: 'files of a second repository beside the workspace',
    files: [
      { path: 'one/dg.toml', text: WORKSPACE('a') },
      { path: 'one/a/pyproject.toml', text: named('a') },
      { path: 'two/b/pyproject.toml', text: named('b') },
    ],
    id: 'dg-outside-workspace',
    severity: 'info',
    file: 'one/dg.toml',
    line: null,
    says: 'two/b/pyproject.toml',
  },
];

describe('readDgWorkspace: each bad case gives its finding, on its file and line', () => {
  it.each(BAD_CASES)('$name', ({ files, id, severity, file, line, says }) => {
    const read = readDgWorkspace(files);
    const found = read.findings.filter((f) => f.id === id);
    expect(found).toEqual([expect.objectContaining({ id, severity, file, line })]);
    expect(`${found[0]?.message ?? ''} ${found[0]?.fix ?? ''}`).toContain(says);
  });

  it('a workspace without any project file is no import, with a finding saying what to add', () => {
    const read = readDgWorkspace([{ path: 'dg.toml', text: WORKSPACE() }]);
    expect(read.ok).toBe(false);
    expect(read.findings.map((f) => f.id)).toEqual(['dg-no-project']);
    expect(read.findings[0]?.fix).toContain('pyproject.toml');
  });
});

describe('the audit of a dg repository', () => {
  const base = [
    { path: 'dg.toml', text: WORKSPACE('a', 'b') },
    { path: 'a/pyproject.toml', text: named('a') },
    { path: 'b/pyproject.toml', text: named('b') },
  ];

  it('registries on two hosts: the finding points at the build.yaml that differs', () => {
    const audit = auditImport({
      dagsterCloudYaml: '',
      dgFiles: [
        ...base,
        { path: 'build.yaml', text: 'registry: ghcr.io/acme/x\n' },
        { path: 'b/build.yaml', text: '# b\nregistry: 123.dkr.ecr.us-east-1.amazonaws.com/b\n' },
      ],
    });
    expect(audit.findings).toEqual([
      expect.objectContaining({ id: 'registry-differs', file: 'b/build.yaml', line: 2 }),
    ]);
  });

  it('a name agents rewrite is reported on its project file', () => {
    const audit = auditImport({
      dagsterCloudYaml: '',
      dgFiles: [...base.slice(0, 2), { path: 'b/pyproject.toml', text: named('B.Reports') }],
    });
    expect(audit.findings).toContainEqual(
      expect.objectContaining({ id: 'name-rewritten', file: 'b/pyproject.toml', line: 9 }),
    );
  });

  it('both formats given: dagster_cloud.yaml is read, and a note says the dg files were not', () => {
    const audit = auditImport({
      dagsterCloudYaml:
        'locations:\n  - location_name: x\n    code_source:\n      package_name: x\n',
      dgFiles: base,
    });
    expect(audit.files?.config.form).toBe('list');
    expect(audit.findings.map((f) => f.id)).toEqual(['dg-and-legacy']);
  });

  it('a pinned dagster in a project pyproject.toml is the version read', () => {
    const audit = auditImport({
      dagsterCloudYaml: '',
      dgFiles: [
        base[0] ?? { path: '', text: '' },
        {
          path: 'a/pyproject.toml',
          text: `[project]\nname = "a"\ndependencies = ["dagster==1.12.14"]\n\n${PROJECT('root_module = "a"\ncode_location_name = "a"\n').replace('[project]\nname = "x"\n\n', '')}`,
        },
        base[2] ?? { path: '', text: '' },
      ],
    });
    expect(audit.findings).toEqual([]);
    expect(audit.files?.dagsterVersion?.version).toBe('1.12.14');
  });

  it.each([
    ['50,000 nested table headers', `[${Array.from({ length: 50_000 }, () => 'a').join('.')}]\n`],
    ['20,000 listed projects', WORKSPACE(...Array.from({ length: 20_000 }, (_, i) => `p${i}`))],
    ['a 400 kB string', `x = "${'y'.repeat(400_000)}"\n`],
  ])('%s: read without throwing', (_name, text) => {
    const read = readDgWorkspace([
      { path: 'dg.toml', text },
      { path: 'p0/pyproject.toml', text: named('p0') },
    ]);
    expect(read.findings.length + (read.ok ? read.value.locations.length : 0)).toBeGreaterThan(0);
  });
});

describe('size caps on dg files', () => {
  it.each([
    [
      'more files than a repository of 500 projects holds',
      Array.from({ length: MAX_DG_FILES + 1 }, (_, i) => ({ path: `p${i}/build.yaml`, text: '' })),
      /dg files are 2,001 files; the import reads up to 2,000/,
    ],
    [
      'dg YAML files past the YAML cap together',
      [
        { path: 'a/build.yaml', text: 'a'.repeat(MAX_YAML_BYTES / 2) },
        { path: 'b/build.yaml', text: 'b'.repeat(MAX_YAML_BYTES / 2) },
      ],
      /the dg YAML files add up to 513 kB/,
    ],
    [
      'TOML files of the same size: not YAML, within the caps',
      [
        { path: 'a/pyproject.toml', text: 'a'.repeat(MAX_YAML_BYTES / 2) },
        { path: 'b/pyproject.toml', text: 'b'.repeat(MAX_YAML_BYTES / 2) },
      ],
      null,
    ],
  ])('%s', (_name, dgFiles, want) => {
    const problem = sizeProblem({ dagsterCloudYaml: 'x: 1\n', dgFiles });
    if (want === null) expect(problem).toBeNull();
    else expect(problem).toMatch(want);
  });
});

describe('readDgWorkspace: the bound on YAML tokens', () => {
  it("shares one bound between the projects' YAML files, as between the files of a check", () => {
    const padding = (n: number): string =>
      `registry: ghcr.io/acme/x\nextra:\n${'  - q\n'.repeat(n)}`;
    const files = [
      { path: 'dg.toml', text: WORKSPACE('a', 'b') },
      { path: 'a/pyproject.toml', text: named('a') },
      { path: 'b/pyproject.toml', text: named('b') },
      // Each about 60,000 tokens: within the bound alone, not together.
      { path: 'a/build.yaml', text: padding(10_000) },
      { path: 'b/build.yaml', text: padding(10_000) },
    ];
    const read = readDgWorkspace(files);
    expect(read.findings.filter((f) => f.id === 'yaml-too-large').map((f) => f.file)).toEqual([
      'b/build.yaml',
    ]);
    const alone = readDgWorkspace(files.filter((f) => f.path !== 'b/build.yaml'));
    expect(alone.findings.filter((f) => f.id === 'yaml-too-large')).toEqual([]);
  });
});
