import { PERSONAS } from '../src/domain/__fixtures__/personas';
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
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);

  const fragment = encodeShareState(PERSONAS.threeTeamsNinePipelines);
  await wizard.open();
  for (const step of STEP_IDS) {
    await page.goto(`/#${fragment}&view=${step}`);
    await wizard.expectStep(step);
  }
  await page.goto(`/#${fragment}`);
  await results.waitUntilShown();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await results.downloadAll();
  await page.getByRole('button', { name: 'Download diagram (SVG)' }).click();
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
});

test('the first screen does not fetch the charts, diagram, YAML or zip code', async ({
  page,
  wizard,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await wizard.open();
  await wizard.expectStep('platform');
  await page.waitForLoadState('networkidle');
  const heavy = scripts.filter((s) => /results|recharts|yaml|fflate|emitters/i.test(s));
  expect(heavy).toEqual([]);
});
