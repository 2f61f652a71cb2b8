#!/usr/bin/env node
// `npm run size`: the bundle budget (issue #4). Reads dist/ after `vite build` and its manifest,
// prints every file's gzip size, and fails when a screen is over budget:
// - first load: index.html plus every script and stylesheet the entry needs (static imports);
// - results: the first load plus the results view and everything it imports, and the chunks it
//   loads on its own (the zip code for "Download all files");
// CSS ships as files (the first screen's is inlined into index.html, allowed by its hash in the
// CSP). Chunks only other screens need (the import view) are listed, not counted.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const BUDGETS = { 'first load': 90, results: 260 };
const RESULTS_MODULE = 'src/features/results/results-view.tsx';
const ON_DEMAND_FOR_RESULTS = ['node_modules/fflate/esm/browser.js'];

const kb = (bytes) => (bytes / 1024).toFixed(1);
const gz = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

const manifestPath = join(DIST, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error('size: no dist/.vite/manifest.json; run `npm run build` first.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

/** Files (JS and CSS) a manifest entry needs before it runs: itself and its static imports. */
function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return seen;
  seen.add(key);
  for (const dep of chunk.imports ?? []) closure(dep, seen);
  return seen;
}
const filesOf = (keys) =>
  new Set([...keys].flatMap((k) => [manifest[k].file, ...(manifest[k].css ?? [])]));

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const firstFiles = filesOf(closure(entryKey));
firstFiles.add('index.html');
// The build inlines the entry's stylesheet into index.html: count those bytes once, in the HTML.
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const inlinedCss = (manifest[entryKey].css ?? []).filter((f) => !html.includes(`/${f}`));
for (const f of inlinedCss) firstFiles.delete(f);
const resultsKeys = closure(RESULTS_MODULE);
for (const k of Object.keys(manifest)) {
  if (ON_DEMAND_FOR_RESULTS.some((m) => k.endsWith(m))) closure(k, resultsKeys);
}
if (!manifest[RESULTS_MODULE]) {
  console.error(`size: ${RESULTS_MODULE} is not a chunk of its own; it must stay lazy.`);
  process.exit(1);
}
const resultsFiles = new Set([...firstFiles, ...filesOf(resultsKeys)]);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const all = walk(DIST)
  .map((p) => relative(DIST, p))
  .filter((f) => /\.(js|css|html)$/.test(f));
const sizes = new Map(all.map((f) => [f, gz(f)]));

console.log('gzip kB  first  results  file');
for (const f of [...all].sort((a, b) => sizes.get(b) - sizes.get(a))) {
  const mark = (set) => (set.has(f) ? 'yes' : '   ');
  console.log(
    `${kb(sizes.get(f)).padStart(7)}    ${mark(firstFiles)}      ${mark(resultsFiles)}  ${f}`,
  );
}

const sum = (files) => [...files].reduce((s, f) => s + (sizes.get(f) ?? 0), 0);
const totals = { 'first load': sum(firstFiles), results: sum(resultsFiles) };
console.log(
  `\nfirst load: ${kb(totals['first load'])} kB (budget ${BUDGETS['first load']}); ` +
    `results, all in: ${kb(totals.results)} kB (budget ${BUDGETS.results}); ` +
    `every file: ${kb(sum(all))} kB`,
);
let ok = true;
for (const [name, budget] of Object.entries(BUDGETS)) {
  if (totals[name] / 1024 > budget) {
    console.error(`size: ${name} is over budget by ${kb(totals[name] - budget * 1024)} kB`);
    ok = false;
  }
}
if (![...firstFiles].some((f) => f.endsWith('.css')) && inlinedCss.length === 0) {
  console.error('size: the first screen has no CSS file: styles must ship as files, not inside JS');
  ok = false;
}
process.exit(ok ? 0 : 1);
