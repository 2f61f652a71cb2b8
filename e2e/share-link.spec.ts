import { unzipSync, strFromU8 } from 'fflate';
import { parseAllDocuments } from 'yaml';

import { PERSONAS } from '../src/domain/__fixtures__/personas';
import { rankOptions } from '../src/domain/scoring/rank-options';
import { encodeShareState } from '../src/domain/url-codec/codec';

import { expect, test } from './fixtures';
import { ResultsPage, readDownload } from './pages/results-page';

function unzip(buffer: Buffer): Map<string, string> {
  const entries = unzipSync(new Uint8Array(buffer));
  return new Map(Object.entries(entries).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

test('a copied share link reopens identical results and files in a fresh browser', async ({
  browser,
  page,
  wizard,
  results,
}) => {
  const persona = PERSONAS.threeTeamsNinePipelines;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await wizard.open();
  await wizard.complete(persona);
  const seen = await results.rankingSeen();
  const zip = unzip(await results.downloadAll());

  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain(`#${encodeShareState(persona)}`);

  const fresh = await browser.newContext();
  const other = new ResultsPage(await fresh.newPage());
  await other.page.goto(link);
  expect(await other.rankingSeen()).toEqual(seen);
  expect(await other.layout()).toBe(await results.layout());
  expect(unzip(await other.downloadAll())).toEqual(zip);
  await fresh.close();
});

test('one file and the zip download; every YAML file in the zip parses', async ({
  page,
  results,
}) => {
  const persona = PERSONAS.regulatedTeam;
  await page.goto(`/#${encodeShareState(persona)}`);
  await results.expectRanking(rankOptions(persona));

  const tab = results.fileTabs().first();
  const path = (await tab.textContent())?.trim() ?? '';
  await tab.click();
  const one = await results.waitForDownload(() =>
    page.getByRole('button', { name: `Download ${path}`, exact: true }).click(),
  );
  const content = (await readDownload(one)).toString('utf8');
  expect(content).toContain('Isolation Advisor');
  for (const doc of parseAllDocuments(content)) expect(doc.errors, path).toEqual([]);

  const files = unzip(await results.downloadAll());
  expect(files.size).toBeGreaterThan(3);
  expect(files.get(path)).toBe(content);
  const yamlFiles = [...files].filter(([p]) => /\.ya?ml$/.test(p));
  expect(yamlFiles.length).toBeGreaterThan(2);
  for (const [p, text] of yamlFiles) {
    const docs = parseAllDocuments(text);
    for (const doc of docs) expect(doc.errors, p).toEqual([]);
  }
  // Several repositories: every repository's files sit under its own folder.
  expect([...files.keys()].some((p) => p.startsWith('dagster-finance/'))).toBe(true);
});

test('a tampered link shows a notice naming what was not used and still renders the rest', async ({
  page,
  results,
}) => {
  await page.goto('/#v=1&plan=gold&p=ingest.data.aws&p=Bad%20Name.x.y&p=train.data.gpu&sod=maybe');
  const alert = page.getByRole('alert').filter({ hasText: /could not be used/i });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('plan');
  await expect(alert).toContainText('sod');
  await expect(alert).toContainText('Bad Name');
  await results.waitUntilShown();
  const ranking = await results.rankingSeen();
  expect(ranking).toHaveLength(3);
  await expect(page.getByText(/^2 projects ·/)).toBeVisible();
});

test('a results link fetches the wizard only once someone goes to edit', async ({
  page,
  results,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`/#${encodeShareState(PERSONAS.threeTeamsNinePipelines)}`);
  await results.waitUntilShown();
  // An idle period, when the first screen would prefetch the wizard.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestIdleCallback(() => {
          resolve();
        });
      }),
  );
  const wizard = (path: string): boolean => /\/assets\/wizard-(?!store-)[\w-]+\.js$/.test(path);
  expect(requested.filter(wizard)).toEqual([]);

  const loaded = page.waitForRequest((request) => wizard(new URL(request.url()).pathname));
  await page.getByRole('button', { name: 'Edit answers' }).hover();
  await loaded;
  await page.getByRole('button', { name: 'Edit answers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
