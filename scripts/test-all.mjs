#!/usr/bin/env node
// `npm test`: every check, in order of cost. Ends with one closing line per test runner (read by
// CI): `unit: N passed, N failed` and `e2e: N passed, N failed, N flaky`, and exits non-zero if
// anything failed. A flaky end-to-end test (failed, then passed on a retry) fails the run: it is a
// bug to fix, not a pass. `npm test -- --lighthouse` (CI) also runs Lighthouse on the same build,
// before the closing lines.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

import { e2eLine, unitLine } from './closing-lines.mjs';

// Fresh reports every run, so a stale file can never be counted.
rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

const summaries = [];
let failed = false;

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) failed = true;
  return ok;
}

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
  } catch {
    return null;
  }
}

const withLighthouse = process.argv.includes('--lighthouse');
const npx = 'npx';
run('format', npx, ['prettier', '.', '--check', '--log-level=warn']);
run('typecheck', npx, ['tsc', '--noEmit']);
run('typecheck (domain has no DOM)', npx, ['tsc', '-p', 'tsconfig.domain.json', '--noEmit']);
run('lint', npx, ['eslint', '.', '--max-warnings=0']);

run('unit', npx, [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=reports/unit.json',
]);
const unit = unitLine(readJson('reports/unit.json'));
summaries.push(unit.line);
if (!unit.ok) failed = true;

if (run('build', npx, ['vite', 'build'])) {
  if (existsSync('scripts/size.mjs')) run('size budget', 'node', ['scripts/size.mjs']);
  run('e2e', npx, ['playwright', 'test']);
  if (withLighthouse) run('lighthouse', 'node', ['scripts/lighthouse.mjs']);
}
const e2e = e2eLine(readJson('reports/e2e.json'));
summaries.push(e2e.line);
if (!e2e.ok) failed = true;

console.log('');
for (const line of summaries) console.log(line);
process.exit(failed ? 1 : 0);
