// @vitest-environment node
/**
 * The installable package: `npm pack` gives a tarball whose command works in an empty folder,
 * installed offline (it has no dependencies: the CLI file bundles them), with no build step on
 * the user's side: --version, the file writer, and the drift check, through npm install and npx.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { PERSONAS } from '@/domain/__fixtures__/personas';
import { buildShareUrl } from '@/domain/url-codec/codec';

import { CLI_VERSION } from './version';

const ROOT = resolve(__dirname, '../..');
/** Packing builds the CLI (prepack): generous for a loaded 2-core machine, but bounded. */
const TIMEOUT = 240_000;

/** The environment without the npm_* variables of an enclosing `npm test`. */
const cleanEnv = (): NodeJS.ProcessEnv =>
  Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_')),
  );

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
      const link = buildShareUrl('https://advisor.example/', PERSONAS.twoClouds);
      const wrote = sh(bin, [link, '--out', 'repo'], app);
      expect(wrote.status, wrote.stderr).toBe(0);
      expect(wrote.stdout).toContain('dagster_cloud.yaml\n');

      const inLine = sh(bin, ['check', 'repo'], app);
      expect(inLine.status, inLine.stderr).toBe(0);
      expect(inLine.stdout).toMatch(/^In line with the decision/);

      const yaml = join(app, 'repo', 'dagster_cloud.yaml');
      writeFileSync(
        yaml,
        readFileSync(yaml, 'utf8').replace('agent_queue: gcp', 'agent_queue: aws'),
      );
      const drifted = sh(bin, ['check', 'repo', '--format', 'github'], app);
      expect(drifted.status).toBe(1);
      expect(drifted.stdout).toMatch(/^::error file=repo\/dagster_cloud\.yaml,line=\d+,/);

      // The way the README and the generated CI job run it: npx on the tarball.
      const local = `./isolation-advisor-${CLI_VERSION}.tgz`;
      copyFileSync(tarball, join(app, local));
      const npx = sh('npx', ['--offline', '--yes', local, 'check', 'repo'], app);
      expect(npx.status, npx.stderr).toBe(1);
      expect(npx.stdout).toContain('Routed to another team');
    },
    TIMEOUT,
  );
});
