/**
 * Opening a results link (issue #13): the recommendation paints before React from a small module
 * (src/app/early), then React takes over and draws the whole page, with the recommendation where
 * it was (no layout jump), the same level and score, and no console error.
 */
import type { Page } from '@playwright/test';

import { answersWith } from '../src/domain/__fixtures__/scale-answers';
import { rankOptions } from '../src/domain/scoring/rank-options';
import { encodeShareState } from '../src/domain/url-codec/codec';

import { expect, test } from './fixtures';

type Seen = {
  early: boolean;
  level: string | null;
  score: string | null;
  text: string;
  box: { x: number; y: number; width: number; height: number };
  summary: string;
  summaryBox: { x: number; y: number; width: number; height: number };
};

/**
 * Records, as the DOM changes (before each paint), the first recommendation on screen and the
 * first one React drew, and whether the recommendation ever left the screen in between.
 */
const WATCH = (): void => {
  const w = window as unknown as {
    __seen: { first: Seen | null; react: Seen | null; gaps: number };
  };
  w.__seen = { first: null, react: null, gaps: 0 };
  const box = (el: Element) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  };
  const read = (el: Element): Seen => {
    const summary = el.parentElement?.querySelector('.results-summary');
    return {
      early: el.closest('[data-early]') !== null,
      level: el.getAttribute('data-level'),
      score: el.getAttribute('data-score'),
      text: el.textContent,
      box: box(el),
      summary: summary?.textContent ?? '',
      summaryBox: summary ? box(summary) : { x: 0, y: 0, width: 0, height: 0 },
    };
  };
  new MutationObserver(() => {
    const el = document.querySelector('[data-testid="recommendation"]');
    const s = w.__seen;
    if (el === null) {
      if (s.first !== null) s.gaps += 1;
      return;
    }
    s.first ??= read(el);
    if (s.react === null && el.closest('[data-early]') === null) s.react = read(el);
  }).observe(document, { subtree: true, childList: true });
};

const seen = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __seen: { first: Seen | null; react: Seen | null; gaps: number } })
        .__seen,
  );

const watchErrors = (page: Page): string[] => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
};

