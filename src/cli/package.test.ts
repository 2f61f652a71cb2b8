// @vitest-environment node
/**
 * The installable package: `npm pack` gives a tarball whose command works in an empty folder,
 * installed offline (it has no dependencies: the CLI file bundles them), with no build step on
 * the user's side: --version, the file writer, the drift check through npm install and npx, and
 * the generated drift-check CI step run as GitHub runs it.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { parse } from 'yaml';

import { PERSONAS } from '@/domain/__fixtures__/personas';
import { ADVISOR_TARBALL, DRIFT_WORKFLOW_PATH } from '@/domain/emitters/emit-drift-check';
import { buildShareUrl } from '@/domain/url-codec/codec';

import { CLI_VERSION } from './version';

const ROOT = resolve(__dirname, '../..');
/** Packing builds the CLI (prepack): generous for a loaded 2-core machine, but bounded. */
const TIMEOUT = 240_000;

/**
 * The environment without the npm_* variables of an enclosing `npm test`, with an npm cache of
 * the test's own: nothing cached by an earlier run (another build of the same version) is reused.
 */
const cleanEnv = (): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_')),
  ),
  npm_config_cache: join(work, 'npm-cache'),
});

const sh = (command: string, args: string[], cwd: string) => {
  const result = spawnSync(command, args, {
    cwd,
    env: cleanEnv(),
    encoding: 'utf8',
    timeout: TIMEOUT / 2,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

let work = '';
let tarball = '';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'advisor-pack-'));
  const packed = sh('npm', ['pack', '--json', '--pack-destination', work], ROOT);
  expect(packed.status, packed.stderr).toBe(0);
  const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as {
    filename: string;
    files: { path: string }[];
  }[];
  if (info === undefined) throw new Error('npm pack printed no package');
  tarball = join(work, info.filename);
  writeFileSync(join(work, 'files.json'), JSON.stringify(info.files.map((f) => f.path).sort()));
}, TIMEOUT);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('holds the command, its package.json and the README, and no dependency to install', () => {
    expect(tarball.endsWith(`isolation-advisor-${CLI_VERSION}.tgz`)).toBe(true);
    expect(JSON.parse(readFileSync(join(work, 'files.json'), 'utf8'))).toEqual([
      'README.md',
      'dist-cli/isolation-advisor.mjs',
      'package.json',
    ]);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.bin).toEqual({ 'isolation-advisor': 'dist-cli/isolation-advisor.mjs' });
  });

  it(
    'installs offline into an empty folder, and its command writes files and checks them',
    () => {
      const app = join(work, 'app');
      mkdirSync(app);
      const installed = sh(
        'npm',
        ['install', '--offline', '--no-audit', '--no-fund', tarball],
        app,
      );
      expect(installed.status, installed.stderr).toBe(0);
      const bin = join(app, 'node_modules', '.bin', 'isolation-advisor');

      expect(sh(bin, ['--version'], app).stdout).toBe(`isolation-advisor ${CLI_VERSION}\n`);
      const answers = { ...PERSONAS.twoClouds, targets: ['drift-check' as const] };
      const link = buildShareUrl('https://advisor.example/', answers);
      const wrote = sh(bin, [link, '--out', 'repo'], app);
      expect(wrote.status, wrote.stderr).toBe(0);
      expect(wrote.stdout).toContain(`${DRIFT_WORKFLOW_PATH}\n`);

      const inLine = sh(bin, ['check', 'repo'], app);
      expect(inLine.status, inLine.stderr).toBe(0);
      expect(inLine.stdout).toMatch(/^In line with the decision/);

      // The generated CI job, run as GitHub would run its step in a checkout of its own (no
      // package.json above it): the tarball committed in tools/.
      const repo = join(work, 'checkout');
      expect(sh(bin, [link, '--out', repo], app).status).toBe(0);
      mkdirSync(join(repo, 'tools'));
      copyFileSync(tarball, join(repo, ADVISOR_TARBALL));
      const step = (
        parse(readFileSync(join(repo, DRIFT_WORKFLOW_PATH), 'utf8')) as {
          jobs: Record<string, { steps: { run?: string; env?: Record<string, string> }[] }>;
        }
      ).jobs['drift-check']?.steps.find((x) => x.run !== undefined);
      const job = () =>
        spawnSync('sh', ['-c', step?.run ?? 'false'], {
          cwd: repo,
          env: { ...cleanEnv(), ...step?.env, npm_config_offline: 'true' },
          encoding: 'utf8',
          timeout: TIMEOUT / 2,
        });
      const passing = job();
      expect(passing.status, passing.stderr).toBe(0);
      expect(passing.stdout).toMatch(/^In line with the decision/);

      for (const folder of [repo, join(app, 'repo')]) {
        const yaml = join(folder, 'dagster_cloud.yaml');
        writeFileSync(
          yaml,
          readFileSync(yaml, 'utf8').replace('agent_queue: gcp', 'agent_queue: aws'),
        );
      }
      const failing = job();
      expect(failing.status).toBe(1);
      expect(failing.stdout).toMatch(/^::error file=dagster_cloud\.yaml,line=\d+,/);

      // The way the README runs it: npx on the tarball, from the folder holding it.
      const local = `./isolation-advisor-${CLI_VERSION}.tgz`;
      copyFileSync(tarball, join(app, local));
      const npx = sh('npx', ['--offline', '--yes', local, 'check', 'repo'], app);
      expect(npx.status, npx.stderr).toBe(1);
      expect(npx.stdout).toContain('Routed to another team');
    },
    TIMEOUT,
  );
});

/**
 * Runs the built command (prepack built it in beforeAll) with a stdout whose reader is gone
 * before the command writes anything: the child waits for a line on stdin, which is sent only
 * once the parent's end of stdout has closed, so every run meets the closed pipe (no race).
 */
const withClosedStdout = (args: string[], cwd: string) =>
  new Promise<{ status: number | null; stderr: string }>((done) => {
    const child = spawn(
      'sh',
      [
        '-c',
        'read go; exec "$0" "$@"',
        process.execPath,
        join(ROOT, 'dist-cli', 'isolation-advisor.mjs'),
        ...args,
      ],
      { cwd, env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('close', (status) => {
      done({ status, stderr });
    });
    child.stdout.on('close', () => child.stdin.end('go\n'));
    child.stdout.destroy();
  });

describe('a reader that closes the pipe early (| head -1)', () => {
  const link = buildShareUrl('https://advisor.example/', PERSONAS.twoClouds);

  it(
    'the writer still writes every file and exits 0, with no stack trace',
    async () => {
      const out = join(work, 'closed-pipe');
      const { status, stderr } = await withClosedStdout([link, '--out', out], work);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      expect(existsSync(join(out, 'SETUP.md'))).toBe(true);
      expect(existsSync(join(out, 'dagster_cloud.yaml'))).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'check keeps its status: 0 in line, 1 on drift',
    async () => {
      const out = join(work, 'closed-pipe-check');
      expect(
        sh(
          process.execPath,
          [join(ROOT, 'dist-cli', 'isolation-advisor.mjs'), link, '--out', out],
          work,
        ).status,
      ).toBe(0);
      expect(await withClosedStdout(['check', out], work)).toEqual({ status: 0, stderr: '' });
      const yaml = join(out, 'dagster_cloud.yaml');
      writeFileSync(
        yaml,
        readFileSync(yaml, 'utf8').replace('agent_queue: gcp', 'agent_queue: aws'),
      );
      expect(await withClosedStdout(['check', out], work)).toEqual({ status: 1, stderr: '' });
    },
    TIMEOUT,
  );
});
