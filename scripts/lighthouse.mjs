#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse on the built app (mobile and desktop presets), for the first
// screen and for a results link. Prints scores and metrics; fails under the floors below, which
// sit under our targets (first screen: mobile performance 98, desktop 100; accessibility 100
// everywhere) so a busy CI machine does not make the check flaky. CI runs it inside npm test
// (`npm test -- --lighthouse`, see .ci/run), on the build the end-to-end tests used.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { existsSync } from 'node:fs';

import { CHROMIUM_FLAGS, appUrl, debianChromium, startPreview } from './preview.mjs';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4391);
const BASE = appUrl(PORT);
// The README's example share link (a public contract): opens straight on the results.
const RESULTS =
  '#v=1&plan=pro&agent=k8s&ci=github&p=ingest.data.main&p=train.science.gpu.hv&sod=execution' +
  '&st=science&prod=1&share=some&release=independent&deps=conflicting&pane=high&ops=medium&cost=low';
// Runs per page: Lighthouse's own advice against run-to-run variance is the median of several
// runs (docs/variability.md in GoogleChrome/lighthouse). A results link draws much more than the
// first screen, so its Total Blocking Time swings most with the machine's load: on a 2-core CI
// machine three mobile runs still spread from 82 to 96, so mobile takes five, desktop three.
const PAGES = [
  { name: 'first screen', url: BASE, runs: { mobile: 1, desktop: 1 } },
  { name: 'results link', url: BASE + RESULTS, runs: { mobile: 5, desktop: 3 } },
];
// Floors per page: the first screen must stay near perfect; a results link (charts, diagram and
// files drawn in the page) varies more between runs on a busy 2-core machine.
const FLOORS = {
  mobile: {
    'first screen': { performance: 95, accessibility: 100, 'best-practices': 95, seo: 90 },
    'results link': { performance: 85, accessibility: 100, 'best-practices': 95, seo: 90 },
  },
  desktop: {
    'first screen': { performance: 95, accessibility: 100, 'best-practices': 95, seo: 90 },
    'results link': { performance: 90, accessibility: 100, 'best-practices': 95, seo: 90 },
  },
};
// The first screen's LCP (issue #4: under 1.5 s on the mobile preset). Lantern's simulated LCP
// moves by a few hundred ms with the machine's load, so the check fails only past the floor, and
// says whether the target itself was met.
const LCP = { preset: 'mobile', page: 'first screen', targetMs: 1500, floorMs: 2000 };
// The targets (issue #13), printed as met or missed; the floors above are what fails the run.
const TARGETS = {
  'first screen': { performance: 100, lcpMs: 1500 },
  'results link': { performance: 98, lcpMs: 1500 },
};
const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'SI'],
];

// CHROME_PATH, else Debian's Chromium; undefined lets chrome-launcher find its own.
const chromePathFound = process.env.CHROME_PATH ?? debianChromium();

let failed = false;

const performanceOf = (lhr) => Math.round((lhr.categories.performance?.score ?? 0) * 100);

/** The run with the median performance score (the middle one of an odd number of runs). */
const medianRun = (lhrs) =>
  [...lhrs].sort((a, b) => performanceOf(a) - performanceOf(b))[Math.floor(lhrs.length / 2)];

function report(preset, target, lhrs) {
  const lhr = medianRun(lhrs);
  const scores = Object.fromEntries(
    Object.entries(lhr.categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]),
  );
  const metrics = METRICS.map(([id, label]) => `${label} ${lhr.audits[id]?.displayValue ?? '?'}`);
  const runs =
    lhrs.length > 1
      ? ` (median of ${lhrs.length} runs, performance ${lhrs.map(performanceOf).join(', ')})`
      : '';
  console.log(
    `lighthouse ${preset.padEnd(7)} ${target.name.padEnd(12)} ` +
      Object.entries(scores)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') +
      ` | ${metrics.join(', ')}${runs}`,
  );
  const lcp = lhr.audits['largest-contentful-paint']?.numericValue ?? Number.POSITIVE_INFINITY;
  if (preset === 'mobile') {
    const goal = TARGETS[target.name];
    const met = scores.performance >= goal.performance && lcp < goal.lcpMs;
    console.log(
      `  target performance ≥ ${goal.performance} and LCP < ${goal.lcpMs} ms: ` +
        `${met ? 'met' : 'missed'} (${scores.performance}, ${Math.round(lcp)} ms)`,
    );
  }
  if (preset === LCP.preset && target.name === LCP.page && lcp > LCP.floorMs) {
    console.error(`  ✘ LCP ${Math.round(lcp)} ms is over the floor ${LCP.floorMs} ms`);
    failed = true;
  }
  for (const [category, floor] of Object.entries(FLOORS[preset][target.name])) {
    if ((scores[category] ?? 0) < floor) {
      console.error(`  ✘ ${category} ${scores[category]} is under the floor ${floor}`);
      failed = true;
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
        .slice(0, 8)
        .map((a) => `    - ${a.id}: ${a.title}`);
      console.error(failing.join('\n'));
    }
  }
}

/** One Lighthouse run of `target` with `preset`, in a browser of its own. */
async function measure(preset, target) {
  // A fresh browser per run: reusing one across presets leaves the previous emulation's
  // viewport behind, which Lighthouse then reports as a layout shift of the whole page.
  const chrome = await chromeLauncher.launch({
    ...(chromePathFound ? { chromePath: chromePathFound } : {}),
    chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_FLAGS],
  });
  try {
    const result = await lighthouse(
      target.url,
      { port: chrome.port, output: 'json', logLevel: 'error' },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`no Lighthouse result for ${target.url}`);
    return lhr;
  } finally {
    await chrome.kill();
  }
}

if (!existsSync('dist/index.html')) {
  console.error('lighthouse: no dist/; run `npm run build` first.');
  process.exit(1);
}
const server = await startPreview(PORT);
try {
  for (const preset of ['mobile', 'desktop']) {
    for (const target of PAGES) {
      const lhrs = [];
      for (let run = 0; run < target.runs[preset]; run++) lhrs.push(await measure(preset, target));
      report(preset, target, lhrs);
    }
  }
} finally {
  server.stop();
}
process.exit(failed ? 1 : 0);