test.describe('a results link', () => {
  for (const count of [12, 40]) {
    test(`${String(count)} projects: the recommendation paints before React, which then draws the page around it without moving it`, async ({
      page,
      results,
    }) => {
      const errors = watchErrors(page);
      const answers = answersWith(count);
      const ranking = rankOptions(answers);
      await page.addInitScript(WATCH);
      await page.goto(`/#${encodeShareState(answers)}`);
      await results.waitUntilShown();

      const { first, react, gaps } = await seen(page);
      // The first recommendation on screen was painted before React, with the ranking's level and
      // score; React's has the same words in the same place, and nothing came in between.
      expect(first?.early).toBe(true);
      expect(react?.early).toBe(false);
      expect(first?.level).toBe(ranking.recommended);
      expect(first?.score).toBe(String(ranking.levels[0]?.score));
      expect(react?.level).toBe(first?.level);
      expect(react?.score).toBe(first?.score);
      expect(react?.text).toBe(first?.text);
      expect(react?.summary).toBe(first?.summary);
      expect(react?.box).toEqual(first?.box);
      expect(react?.summaryBox).toEqual(first?.summaryBox);
      expect(gaps).toBe(0);

      // The full page agrees: the ranking's first item is that level with that score.
      const top = results.ranking().getByTestId('rank-item').first();
      await expect(top).toHaveAttribute('data-level', first?.level ?? '?');
      await expect(top).toHaveAttribute('data-score', first?.score ?? '?');
      // And the recommendation is still where it was painted first.
      const now = await page.getByTestId('recommendation').boundingBox();
      expect(now).toEqual(first?.box);
      expect(errors).toEqual([]);
    });
  }

  test("the recommendation paints before the app's chunk is requested, and the app loads after it", async ({
    page,
    results,
  }) => {
    const errors = watchErrors(page);
    const answers = answersWith(12);
    const ranking = rankOptions(answers);
    // The app's chunk (React, the app shell: src/main.tsx) is held back until the test lets it go.
    // Had the paint needed it, nothing would paint while it is held.
    let appRequested = false;
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/main-[^/]+\.js$/, async (route) => {
      appRequested = true;
      await released;
      await route.continue();
    });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`/#${encodeShareState(answers)}`);

    const early = page.locator('[data-early] [data-testid="recommendation"]');
    await expect(early).toBeVisible();
    await expect(early).toHaveAttribute('data-level', ranking.recommended);
    await expect(early).toHaveAttribute('data-score', String(ranking.levels[0]?.score));
    // React has not taken over: the early lines are still the page's.
    expect(await page.locator('[data-early]').count()).toBe(1);

    release();
    await results.waitUntilShown();
    expect(appRequested).toBe(true);
    await expect(page.locator('[data-early]')).toHaveCount(0);
    await expect(results.ranking().getByTestId('rank-item').first()).toHaveAttribute(
      'data-level',
      ranking.recommended,
    );
    // The paint's own files came before the app's chunk was asked for.
    const app = requests.findIndex((path) => /\/assets\/main-[^/]+\.js$/.test(path));
    const paint = requests.findIndex((path) => /\/assets\/paint-link-[^/]+\.js$/.test(path));
    expect(paint).toBeGreaterThanOrEqual(0);
    expect(app).toBeGreaterThan(paint);
    expect(errors).toEqual([]);
  });

  test('the offline copy is registered only once the results are drawn, and then it is', async ({
    page,
    results,
  }) => {
    // Records, at each registration of the service worker, whether every section of the results
    // was on screen (its precache downloads the whole build: it must not compete with them).
    await page.addInitScript(() => {
      const w = window as unknown as { __registered: boolean[] };
      w.__registered = [];
      const container = navigator.serviceWorker;
      const register = container.register.bind(container);
      container.register = (...args: Parameters<typeof register>) => {
        w.__registered.push(document.querySelector('.results-details[aria-busy="false"]') !== null);
        return register(...args);
      };
    });
    // The details' chunk is held back a while, leaving the page idle with the results half drawn
    // (long enough for an idle callback's 2 s timeout): no registration may come meanwhile.
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/results-details-[^/]+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(`/#${encodeShareState(answersWith(12))}`);
    await expect(results.ranking()).toBeVisible();
    await page.waitForTimeout(2500);
    release();
    await results.waitUntilShown();
    const registered = () =>
      page.evaluate(() => (window as unknown as { __registered: boolean[] }).__registered);
    await expect.poll(async () => (await registered()).length).toBeGreaterThan(0);
    expect(await registered()).toEqual([true]);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
  });

  test("the first screen is painted before the app's chunk is requested", async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('#root[data-app-started]')).toBeAttached();
    // The prerendered first screen (index.html) is the page's largest paint: it never waits for
    // the app's chunk to download and run, however fast the connection.
    const { painted, requested } = await page.evaluate(() => ({
      painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      requested:
        performance
          .getEntriesByType('resource')
          .find((e) => /\/assets\/main-[^/]+\.js$/.test(e.name))?.startTime ?? null,
    }));
    expect(painted).not.toBeNull();
    expect(requested).not.toBeNull();
    expect(requested).toBeGreaterThanOrEqual(painted ?? Infinity);
  });

  test('the first screen loads the app without the early paint', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Plan and platform' })).toBeVisible();
    await expect
      .poll(() => requests.some((path) => /\/assets\/main-[^/]+\.js$/.test(path)))
      .toBe(true);
    expect(requests.filter((path) => /paint-link|open-link/.test(path))).toEqual([]);
  });

  test('with an unusable part, React lists it above the results: nothing is painted early', async ({
    page,
    results,
  }) => {
    const errors = watchErrors(page);
    await page.addInitScript(WATCH);
    await page.goto(`/#${encodeShareState(answersWith(3))}&plan=platinum`);
    await results.waitUntilShown();
    await expect(page.getByText('Parts of this link could not be used')).toBeVisible();
    const { first } = await seen(page);
    expect(first?.early).toBe(false);
    expect(errors).toEqual([]);
  });
});
