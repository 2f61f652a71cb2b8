import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';

/** Presses Tab until the focused element's accessible name matches, as a keyboard user would. */
async function tabTo(page: Page, name: string | RegExp): Promise<void> {
  for (let i = 0; i < 250; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return '';
      const aria = el.getAttribute('aria-label');
      if (aria) return aria;
      const byFor = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
      return (byFor?.textContent ?? el.textContent).trim();
    });
    if (typeof name === 'string' ? label === name : name.test(label)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

test('keyboard only: from the first question to "Download all files"', async ({ page, wizard }) => {
  await wizard.open();
  await wizard.expectStep('platform');

  // Plan: Tab lands on the checked option; arrow keys move within the radio group.
  await tabTo(page, 'Pro (or Enterprise)');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('radio', { name: 'Starter', exact: true })).toBeChecked();
  await tabTo(page, 'Next');
  await page.keyboard.press('Enter');

  await wizard.expectStep('projects');
  if ((await wizard.projectRow(0).count()) === 0) {
    await tabTo(page, 'Add project');
    await page.keyboard.press('Enter');
  }
  await tabTo(page, 'Project name');
  await page.keyboard.type('ingest');
  await page.keyboard.press('Tab');
  await page.keyboard.type('data');
  await page.keyboard.press('Tab');
  await page.keyboard.type('aws');
  await tabTo(page, 'Next');
  await page.keyboard.press('Enter');

  for (const step of ['delivery', 'compliance', 'compute', 'priorities'] as const) {
    await wizard.expectStep(step);
    await tabTo(page, /^Next/);
    await page.keyboard.press('Enter');
  }

  await expect(page.getByTestId('ranking')).toBeVisible();
  await tabTo(page, 'Download all files');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.zip$/);
});
