#!/usr/bin/env node
// Part of `npm run bench` (issue #16): the import of every hostile file in Chromium, as a user
// does it. For each file of src/domain/import/__fixtures__/hostile-files.ts (and a 20 MB paste),
// RUNS times in a fresh page: open the import view, paste each file (one input event, as a paste
// gives) and time until Chromium has drawn it ("paste drawn"), then click "Check files" and time,
// in the page, from the click to the answer on screen: the audit's heading or the size refusal in
// the DOM ("in DOM"), then the next frame drawn ("answer"). "longest task" is the longest task
// the page ran between the click and that frame: how long the page could not answer a key.
// Prints a table of medians with `uptime` before and after (the machine is shared: figures taken
// under a load over 3 are worth repeating). Builds the app first, serves dist/ with vite preview.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

import { appUrl, inBuiltApp } from '../scripts/preview.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4392);
const BASE = appUrl(PORT);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** Only the cases whose name contains this text (e.g. BENCH_ONLY=keys), for a quick look. */
const ONLY = process.env.BENCH_ONLY ?? '';
/** The 20 MB paste of the e2e, made in the page (the test's channel would be what is timed). */
const HUGE = '20 MB paste (refused)';

const fixtures = fileURLToPath(
  new URL('../src/domain/import/__fixtures__/hostile-files.ts', import.meta.url),
);
const { module: hostile } = await runnerImport(fixtures);
/** @type {[string, () => import('../src/domain/import/types').ImportInput][]} */
const CASES = [...Object.entries(hostile.HOSTILE_IMPORTS), [HUGE, null]].filter(([name]) =>
  name.includes(ONLY),
);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();

/** In the page: longest tasks as they happen, and the click on "Check files" as it is handled. */
const INSTRUMENT = () => {
  const marks = { tasks: [], click: null };
  window.__hostileBench = marks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) marks.tasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof Element && event.target.closest('button[type="submit"]'))
        marks.click = performance.now();
    },
    true,
  );
};

/** In the page: puts `text` (or `size` × "x") into the field, as a paste does, and times the frame. */
const pasteAndDraw = async (el, { text, size }) => {
  const started = performance.now();
  el.value = text ?? 'x'.repeat(size);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return performance.now() - started;
};

/** In the page: waits for the answer, then for the frame that draws it; times from the click. */
const ANSWER = () =>
  new Promise((resolve) => {
    const marks = window.__hostileBench;
    const found = () =>
      document.getElementById('import-audit-heading') ??
      [...document.querySelectorAll('.field-error')].find((p) =>
        /the import reads up to|the import does not read it/.test(p.textContent ?? ''),
      );
    const done = () => {
      const dom = performance.now();
      requestAnimationFrame(() =>
        setTimeout(() => {
          const drawn = performance.now();
          const click = marks.click ?? dom;
          const during = marks.tasks.filter((t) => t.start + t.ms >= click && t.start <= drawn);
          resolve({
            dom: dom - click,
            drawn: drawn - click,
            longest: Math.max(0, ...during.map((t) => t.ms)),
            counts: document.querySelector('[data-testid="import-counts"]')?.textContent ?? null,
          });
        }, 0),
      );
    };
    if (found()) done();
    else {
      const observer = new MutationObserver(() => {
        if (found()) {
          observer.disconnect();
          done();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    }
  });

async function runOnce(browser, name, make) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.addInitScript(INSTRUMENT);
    await page.goto(BASE);
    // The prerendered first screen answers clicks once the app has started (src/main.tsx).
    await page.locator('#root[data-app-started]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Import your Dagster+ config' }).click();
    const field = (label) => page.getByLabel(label, { exact: true });
    await field('dagster_cloud.yaml (required)').waitFor();
    let pasted = 0;
    const paste = async (label, what) => {
      pasted += await field(label).evaluate(pasteAndDraw, what);
    };
    if (make === null) {
      await paste('dagster_cloud.yaml (required)', { text: 'locations: []\n' });
      await paste('CODEOWNERS (optional)', { size: 20_000_000 });
    } else {
      const input = make();
      await paste('dagster_cloud.yaml (required)', { text: input.dagsterCloudYaml });
      for (const [i, text] of (input.agentConfigs ?? []).entries()) {
        if (i > 0) {
          await page.getByRole('button', { name: 'Add another agent configuration' }).click();
        }
        await paste(`Agent configuration ${i + 1} (optional)`, { text });
      }
      if (input.codeowners !== undefined) {
        await paste('CODEOWNERS (optional)', { text: input.codeowners });
      }
    }
    const answer = page.evaluate(ANSWER);
    await page.getByRole('button', { name: 'Check files' }).click();
    const result = await answer;
    if (page.url().includes('error') || (await page.getByText('Something went wrong').count())) {
      throw new Error(`${name}: the view crashed`);
    }
    return { ...result, pasted };
  } finally {
    await page.close();
  }
}

await inBuiltApp(PORT, async (browser) => {
  const rows = [];
  const before = uptime();
  for (const [name, make] of CASES) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await runOnce(browser, name, make));
    const ms = (key) => `${median(runs.map((r) => r[key])).toFixed(0)} ms`.padStart(8);
    const outcome = runs[0]?.counts ?? 'refused on size';
    rows.push(
      `| ${name.padEnd(52)} | ${ms('drawn')} | ${ms('dom')} | ${ms('longest')} | ${ms('pasted')} | ${outcome}`,
    );
  }
  console.log(
    [
      `bench: hostile imports in Chromium, median of ${RUNS} runs (click on "Check files" to the answer drawn)`,
      `uptime before: ${before}`,
      `| ${'case'.padEnd(52)} |   answer |   in DOM | longest task | paste drawn | outcome`,
      ...rows,
      `uptime after: ${uptime()}`,
    ].join('\n'),
  );
});
