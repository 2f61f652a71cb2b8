/**
 * The app as an organisation hosts it (issue #14): built with BASE_PATH into a folder of its own,
 * served under that path by a plain static server with the headers the build wrote for hosts
 * (dist/_headers), then used offline after the first visit, and updated by a new deploy.
 */
import type { Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { parsePolicy } from '../build/security-headers';
import { filesUnder, precacheManifest } from '../build/service-worker';
import { PERSONAS } from '../src/domain/__fixtures__/personas';
import { STEPS } from '../src/domain/questionnaire/step-order';
import { rankOptions } from '../src/domain/scoring/rank-options';
import { encodeShareState } from '../src/domain/url-codec/codec';

import { expect, test } from './fixtures';
import { appStarted } from './pages/wizard-page';
import { startStaticServer, type StaticServer } from './static-server';

const BASE = '/isolation-advisor/';
const PERSONA = PERSONAS.threeTeamsNinePipelines;

// One build and one server for the file: its tests run in order, in one worker. Each waits for a
// service worker to copy the whole build, twice for a deploy: seconds on a loaded 2-core machine.
test.describe.configure({ mode: 'serial', timeout: 60_000 });

let built = '';
let server: StaticServer;

test.beforeAll(async () => {
  // A production build on a busy 2-core machine.
  test.setTimeout(180_000);
  built = mkdtempSync(join(tmpdir(), 'isolation-advisor-subpath-'));
  const build = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', built, '--emptyOutDir', '--logLevel=warn'],
    { env: { ...process.env, BASE_PATH: BASE }, encoding: 'utf8' },
  );
  if (build.status !== 0) throw new Error(`build with BASE_PATH failed:\n${build.stderr}`);
  server = await startStaticServer(built, BASE);
});

test.afterAll(async () => {
  await server.close();
  rmSync(built, { recursive: true, force: true });
});

test.afterEach(() => {
  server.serve(built);
  server.setDown(false);
});

/** Resolves once the service worker has kept the build and controls the page. */
const offlineCopyReady = async (page: Page): Promise<void> => {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      timeout: 20_000,
    })
    .toBe(true);
};

test('served under a path: every file comes from under it, with the headers the build wrote', async ({
  page,
  context,
}) => {
  const paths: string[] = [];
  context.on('request', (request) => paths.push(new URL(request.url()).pathname));
  const response = await page.goto(`${server.origin}${BASE}`);
  await expect(page.getByRole('heading', { level: 2, name: STEPS.platform.title })).toBeVisible();
  await offlineCopyReady(page);
  await page.getByRole('button', { name: /^Next/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: STEPS.projects.title })).toBeVisible();

  expect(paths.length).toBeGreaterThan(3);
  expect(paths.filter((p) => !p.startsWith(BASE))).toEqual([]);

  // The header policy is the page's own plus frame-ancestors, and the nginx file says the same.
  const headers = (await response?.allHeaders()) ?? {};
  const meta =
    (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ??
    '';
  const header = parsePolicy(headers['content-security-policy'] ?? '');
  expect(new Map([...header].filter(([name]) => name !== 'frame-ancestors'))).toEqual(
    parsePolicy(meta),
  );
  expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['cache-control']).toBe('no-cache');
  const nginx = /add_header Content-Security-Policy "([^"]+)"/.exec(
    readFileSync(join(built, 'security-headers.nginx.conf'), 'utf8'),
  );
  expect(parsePolicy(nginx?.[1] ?? '')).toEqual(header);
});

test('a share link opens its results under the path, and the link the app gives keeps the path', async ({
  page,
  results,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: server.origin,
  });
  await page.goto(`${server.origin}${BASE}#${encodeShareState(PERSONA)}`);
  await results.expectRanking(rankOptions(PERSONA));
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${server.origin}${BASE}#${encodeShareState(PERSONA)}`,
  );
});

test('after the first visit the results reload offline, and screens never opened work too', async ({
  page,
  context,
  results,
}) => {
  await page.goto(`${server.origin}${BASE}#${encodeShareState(PERSONA)}`);
  await results.expectRanking(rankOptions(PERSONA));
  // Every section loaded and nothing in flight, so no request of the first visit arrives late.
  await results.waitUntilShown();
  await offlineCopyReady(page);
  await page.waitForLoadState('networkidle');

  await context.setOffline(true);
  server.setDown(true);
  const reached = server.requests.length;
  await page.reload();
  await results.expectRanking(rankOptions(PERSONA));

  // A new tab, offline: step 1 (the draft would open the results), then the import view, never
  // loaded before.
  const other = await context.newPage();
  await other.goto(`${server.origin}${BASE}#view=platform`);
  await appStarted(other);
  await other.getByRole('button', { name: 'Import your Dagster+ config' }).click();
  await expect(
    other.getByRole('heading', { level: 2, name: 'Import your Dagster+ config' }),
  ).toBeVisible();
  // Nothing the page or the worker asked for; only, at times, the browser's own check for a new
  // sw.js after a page load (made outside the page, so the offline switch does not stop it).
  expect(server.requests.slice(reached).filter((path) => path !== `${BASE}sw.js`)).toEqual([]);
});

test('a new deploy shows at the next visit, keeps the previous copy, and works offline in turn', async ({
  page,
  context,
}) => {
  // The next build: index.html changed, so the worker lists a new version (as a build writes it).
  const next = mkdtempSync(join(tmpdir(), 'isolation-advisor-next-'));
  try {
    cpSync(built, next, { recursive: true });
    const html = readFileSync(join(next, 'index.html'), 'utf8');
    writeFileSync(join(next, 'index.html'), html.replace('<title>', '<title>Next build: '));
    const oldVersion = precacheManifest(filesUnder(built)).version;
    const newVersion = precacheManifest(filesUnder(next)).version;
    const worker = readFileSync(join(built, 'sw.js'), 'utf8');
    expect(worker).toContain(oldVersion);
    writeFileSync(join(next, 'sw.js'), worker.replace(oldVersion, newVersion));

    await page.goto(`${server.origin}${BASE}`);
    await expect(page).toHaveTitle(/^Isolation Advisor/);
    await offlineCopyReady(page);

    server.serve(next);
    await page.reload();
    await expect(page).toHaveTitle(/^Next build: /);
    // The new worker has kept the new build, taken over, and kept the previous copy only.
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const registration = await navigator.serviceWorker.getRegistration();
            const settled =
              registration?.installing === null &&
              registration.waiting === null &&
              registration.active?.state === 'activated';
            const states = [registration?.installing, registration?.waiting, registration?.active];
            return {
              // On failure, the installing, waiting and active workers' states.
              workers: settled ? 'settled' : states.map((w) => w?.state ?? '-').join(' '),
              caches: await caches.keys(),
            };
          }),
        { timeout: 20_000 },
      )
      .toEqual({
        workers: 'settled',
        caches: [`isolation-advisor-${oldVersion}`, `isolation-advisor-${newVersion}`],
      });

    await context.setOffline(true);
    server.setDown(true);
    await page.reload();
    await expect(page).toHaveTitle(/^Next build: /);
    await expect(page.getByRole('heading', { level: 2, name: STEPS.platform.title })).toBeVisible();
  } finally {
    rmSync(next, { recursive: true, force: true });
  }
});
