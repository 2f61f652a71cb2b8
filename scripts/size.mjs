#!/usr/bin/env node
// `npm run size`: the bundle budget (issue #4). Reads dist/ after `vite build` and its manifest,
// prints every file's gzip size, and fails when a screen is over budget:
// - first load: index.html plus every script and stylesheet the entry needs (static imports);
// - results: the first load plus everything the results view loads, at once or later by itself
//   (its details, charts, the zip code for "Download all files"), static and dynamic imports
//   alike. Only what a reader asks for separately is left out: the scenario comparison, which
//   loads when someone compares, and the import view (another screen).
// CSS ships as files (the first screen's is inlined into index.html, allowed by its hash in the
// CSP).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

// The folder to measure: dist/ unless another is given (`node scripts/size.mjs dist-other`).
const DIST = process.argv[2] ?? 'dist';
const BUDGETS = { 'first load': 90, results: 260 };
const RESULTS_MODULE = 'src/app/results/results-view.tsx';
/** Loaded only when a reader asks for it (the Compare button), so not part of the results. */
const ASKED_FOR_SEPARATELY = ['src/features/what-if/comparison-view.tsx'];

const kb = (bytes) => (bytes / 1024).toFixed(1);
const gz = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

const manifestPath = join(DIST, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error('size: no dist/.vite/manifest.json; run `npm run build` first.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

/**
 * Manifest entries a chunk needs: itself and its static imports, and with `dynamic` also what it
 * loads later by itself (dynamic imports), minus what a reader asks for separately.
 */
function closure(key, { dynamic = false } = {}, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key) || ASKED_FOR_SEPARATELY.includes(key)) return seen;
  seen.add(key);
  const deps = [...(chunk.imports ?? []), ...(dynamic ? (chunk.dynamicImports ?? []) : [])];
  for (const dep of deps) closure(dep, { dynamic }, seen);
  return seen;
}
const filesOf = (keys) =>
  new Set([...keys].flatMap((k) => [manifest[k].file, ...(manifest[k].css ?? [])]));

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const firstKeys = closure(entryKey);
const firstFiles = filesOf(firstKeys);
firstFiles.add('index.html');
// The build inlines the entry's stylesheet into index.html: count those bytes once, in the HTML.
// Links start with the base path (BASE_PATH, `/` by default).
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const inlinedCss = (manifest[entryKey].css ?? []).filter(
  (f) => !new RegExp(`<link rel="stylesheet"[^>]*href="[^"]*/${f}"(?![^>]*disabled)`).test(html),
);
for (const f of inlinedCss) firstFiles.delete(f);
// Chunks of the first load are counted there; what they load lazily belongs to other screens.
const resultsKeys = closure(RESULTS_MODULE, { dynamic: true }, new Set(firstKeys));
if (!manifest[RESULTS_MODULE]) {
  console.error(`size: ${RESULTS_MODULE} is not a chunk of its own; it must stay lazy.`);
  process.exit(1);
}
const resultsFiles = new Set([...firstFiles, ...filesOf(resultsKeys)]);
for (const f of inlinedCss) resultsFiles.delete(f);

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
