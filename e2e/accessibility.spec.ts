import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { PERSONAS } from '../src/domain/__fixtures__/personas';
import { STEP_IDS } from '../src/domain/questionnaire/steps';
import { encodeShareState } from '../src/domain/url-codec/codec';

import { expect, test } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const fragment = encodeShareState(PERSONAS.threeTeamsNinePipelines);

async function expectNoViolations(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, where).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    for (const step of STEP_IDS) {
      test(`axe finds nothing on the ${step} step`, async ({ page, wizard }) => {
        await page.goto(`/#${fragment}&view=${step}`);
        await wizard.expectStep(step);
        await expectNoViolations(page, step);
      });
    }

    test('axe finds nothing on the results', async ({ page, results }) => {
      await page.goto(`/#${fragment}`);
      await results.waitUntilShown();
      await expectNoViolations(page, 'results');
    });

    test('axe finds nothing on the import view, with an audit showing', async ({ page }) => {
      await page.goto('/#view=import');
      await page
        .getByLabel('dagster_cloud.yaml (required)')
        .fill(
          'locations:\n  - location_name: Quickstart_ETL\n    code_source:\n      package_name: q\n',
        );
      await page.getByRole('button', { name: 'Check files' }).click();
      await expect(page.getByRole('heading', { level: 3, name: 'Audit' })).toBeVisible();
      await expectNoViolations(page, 'import view');
    });

    test('axe finds nothing while Start over asks, and once it has cleared', async ({
      page,
      wizard,
    }) => {
      await page.goto(`/#${fragment}&view=delivery`);
      await wizard.expectStep('delivery');
      await page.getByRole('button', { name: 'Start over' }).click();
      await expect(page.getByRole('button', { name: 'Keep my answers' })).toBeFocused();
      await expectNoViolations(page, 'Start over asking');
      await page.getByRole('button', { name: 'Clear answers' }).click();
      await wizard.expectStep('platform');
      await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
      await expectNoViolations(page, 'answers cleared, with Undo');
    });

    test('axe finds nothing with a field error showing', async ({ page, wizard }) => {
      await page.goto(`/#${fragment}&view=projects`);
      await wizard.projectRow(0).getByLabel('Project name', { exact: true }).fill('Not Valid');
      await wizard.next();
      await expect(page.getByRole('alert').first()).toBeVisible();
      await expectNoViolations(page, 'projects step with an error');
    });
  });
}

test('axe finds nothing on a tampered link notice', async ({ page, results }) => {
  await page.goto('/#v=1&plan=gold&p=ingest.data.aws');
  await results.waitUntilShown();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expectNoViolations(page, 'tampered link');
});

test('at 390 px wide nothing scrolls sideways, on any step or the results', async ({
  page,
  results,
  wizard,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = () =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  for (const step of STEP_IDS) {
    await page.goto(`/#${fragment}&view=${step}`);
    await wizard.expectStep(step);
    expect(await overflow(), step).toBeLessThanOrEqual(0);
  }
  await page.goto(`/#${fragment}`);
  await results.waitUntilShown();
  expect(await overflow(), 'results').toBeLessThanOrEqual(0);
});
