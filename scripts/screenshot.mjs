#!/usr/bin/env node
// `npm run screenshot`: regenerates docs/results.png, the README's picture of the results. Builds
// the app, serves it (SCREENSHOT_PORT, default 4394), picks the "Three teams, nine pipelines"
// example in Chromium as a user would, goes through the steps to the results, and takes the first
// screenful at 1280 × 860 in the light theme, once every section has loaded.
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';

import { chromiumLaunchOptions, startPreview } from './preview.mjs';

const PORT = Number(process.env.SCREENSHOT_PORT ?? 4394);
const OUT = 'docs/results.png';
const EXAMPLE = 'Example: Three teams, nine pipelines';

const build = spawnSync('npx', ['vite', 'build', '--logLevel=warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startPreview(PORT);
let failed = false;
try {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 860 },
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    await page.goto(server.url);
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
  } finally {
    await browser.close();
  }
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  server.stop();
}
process.exit(failed ? 1 : 0);
