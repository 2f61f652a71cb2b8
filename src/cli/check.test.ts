// @vitest-environment node
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { PERSONAS, withLegacyConfig, type PersonaId } from '@/domain/__fixtures__/personas';
import type { Answers } from '@/domain/questionnaire/schemas';
import { generate } from '@/domain/drift/__fixtures__/generated-repos';
import { buildShareUrl } from '@/domain/url-codec/codec';

import { CHECK_USAGE } from './check';
import { EXIT } from './main';
import { run } from './run';
import { recordingIo, type Printed } from './recording-io';
import { CLI_VERSION } from './version';

let dir = '';
const printed: Printed = { stdout: '', stderr: '' };
const io = () => recordingIo(printed, dir);
const cli = (...argv: string[]): number => {
  printed.stdout = '';
  printed.stderr = '';
  return run(argv, io());
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'advisor-check-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const BASE = 'https://advisor.example/';

/** Writes the files of `answers` with the file writer (as a user would) into `dir`/out. */
const writeDecision = (answers: Answers): string => {
  const link = buildShareUrl(BASE, answers);
  expect(cli(link, '--out', 'out')).toBe(EXIT.ok);
  return link;
};

const path = (...parts: string[]) => join(dir, 'out', ...parts);
const edit = (file: string, change: (t: string) => string) => {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
};
const lineOf = (file: string, needle: string): number =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle)) + 1;

const PERSONA_IDS = Object.keys(PERSONAS) as PersonaId[];

