#!/usr/bin/env node
// `npm test`: every check, in order of cost. Ends with one `N passed, N failed` line per test
// runner (read by CI) and exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

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
const unit = readJson('reports/unit.json');
if (unit) {
  summaries.push(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
  if (unit.numFailedTests > 0 || unit.numTotalTests === 0) failed = true;
} else {
  summaries.push('unit: 0 passed, 1 failed');
  failed = true;
}

if (run('build', npx, ['vite', 'build'])) {
  if (existsSync('scripts/size.mjs')) run('size budget', 'node', ['scripts/size.mjs']);
  run('e2e', npx, ['playwright', 'test']);
}
const e2e = readJson('reports/e2e.json');
if (e2e?.stats) {
  const passed = e2e.stats.expected + (e2e.stats.flaky ?? 0);
  const bad = e2e.stats.unexpected;
  summaries.push(`e2e: ${passed} passed, ${bad} failed`);
  if (bad > 0 || passed === 0) failed = true;
} else {
  summaries.push('e2e: 0 passed, 1 failed');
  failed = true;
}

console.log('');
for (const line of summaries) console.log(line);
process.exit(failed ? 1 : 0);
