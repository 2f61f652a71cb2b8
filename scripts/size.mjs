#!/usr/bin/env node
// `npm run size`: the bundle budget (issues #4 and #13). Reads dist/ after `vite build` and its
// manifest, prints every file's gzip size, and fails when a screen is over budget:
// - first load: index.html plus the page's first script (src/early.ts) and the app it loads on
//   every page (src/main.tsx), each with the scripts and stylesheets it imports statically;
// - results: the first load plus the early paint and the link's boot (src/app/early), and
//   everything the results view loads, at once or later by itself
//   (its details, charts, the zip code for "Download all files"), static and dynamic imports
//   alike. Only what a reader asks for separately is left out: the scenario comparison, which
//   loads when someone compares, and the import view (another screen).
// CSS ships as files (the first screen's is inlined into index.html, allowed by its hash in the
// CSP). Then, in Chromium, what a results link really downloads (issue #13): a 40-project link
// opened in a fresh context, read to the bottom (so what loads on approach, the growth chart,
// loads), until fully drawn and idle; every response of the page's own origin, gzipped,
// prefetches included; the same budget. `--no-browser` skips that part.
import { chromium } from '@playwright/test';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

import { appUrl, chromiumLaunchOptions, startPreview } from './preview.mjs';

// The folder to measure: dist/ unless another is given (`node scripts/size.mjs dist-other`).
const DIST = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'dist';
const BUDGETS = { 'first load': 90, results: 260 };
const RESULTS_MODULE = 'src/app/results/results-view.tsx';
const EARLY_PAINT_MODULE = 'src/app/early/paint-link.ts';
const LINK_BOOT_MODULE = 'src/app/early/open-link.ts';
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
// The page's first script (src/early.ts) loads the app (src/main.tsx) on every page, and the
// early paint (src/app/early/paint-link.ts) only on a results link: the first load is the
// script and the app, with what each imports statically.
const firstKeys = new Set();
closure(entryKey, {}, firstKeys);
for (const key of manifest[entryKey].dynamicImports ?? []) {
  if (key !== EARLY_PAINT_MODULE) closure(key, {}, firstKeys);
}
const firstFiles = filesOf(firstKeys);
firstFiles.add('index.html');
// The build inlines the entry's stylesheet into index.html: count those bytes once, in the HTML.
// Links start with the base path (BASE_PATH, `/` by default).
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const inlinedCss = [...firstKeys]
  .flatMap((k) => manifest[k].css ?? [])
  .filter(
    (f) => !new RegExp(`<link rel="stylesheet"[^>]*href="[^"]*/${f}"(?![^>]*disabled)`).test(html),
  );
for (const f of inlinedCss) firstFiles.delete(f);
// Chunks of the first load are counted there; what they load lazily belongs to other screens.
// A results link also loads the early paint and the link's boot (src/app/early).
const resultsKeys = new Set(firstKeys);
for (const key of [EARLY_PAINT_MODULE, LINK_BOOT_MODULE, RESULTS_MODULE]) {
  closure(key, { dynamic: true }, resultsKeys);
}
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

/** A 40-project link in the share-link format (README), the one `npm run bench` opens. */
const TEAMS = ['platform', 'analytics', 'science', 'finance', 'growth'];
const COMPUTES = ['aws', 'gcp', 'onprem'];
const LINK =
  '#v=1&plan=pro&agent=k8s&ci=github&' +
  Array.from(
    { length: 40 },
    (_, i) =>
      `p=project-${i}.${TEAMS[i % TEAMS.length]}.${COMPUTES[i % COMPUTES.length]}` +
      (i % 7 === 0 ? '.hv' : ''),
  ).join('&') +
  '&sod=execution&prod=1&share=some&release=independent&deps=conflicting&pane=high&ops=medium&cost=low';

/** Scrolls to the bottom a screen at a time, as a reader does, until the page stops growing. */
const READ_TO_THE_END = async () => {
  const frame = () =>
    new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
  for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
    window.scrollTo(0, y);
    await frame();
  }
  window.scrollTo(0, document.documentElement.scrollHeight);
  await frame();
};

/**
 * Opens `hash` in a fresh Chromium context; once `ready` holds, reads the page to the bottom when
 * `read`, waits for an idle period and a quiet network (idle-time prefetches count), and returns
 * each same-origin response's path and gzip size. Without the service worker: its offline copy of
 * the whole app (issue #14) is fetched after load, in the background, and is not opening the page.
 */
async function downloadedBy(browser, base, hash, ready, read) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const origin = new URL(base).origin;
  const bodies = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin) return;
    bodies.push(
      response.body().then(
        (body) => [url.pathname, gzipSync(body, { level: 9 }).length],
        () => [url.pathname, 0], // a redirect or a response without a body
      ),
    );
  });
  await page.goto(base + hash);
  await page.waitForFunction(ready, null, { timeout: 60_000 });
  if (read) {
    await page.evaluate(READ_TO_THE_END);
    // The growth chart, the last thing drawn on approach.
    await page.waitForFunction(() => document.querySelector('.recharts-line') !== null, null, {
      timeout: 60_000,
    });
  }
  await page.evaluate(
    () => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 500))),
  );
  await page.waitForLoadState('networkidle');
  const files = await Promise.all(bodies);
  await context.close();
  return files;
}

if (!process.argv.includes('--no-browser')) {
  const port = Number(process.env.SIZE_PORT ?? Number(process.env.E2E_PORT ?? 3393) + 1000);
  const server = await startPreview(port);
  try {
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const base = appUrl(port);
      const opened = [
        {
          label: 'the first screen, idle prefetches included',
          hash: '',
          ready: () => document.querySelector('main h2') !== null,
          read: false,
          budget: null,
        },
        {
          label: 'a 40-project results link read to the bottom, prefetches included',
          hash: LINK,
          ready: () => document.querySelector('.results-details[aria-busy="false"]') !== null,
          read: true,
          budget: BUDGETS.results,
        },
      ];
      for (const { label, hash, ready, read, budget } of opened) {
        const files = await downloadedBy(browser, base, hash, ready, read);
        const total = files.reduce((s, [, bytes]) => s + bytes, 0);
        console.log(
          `\nin Chromium, ${label}: ${kb(total)} kB in ${files.length} responses` +
            (budget === null ? '' : ` (budget ${budget})`),
        );
        for (const [path, bytes] of [...files].sort((a, b) => b[1] - a[1])) {
          console.log(`${kb(bytes).padStart(7)}  ${path}`);
        }
        if (budget !== null && total / 1024 > budget) {
          console.error(`size: ${label} is over budget by ${kb(total - budget * 1024)} kB`);
          ok = false;
        }
      }
    } finally {
      await browser.close();
    }
  } finally {
    server.stop();
  }
}
process.exit(ok ? 0 : 1);
