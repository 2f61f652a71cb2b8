/**
 * Issue #16: every hostile file answers in a real browser (no freeze, no crash), and a 20 MB
 * paste leaves typing as fast as in a bare text area holding the same text. Timings are printed
 * (the report's table) and held to a bound far above the 1 s target, so a shared 2-core machine
 * under load does not fail them, while a return of the old behaviour (minutes, or a crash) does.
 *
 * Each timing is split in two: "drawn", Chromium laying out the pasted text in its text area (a
 * user sees that right after pasting, and a bare text area costs the same: 130,000 lines take
 * seconds), and "check", from the click on "Check files" to the answer (the import's own work,
 * the 1 s target). The bound holds the sum, from the paste on, as before.
 */
import type { Page } from '@playwright/test';

import { HOSTILE_IMPORTS } from '../src/domain/import/__fixtures__/hostile-files';
import type { ImportInput } from '../src/domain/import/types';

import { expect, test } from './fixtures';
import { appStarted } from './pages/wizard-page';

/** Far above the 1 s target, far below the minutes the star-bomb CODEOWNERS took. */
const BOUND_MS = 20_000;

const openImport = async (page: Page): Promise<void> => {
  await page.goto('/');
  await appStarted(page);
  await page.getByRole('button', { name: 'Import your Dagster+ config' }).click();
  await expect(page.getByLabel('dagster_cloud.yaml (required)')).toBeVisible();
};

/** Puts text into a field as a paste does (one input event). */
const paste = async (page: Page, label: string, text: string): Promise<void> => {
  await page.getByLabel(label, { exact: true }).evaluate((el, value) => {
    (el as HTMLTextAreaElement).value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
};

/** Waits until the page has drawn a frame after the pastes (the pasted text laid out). */
const drawn = async (page: Page): Promise<void> => {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => setTimeout(resolve, 0));
      }),
  );
};

const pasteAll = async (page: Page, input: ImportInput): Promise<void> => {
  await paste(page, 'dagster_cloud.yaml (required)', input.dagsterCloudYaml);
  const agents = input.agentConfigs ?? [];
  for (const [i, text] of agents.entries()) {
    if (i > 0) await page.getByRole('button', { name: 'Add another agent configuration' }).click();
    await paste(page, `Agent configuration ${i + 1} (optional)`, text);
  }
  if (input.codeowners !== undefined) await paste(page, 'CODEOWNERS (optional)', input.codeowners);
};

for (const [name, make] of Object.entries(HOSTILE_IMPORTS)) {
  test(`hostile import answers at once: ${name}`, async ({ page }) => {
    test.setTimeout(60_000);
    await openImport(page);
    await pasteAll(page, make());
    const pasted = Date.now();
    await drawn(page);
    const started = Date.now();
    await page.getByRole('button', { name: 'Check files' }).click();
    const answer = page
      .getByRole('heading', { level: 3, name: 'Audit' })
      .or(page.getByText(/the import reads up to|the import does not read it/));
    await expect(answer).toBeVisible({ timeout: BOUND_MS });
    const check = Date.now() - started;
    const took = Date.now() - pasted;
    console.log(
      `hostile import | ${name} | check ${check} ms | paste drawn ${started - pasted} ms | total ${took} ms`,
    );
    test.info().annotations.push({ type: 'timing', description: `${name}: check ${check} ms` });
    expect(took).toBeLessThan(BOUND_MS);
    await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
  });
}

test('a 20 MB paste: refused on check, and the page does little work per keystroke', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openImport(page);
  await paste(page, 'dagster_cloud.yaml (required)', 'locations: []\n');
  const field = page.getByLabel('CODEOWNERS (optional)', { exact: true });
  // Made in the page: sending 20 MB from the test would time the test's own channel. Then ten
  // input events, as ten keystrokes give: what the app's own handlers cost per key (the text
  // area's layout of 20 MB is the browser's, whatever the app does).
  const timings = await field.evaluate((el) => {
    const area = el as HTMLTextAreaElement;
    let started = performance.now();
    area.value = 'x'.repeat(20_000_000);
    area.dispatchEvent(new Event('input', { bubbles: true }));
    const paste = performance.now() - started;
    started = performance.now();
    for (let i = 0; i < 10; i++) {
      area.value += 'k';
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }
    return { paste, perKey: (performance.now() - started) / 10 };
  });
  const pasted = Date.now();
  await drawn(page);

  const checkStarted = Date.now();
  await page.getByRole('button', { name: 'Check files' }).click();
  // Laying out 20 MB of text is the browser's work and slow on a loaded machine: a wider bound.
  await expect(page.getByText('CODEOWNERS is larger than 512 kB')).toBeVisible({
    timeout: 3 * BOUND_MS,
  });
  const checkTook = Date.now() - checkStarted;
  console.log(
    `hostile import | 20 MB paste | paste ${timings.paste.toFixed(0)} ms; app work a key ${timings.perKey.toFixed(0)} ms; drawn ${checkStarted - pasted} ms; check ${checkTook} ms`,
  );
  expect(Date.now() - pasted).toBeLessThan(3 * BOUND_MS);
  expect(timings.perKey).toBeLessThan(1000);
  expect(await field.evaluate((el) => (el as HTMLTextAreaElement).value.length)).toBe(20_000_010);
});
