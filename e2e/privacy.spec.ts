import type { Page } from '@playwright/test';

import { PERSONAS } from '../src/domain/__fixtures__/personas';
import {
  HOOLI,
  HOOLI_CODEOWNERS,
  HOOLI_HELM_VALUES,
} from '../src/domain/import/__fixtures__/dagster-cloud-files';
import { STEP_IDS } from '../src/domain/questionnaire/steps';
import { encodeShareState } from '../src/domain/url-codec/codec';

import { expect, test } from './fixtures';

test('nothing leaves the page: no request to any origin but its own, on every screen', async ({
  page,
  results,
  wizard,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const seen: URL[] = [];
  let fromWorker = 0;
  // The context sees the page's requests and the service worker's (which keeps files offline).
  page.context().on('request', (request) => {
    const url = request.url();
    if (request.serviceWorker() !== null) fromWorker += 1;
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    seen.push(new URL(url));
  });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);

  // Import: confidential files pasted in are checked in the page.
  await wizard.open();
  await page.getByRole('button', { name: 'Import your Dagster+ config' }).click();
  await page.getByLabel('dagster_cloud.yaml (required)').fill(HOOLI);
  await page.getByLabel('Agent configuration 1 (optional)').fill(HOOLI_HELM_VALUES);
  await page.getByLabel('CODEOWNERS (optional)').fill(HOOLI_CODEOWNERS);
  await page.getByRole('button', { name: 'Check files' }).click();
  await expect(page.getByTestId('import-counts')).toBeVisible();

  const fragment = encodeShareState(PERSONAS.threeTeamsNinePipelines);
  for (const step of STEP_IDS) {
    await page.goto(`/#${fragment}&view=${step}`);
    await wizard.expectStep(step);
  }
  await page.goto(`/#${fragment}`);
  await results.waitUntilShown();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await results.downloadAll();
  await page.getByRole('button', { name: 'Download diagram (SVG)' }).click();

  // Compare, with a link pasted in.
  await page
    .getByRole('textbox', { name: "Other scenario's share link" })
    .fill(`${baseURL ?? ''}/#${encodeShareState(PERSONAS.regulatedTeam)}`);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page.getByTestId('compare-verdict')).toBeVisible();

  // The report, as printed.
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: 'Print report' }).click();
  await page.emulateMedia({ media: 'print' });
  await page.emulateMedia({ media: 'screen' });

  await page.waitForLoadState('networkidle');
  // The service worker ran, and its requests were watched too.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  expect(fromWorker).toBeGreaterThan(0);
  // The listener saw the page's own traffic, down to the code each screen loads on demand...
  const scripts = seen.filter((url) => url.pathname.endsWith('.js')).map((url) => url.pathname);
  for (const chunk of [
    'import-view',
    'results-view',
    'results-details',
    'charts',
    'comparison-view',
  ]) {
    expect(
      scripts.some((path) => path.includes(`/assets/${chunk}-`)),
      `${chunk} fetched`,
    ).toBe(true);
  }
  // ...and none of it went anywhere else.
  expect(seen.filter((url) => url.origin !== origin).map(String)).toEqual([]);
});

/**
 * Strings only the code of each heavy feature holds. The test checks both ways: none in what the
 * first screen fetches, each in what the results fetch (so a renamed string cannot pass silently).
 */
const HEAVY_CODE = {
  charts: 'recharts-wrapper',
  'YAML writer': 'a document the YAML writer does not handle',
  zip: 'invalid zip data',
  diagram: 'Download diagram (SVG)',
  emitters: 'set-build-output',
};

/** Collects the text of every script the page fetches from now on. */
const scriptsOf = (page: Page): Promise<string>[] => {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    // A redirect has no body; the script it leads to is a response of its own.
    if (response.request().resourceType() === 'script') {
      bodies.push(response.text().catch(() => ''));
    }
  });
  return bodies;
};

/** Code only the import view needs: neither the first screen nor the results fetch it. */
const IMPORT_ONLY_CODE = { 'YAML library': 'tag:yaml.org,2002:' };

const heavyIn = async (
  bodies: Promise<string>[],
  markers: Record<string, string> = HEAVY_CODE,
): Promise<string[]> => {
  const texts = await Promise.all(bodies);
  return Object.entries(markers)
    .filter(([, marker]) => texts.some((text) => text.includes(marker)))
    .map(([name]) => name);
};

test('the first screen does not fetch the charts, diagram, YAML or zip code; the results do, the chart once scrolled to', async ({
  page,
  wizard,
  results,
}) => {
  const firstScreen = scriptsOf(page);
  await wizard.open();
  await wizard.expectStep('platform');
  await page.waitForLoadState('networkidle');
  expect(await heavyIn(firstScreen)).toEqual([]);
  expect(await heavyIn(firstScreen, IMPORT_ONLY_CODE)).toEqual([]);

  const resultsScreen = scriptsOf(page);
  await page.goto(`/#${encodeShareState(PERSONAS.threeTeamsNinePipelines)}`);
  await results.waitUntilShown();
  await results.downloadAll();
  // The growth chart (recharts) is fetched only once it nears the screen, as a reader scrolls.
  expect((await heavyIn(resultsScreen)).sort()).toEqual(
    Object.keys(HEAVY_CODE)
      .filter((name) => name !== 'charts')
      .sort(),
  );
  const growth = page.locator('section', { has: page.getByRole('heading', { name: 'Growth' }) });
  await growth.scrollIntoViewIfNeeded();
  await expect(growth.locator('.recharts-line')).toHaveCount(3);
  expect((await heavyIn(resultsScreen)).sort()).toEqual(Object.keys(HEAVY_CODE).sort());
  // The results write YAML with our own writer: the YAML library stays the import view's.
  expect(await heavyIn(resultsScreen, IMPORT_ONLY_CODE)).toEqual([]);
});

test('the page and the server forbid scripts from anywhere else, inline scripts and eval', async ({
  page,
}) => {
  const response = await page.goto('/');
  const header = (await response?.allHeaders())?.['content-security-policy'] ?? '';
  const meta =
    (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ??
    '';
  for (const policy of [header, meta]) {
    const directives = new Map(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((parts) => parts[0] !== undefined && parts[0] !== '')
        .map(([name = '', ...values]) => [name, values]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline/);
  }
  // Nothing on the page was written as raw HTML from a string: no inline script at all.
  expect(await page.locator('script:not([src])').count()).toBe(0);
});