describe('isolation-advisor check on the files the writer wrote', () => {
  it.each(PERSONA_IDS)('%s: the whole download is in line (exit 0)', (id) => {
    writeDecision(PERSONAS[id]);
    expect(cli('check', 'out')).toBe(EXIT.ok);
    expect(printed.stdout).toMatch(/^In line with the decision \(/);
    expect(printed.stderr).toBe('');
  });

  it.each(PERSONA_IDS)('%s: each repository checked on its own is in line', (id) => {
    writeDecision(PERSONAS[id]);
    const { repos } = generate(PERSONAS[id]).topology;
    for (const repo of repos) {
      expect(cli('check', repos.length > 1 ? join('out', repo.name) : 'out')).toBe(EXIT.ok);
    }
  });

  it('reports drift with file and line, exit 1, in every format', () => {
    writeDecision(PERSONAS.twoClouds);
    const yaml = path('dagster_cloud.yaml');
    edit(yaml, (t) =>
      t.replace(/(location_name: train[\s\S]*?)agent_queue: gcp/, '$1agent_queue: aws'),
    );
    const lines = readFileSync(yaml, 'utf8').split('\n');
    const train = lines.findIndex((l) => l.includes('location_name: train'));
    const trainQueue = lines.findIndex((l, i) => i > train && l.includes('agent_queue: aws')) + 1;
    expect(trainQueue).toBeGreaterThan(train + 1);

    expect(cli('check', 'out')).toBe(EXIT.drift);
    expect(printed.stdout).toContain(
      `out/dagster_cloud.yaml:${trainQueue}: error: Routed to another team's or environment's agent:`,
    );
    expect(printed.stdout).toMatch(
      /^Drift from the decision \(.*\): 1 error, 0 warnings, 0 notes\. Decision: https:\/\/advisor\.example\//m,
    );

    expect(cli('check', 'out', '--format', 'github')).toBe(EXIT.drift);
    expect(printed.stdout.split('\n')[0]).toMatch(
      new RegExp(
        `^::error file=out/dagster_cloud\\.yaml,line=${trainQueue},title=Isolation Advisor%3A Routed to another team's or environment's agent::Location "train"`,
      ),
    );

    expect(cli('check', 'out', '--format', 'gitlab')).toBe(EXIT.drift);
    const report = JSON.parse(printed.stdout) as unknown[];
    expect(report).toEqual([
      {
        description: expect.stringContaining(
          'Location "train" is routed to queue "aws"',
        ) as unknown,
        check_name: 'isolation-advisor/queue-foreign',
        fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
        severity: 'major',
        location: { path: 'out/dagster_cloud.yaml', lines: { begin: trainQueue } },
      },
    ]);

    expect(cli('check', 'out', '--format=json')).toBe(EXIT.drift);
    expect(JSON.parse(printed.stdout)).toMatchObject({
      tool: 'isolation-advisor',
      version: CLI_VERSION,
      inLine: false,
      counts: { error: 1, warning: 0, info: 0 },
      findings: [{ id: 'queue-foreign', file: 'out/dagster_cloud.yaml', line: trainQueue }],
    });
  });

  // A stated Dagster version from 1.12.11 gives dg files and dg plus deploy (GitHub and GitLab).
  const DG_DRIFT: {
    name: string;
    answers: Answers;
    file: string[];
    edit: (t: string) => string;
    says: string;
    at: string;
  }[] = [
    {
      name: 'code_location_name changed in a dg project',
      answers: PERSONAS.oneTeamOneCloud,
      file: ['transform', 'pyproject.dg.toml'],
      edit: (t) =>
        t.replace('code_location_name = "transform"', 'code_location_name = "transforms"'),
      says: 'error: Code location the decision does not know:',
      at: 'code_location_name = "transforms"',
    },
    {
      name: 'dg plus deploy to a deployment the decision does not have (GitHub)',
      answers: PERSONAS.oneTeamOneCloud,
      file: ['.github', 'workflows', 'dagster-cloud-deploy.yml'],
      edit: (t) => t.replace('deployment: prod', 'deployment: qa'),
      says: 'error: Deploy to a deployment the decision does not have:',
      at: 'deployment: qa',
    },
    {
      name: 'dg plus deploy to a deployment the decision does not have (GitLab)',
      answers: { ...PERSONAS.oneTeamOneCloud, ci: 'gitlab' },
      file: ['.gitlab-ci.yml'],
      edit: (t) => t.replace('DAGSTER_DEPLOYMENT: prod', 'DAGSTER_DEPLOYMENT: qa'),
      says: 'error: Deploy to a deployment the decision does not have:',
      at: 'DAGSTER_DEPLOYMENT: qa',
    },
  ];

  it.each(DG_DRIFT)('dg files: in line, then $name (exit 1 on its line)', (c) => {
    writeDecision(c.answers);
    expect(readdirSync(path())).toEqual(expect.arrayContaining(['dg.toml']));
    expect(readdirSync(path())).not.toContain('dagster_cloud.yaml');
    expect(cli('check', 'out')).toBe(EXIT.ok);
    const file = path(...c.file);
    edit(file, c.edit);
    expect(cli('check', 'out')).toBe(EXIT.drift);
    expect(printed.stdout).toContain(`out/${c.file.join('/')}:${lineOf(file, c.at)}: ${c.says}`);
    expect(printed.stderr).toBe('');
  });

  it('reads the relative #… link the writer stamps for a bare fragment', () => {
    const fragment = buildShareUrl(BASE, PERSONAS.twoClouds).slice(BASE.length);
    expect(fragment).toMatch(/^#v=1&/);
    expect(cli(fragment, '--out', 'out')).toBe(EXIT.ok);
    expect(readFileSync(path('dagster_cloud.yaml'), 'utf8')).toContain(
      `Reopen these answers: ${fragment}\n`,
    );
    expect(cli('check', 'out')).toBe(EXIT.ok);
    edit(path('dagster_cloud.yaml'), (t) =>
      t.replace(/(location_name: train[\s\S]*?)agent_queue: gcp/, '$1agent_queue: aws'),
    );
    expect(cli('check', 'out')).toBe(EXIT.drift);
    expect(printed.stdout).toContain(`Decision: ${fragment}\n`);
  });

  it('takes the decision from --link over the headers', () => {
    writeDecision(PERSONAS.oneTeamOneCloud);
    const other = buildShareUrl(BASE, {
      ...PERSONAS.oneTeamOneCloud,
      projects: PERSONAS.oneTeamOneCloud.projects.slice(0, 2),
    });
    expect(cli('check', 'out', '--link', other)).toBe(EXIT.drift);
    expect(printed.stdout).toContain('Code location "reporting" is not in the decision');
  });

  it('a GitLab pipeline with a build job removed fails the check on the deploy line', () => {
    writeDecision({ ...PERSONAS.twoClouds, ci: 'gitlab' });
    const gitlab = path('.gitlab-ci.yml');
    edit(gitlab, (t) => t.replace(/^build-train:\n(?: .*\n)+/m, ''));
    expect(cli('check', 'out')).toBe(EXIT.drift);
    expect(printed.stdout).toContain(
      `out/.gitlab-ci.yml:${lineOf(gitlab, '- dagster-cloud ci deploy')}: error: Code location the pipeline never builds:`,
    );
  });
});

describe('isolation-advisor check refuses what it cannot read (exit 2, nothing on stdout)', () => {
  const cases: { name: string; setup: () => string[]; says: RegExp }[] = [
    {
      name: 'an unknown option',
      setup: () => ['check', '--fast'],
      says: /Unknown option --fast\./,
    },
    {
      name: 'an unknown format',
      setup: () => ['check', '--format', 'xml'],
      says: /--format must be one of text, json, github, gitlab\./,
    },
    {
      name: 'a folder that does not exist',
      setup: () => ['check', 'nowhere'],
      says: /nowhere does not exist\./,
    },
    {
      name: 'files without a header and no --link',
      setup: () => {
        writeFileSync(join(dir, 'dagster_cloud.yaml'), 'locations:\n  - location_name: a\n');
        return ['check'];
      },
      says: /no decision to check against: .* give --link\./,
    },
    {
      name: 'a link that names no project',
      setup: () => ['check', '--link', `${BASE}#v=1&plan=pro`],
      says: /the share link names no project/,
    },
    {
      name: 'dagster_cloud.yaml that is not YAML',
      setup: () => {
        writeDecision(withLegacyConfig(PERSONAS.oneTeamOneCloud));
        edit(path('dagster_cloud.yaml'), (t) => t.replace('locations:', 'locations: [\n'));
        return ['check', 'out'];
      },
      says: /cannot read out\/dagster_cloud\.yaml line \d+: YAML syntax error/,
    },
    {
      name: 'a dg project file that is not TOML',
      setup: () => {
        writeDecision(PERSONAS.oneTeamOneCloud);
        edit(path('transform', 'pyproject.dg.toml'), (t) =>
          t.replace('\n[tool.dg.project]\n', '\n[tool.dg.project\n'),
        );
        return ['check', 'out'];
      },
      says: /cannot read out\/transform\/pyproject\.dg\.toml line \d+: TOML cannot be read/,
    },
    {
      name: 'files of two different decisions',
      setup: () => {
        writeDecision(PERSONAS.oneTeamOneCloud);
        edit(path('.github/CODEOWNERS'), (t) => t.replace('#v=1', '#v=1&cost=high'));
        return ['check', 'out'];
      },
      says: /the files carry 2 different share links .* give --link/,
    },
    {
      name: "a folder that is none of the decision's repositories",
      setup: () => {
        writeDecision(PERSONAS.independentTeams);
        mkdirSync(join(dir, 'elsewhere'));
        writeFileSync(join(dir, 'elsewhere', 'dagster_cloud.yaml'), 'locations: []\n');
        return ['check', 'elsewhere', '--link', buildShareUrl(BASE, PERSONAS.independentTeams)];
      },
      says: /cannot tell which of the decision's repositories elsewhere is .*: give --repo NAME\./,
    },
  ];
  it.each(cases)('$name', ({ setup, says }) => {
    const argv = setup();
    expect(cli(...argv)).toBe(EXIT.usage);
    expect(printed.stdout).toBe('');
    expect(printed.stderr.split('\n')[0]).toMatch(says);
  });
});

describe('isolation-advisor help and version', () => {
  it('check --help prints the check usage', () => {
    expect(cli('check', '--help')).toBe(EXIT.ok);
    expect(printed.stdout).toBe(CHECK_USAGE);
  });

  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
      version: string;
    };
    expect(CLI_VERSION).toBe(pkg.version);
    expect(cli('--version')).toBe(EXIT.ok);
    expect(printed.stdout).toBe(`isolation-advisor ${pkg.version}\n`);
  });
});
