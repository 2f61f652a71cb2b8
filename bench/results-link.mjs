#!/usr/bin/env node
// Part of `npm run bench` (issue #4): opens a 40-project share link in Chromium, in a fresh
// browser context each time (nothing cached), and times it from navigation start to
//  - the recommendation on screen (the top of the results), and
//  - the results fully drawn: every section of the details shown, the score chart, diagram and
//    files included (the details drop aria-busy only then). The growth chart is drawn once the
//    reader scrolls near it (its recharts chunk is fetched then), so it is not part of this.
// Medians over RUNS, without throttling and with Chromium's CPU slowed down 4× (a mid-range
// phone); then the same for a 12-project link (issue #13), over fewer runs. Builds the app first,
// serves dist/ with `vite preview`.

import { appUrl, inBuiltApp } from '../scripts/preview.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4392);
const BASE = appUrl(PORT);
const RUNS = 9;
const TEAMS = ['platform', 'analytics', 'science', 'finance', 'growth'];
const COMPUTES = ['aws', 'gcp', 'onprem'];

/**
 * The share-link format (README, a public contract): `count` projects of 5 teams in 3
 * environments (the answers of src/domain/__fixtures__/scale-answers.ts).
 */
const linkWith = (count) => {
  const projects = Array.from(
    { length: count },
    (_, i) =>
      `p=project-${i}.${TEAMS[i % TEAMS.length]}.${COMPUTES[i % COMPUTES.length]}` +
      (i % 7 === 0 ? '.hv' : ''),
  );
  return (
    `${BASE}#v=1&plan=pro&agent=k8s&ci=github&${projects.join('&')}` +
    '&sod=execution&prod=1&share=some&release=independent&deps=conflicting' +
    '&pane=high&ops=medium&cost=low'
  );
};

/** Records, in page time, when the recommendation and the fully drawn details first appear. */
const MARKS = () => {
  const marks = { recommendation: null, drawn: null };
  window.__benchMarks = marks;
  const check = () => {
    if (marks.recommendation === null && document.querySelector('[data-testid="recommendation"]'))
      marks.recommendation = performance.now();
    if (marks.drawn === null && document.querySelector('.results-details[aria-busy="false"]'))
      marks.drawn = performance.now();
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-busy'],
  });
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(browser, cpuSlowdown, count = 40, runs = RUNS) {
  const times = { recommendation: [], drawn: [] };
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(MARKS);
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    await page.goto(linkWith(count));
    const marks = await page
      .waitForFunction(
        () => (typeof window.__benchMarks?.drawn === 'number' ? window.__benchMarks : null),
        null,
        { timeout: 60_000 },
      )
      .then((handle) => handle.jsonValue());
    const files = await page.getByRole('tab').count();
    if (files === 0) throw new Error('results drawn without any generated file');
    times.recommendation.push(marks.recommendation);
    times.drawn.push(marks.drawn);
    await context.close();
  }
  const fmt = (values) =>
    `median ${median(values).toFixed(0)} ms (min ${Math.min(...values).toFixed(0)}, ` +
    `max ${Math.max(...values).toFixed(0)})`;
  const label = cpuSlowdown > 1 ? `CPU ${cpuSlowdown}× slower` : 'no throttling';
  console.log(
    `bench: ${count}-project link, ${label}: recommendation ${fmt(times.recommendation)}`,
  );
  console.log(`bench: ${count}-project link, ${label}: fully drawn ${fmt(times.drawn)}, n=${runs}`);
}

await inBuiltApp(PORT, async (browser) => {
  await measure(browser, 1);
  await measure(browser, 4);
  // A 12-project link (the size issue #13's Lighthouse figures and the early-paint e2e use), in
  // fewer runs: a smaller page.
  await measure(browser, 1, 12, 5);
  await measure(browser, 4, 12, 5);
});
