#!/usr/bin/env node
// `npm run screenshot`: regenerates docs/results.png, the README's picture of the results. Builds
// the app, serves it (SCREENSHOT_PORT, default 4394), picks the "Three teams, nine pipelines"
// example in Chromium as a user would, goes through the steps to the results, and takes the first
// screenful at 1280 × 860 in the light theme, once every section has loaded.
import { statSync } from 'node:fs';

import { inBuiltApp } from './preview.mjs';

const PORT = Number(process.env.SCREENSHOT_PORT ?? 4394);
const OUT = 'docs/results.png';
const EXAMPLE = 'Example: Three teams, nine pipelines';

await inBuiltApp(PORT, async (browser, url) => {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 860 },
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  await page.goto(url);
  // The prerendered first screen answers clicks once the app has started (src/main.tsx).
  await page.locator('#root[data-app-started]').waitFor({ state: 'attached' });
  await page.getByText('Start from an example scenario').click();
  await page.getByRole('button', { name: EXAMPLE }).click();
  for (;;) {
    const finish = page.getByRole('button', { name: 'Next: see results' });
    if (await finish.isVisible()) {
      await finish.click();
      break;
    }
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  // Every section is on screen once "Print report" is enabled.
  // (isEnabled() would only read the state once; waitFor waits for an enabled one.)
  await page
    .getByRole('button', { name: 'Print report', disabled: false })
    .waitFor({ timeout: 15_000 });
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, {
    timeout: 15_000,
  });
  // The focus ring of the recommendation's heading is not part of the picture.
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: OUT });
  console.log(`screenshot: wrote ${OUT} (${(statSync(OUT).size / 1024).toFixed(0)} KB)`);
});
