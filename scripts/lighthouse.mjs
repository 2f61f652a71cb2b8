#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse on the built app (mobile and desktop presets), for the first
// screen and for a 12-project results link (issue #13: the link a lead pastes in a design-review
// chat). Prints scores and metrics, and each page's targets (mobile performance and LCP) as met or
// missed; fails only under the floors below, which sit under those targets so that a busy 2-core
// machine does not make the check flaky. CI runs it inside npm test (`npm test -- --lighthouse`,
// see .ci/run), on the build the end-to-end tests used.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

import { CHROMIUM_FLAGS, appUrl, debianChromium, startPreview } from './preview.mjs';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4391);
const BASE = appUrl(PORT);

/**
 * The results link: 12 projects of 5 teams in 3 environments, built by the same code as
 * the large links of the bench and the e2e (src/domain/__fixtures__/scale-answers.ts), in the
 * share-link format (src/domain/url-codec/codec.ts), loaded through Vite as TypeScript.
 */
async function resultsLink(projects) {
  const src = fileURLToPath(new URL('../src', import.meta.url));
  const load = async (file) =>
    (
      await runnerImport(`${src}/${file}`, {
        configFile: false,
        logLevel: 'error',
        resolve: { alias: { '@': src } },
      })
    ).module;
  const { answersWith } = await load('domain/__fixtures__/scale-answers.ts');
  const { encodeShareState } = await load('domain/url-codec/codec.ts');
  return `#${encodeShareState(answersWith(projects))}`;
}

// Runs per page: Lighthouse's own advice against run-to-run variance is the median of several
// runs (docs/variability.md in GoogleChrome/lighthouse). A results link draws much more than the
// first screen, so its Total Blocking Time swings most with the machine's load: on a 2-core CI
// machine three mobile runs still spread from 82 to 96, so mobile takes five, desktop three. The
// first screen's mobile score too moved from 96 to 92 in single runs at load 7 to 11: three runs.
const PAGES = [
  { name: 'first screen', url: BASE, runs: { mobile: 3, desktop: 1 } },
  { name: 'results link', url: BASE + (await resultsLink(12)), runs: { mobile: 5, desktop: 3 } },
];
// Floors per page: the first screen must stay near perfect; a results link (charts, diagram and
// files drawn in the page) varies more between runs on a busy 2-core machine. Its mobile score
// is mostly Total Blocking Time, which follows the machine's load: medians of five runs of the
// 12-project link were 86 on main (load 5-7; runs 81-90), 85 with the early paint (load 7-8) and
// 78 (load 10-11; runs 73-91), so its floor was 75. Once the results were drawn without long
// tasks (issue #13: Total Blocking Time ~30 ms) every run scored 100, at load 2 and in a
// fresh-clone CI run (five of five each), so the floor is 90: under it, a long task is back.
const FLOORS = {
  mobile: {
    'first screen': { performance: 95, accessibility: 100, 'best-practices': 95, seo: 90 },
    'results link': { performance: 90, accessibility: 100, 'best-practices': 95, seo: 90 },
  },
  desktop: {
    'first screen': { performance: 95, accessibility: 100, 'best-practices': 95, seo: 90 },
    'results link': { performance: 90, accessibility: 100, 'best-practices': 95, seo: 90 },
  },
};
// The targets, printed as met or missed on the mobile preset (the first screen: issue #4; a
// results link: issue #13); the floors above and the LCP floors here are what fail the run.
// Lantern's simulated LCP moves by a few hundred ms with the machine's load, so each LCP floor
// sits above its target, judged on the median of the page's runs.
const TARGETS = {
  'first screen': { performance: 100, lcpMs: 1500, lcpFloorMs: 2000 },
  'results link': { performance: 98, lcpMs: 1500, lcpFloorMs: 2000 },
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

const lcpOf = (lhr) =>
  lhr.audits['largest-contentful-paint']?.numericValue ?? Number.POSITIVE_INFINITY;

/** The middle value of an odd number of values. */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The run with the median performance score (the middle one of an odd number of runs). */
const medianRun = (lhrs) =>
  [...lhrs].sort((a, b) => performanceOf(a) - performanceOf(b))[Math.floor(lhrs.length / 2)];

/**
 * The nodes of a failed color-contrast audit when it is the only failed accessibility audit and
 * every node it names lies more than a screen below the first one: text in a results section that
 * content-visibility: auto has not rendered yet, which axe misreads (a known false positive: the
 * contrast is read against whatever the browser reports at that point). Empty otherwise.
 */
function offscreenContrastOnly(lhr) {
  const failed = lhr.categories.accessibility.auditRefs
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative');
  if (failed.length !== 1 || failed[0].id !== 'color-contrast') return [];
  const screen = lhr.configSettings.screenEmulation.height;
  const nodes = failed[0].details?.items?.map((item) => item.node) ?? [];
  const below = nodes.filter((node) => (node?.boundingRect?.top ?? 0) > 2 * screen);
  return below.length === nodes.length ? below.map((node) => node.selector) : [];
}

function report(preset, target, lhrs) {
  const lhr = medianRun(lhrs);
  const scores = Object.fromEntries(
    Object.entries(lhr.categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]),
  );
  const metrics = METRICS.map(([id, label]) => `${label} ${lhr.audits[id]?.displayValue ?? '?'}`);
  // The LCP judged is the median of the runs' LCPs (the median run's may not be the median LCP).
  const lcp = median(lhrs.map(lcpOf));
  const runs =
    lhrs.length > 1
      ? ` (median of ${lhrs.length} runs: performance ${lhrs.map(performanceOf).join(', ')}; ` +
        `LCP ${lhrs.map((r) => Math.round(lcpOf(r))).join(', ')} ms)`
      : '';
  console.log(
    `lighthouse ${preset.padEnd(7)} ${target.name.padEnd(12)} ` +
      Object.entries(scores)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') +
      ` | ${metrics.join(', ')}${runs}`,
  );
  if (preset === 'mobile') {
    const goal = TARGETS[target.name];
    const met = scores.performance >= goal.performance && lcp < goal.lcpMs;
    console.log(
      `  target performance ≥ ${goal.performance} and LCP < ${goal.lcpMs} ms: ` +
        `${met ? 'met' : 'missed'} (${scores.performance}, ${Math.round(lcp)} ms)`,
    );
    if (lcp > goal.lcpFloorMs) {
      console.error(`  ✘ LCP ${Math.round(lcp)} ms is over the floor ${goal.lcpFloorMs} ms`);
      failed = true;
    }
  }
  for (const [category, floor] of Object.entries(FLOORS[preset][target.name])) {
    if (category === 'accessibility' && (scores[category] ?? 0) < floor) {
      const offscreen = offscreenContrastOnly(lhr);
      if (offscreen.length > 0) {
        console.log(
          `  accessibility ${scores[category]}: only color contrast, only for text far below the ` +
            `screen in a content-visibility: auto section (${offscreen.join(', ')}), which axe ` +
            'reads before it is rendered (dequelabs/axe-core#2768, GoogleChrome/lighthouse#16673); ' +
            'e2e/accessibility.spec.ts checks it rendered',
        );
        continue;
      }
    }
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
