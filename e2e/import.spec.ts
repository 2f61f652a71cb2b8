import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';

import { PERSONAS } from '../src/domain/__fixtures__/personas';
import { dagsterCloudYamlSchema } from '../src/domain/emitters/dagster-cloud-schema';
import {
  BROKEN,
  HOOLI,
  HOOLI_CODEOWNERS,
  HOOLI_HELM_VALUES,
} from '../src/domain/import/__fixtures__/dagster-cloud-files';
import { rankOptions } from '../src/domain/scoring/rank-options';
import { encodeShareState } from '../src/domain/url-codec/codec';

import { expect, test } from './fixtures';

test('import a dagster_cloud.yaml: findings, then results with a migration plan and new files', async ({
  page,
  wizard,
  results,
}) => {
  await wizard.open();
  await page.getByRole('button', { name: 'Import your Dagster+ config' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Import your Dagster+ config' }),
  ).toBeVisible();

  await page.getByLabel('dagster_cloud.yaml (required)').fill(HOOLI);
  await page.getByLabel('Agent configuration 1 (optional)').fill(HOOLI_HELM_VALUES);
  await page.getByLabel('CODEOWNERS (optional)').fill(HOOLI_CODEOWNERS);
  await page.getByRole('button', { name: 'Check files' }).click();

  // Findings, by file, with line numbers: the underscore in a package dir, the personal owner…
  await expect(page.getByRole('heading', { level: 3, name: 'Audit' })).toBeVisible();
  await expect(page.getByTestId('import-counts')).toContainText(/Found \d+ errors?/);
  await expect(page.getByTestId('current-level')).toHaveAttribute('data-level', 'code-location');
  await expect(page.locator('li[data-severity]').first()).toContainText(/Line \d+/);

  await page.getByRole('button', { name: 'Use these projects' }).click();
  await wizard.expectStep('projects');
  await expect(page.getByRole('region', { name: 'Notes from the import' })).toBeVisible();
  const names = ['data-eng-pipeline', 'basics', 'batch-enrichment'];
  for (const [i, name] of names.entries()) {
    await expect(wizard.projectRow(i).getByLabel('Project name', { exact: true })).toHaveValue(
      name,
    );
  }
  // The lead corrects what files cannot say: batch enrichment runs on GCP and is busy.
  const batch = wizard.projectRow(2);
  await batch.getByLabel('Compute environment', { exact: true }).fill('gcp');
  await batch.getByLabel('High volume', { exact: true }).check();
  for (let i = 0; i < 5; i++) await wizard.next();

  await results.waitUntilShown();
  const plan = page.getByTestId('migration-plan');
  await expect(plan.getByRole('heading', { level: 2, name: 'Migration plan' })).toBeVisible();
  await expect(plan.getByRole('table', { name: 'Today vs recommended' })).toBeVisible();
  const steps = plan.getByTestId('migration-step');
  expect(await steps.count()).toBeGreaterThan(1);
  // Work that needs no downtime (new agents, queues) comes before any cut-over.
  const downtimes = await steps.evaluateAll((els) =>
    els.map((e) => e.getAttribute('data-downtime')),
  );
  expect(downtimes[0]).toBe('none');
  expect(downtimes).toContain('brief');
  await expect(plan.getByRole('region', { name: /Config change of step/ }).first()).toBeVisible();

  const files = unzipSync(new Uint8Array(await results.downloadAll()));
  const yaml = Object.entries(files).find(([p]) => p.endsWith('dagster_cloud.yaml'));
  expect(yaml).toBeDefined();
  const config: unknown = parse(strFromU8(yaml?.[1] ?? new Uint8Array()));
  expect(dagsterCloudYamlSchema.safeParse(config).success).toBe(true);
  expect(JSON.stringify(config)).toContain('batch-enrichment');
});

test('a broken dagster_cloud.yaml: each finding on its line with a fix, and the text kept', async ({
  page,
  wizard,
}) => {
  await wizard.open();
  await page.getByRole('button', { name: 'Import your Dagster+ config' }).click();
  const field = page.getByLabel('dagster_cloud.yaml (required)');
  const broken = BROKEN['duplicate-location'].text;
  await field.fill(broken);
  await page.getByRole('button', { name: 'Check files' }).click();

  await expect(page.getByTestId('import-counts')).toContainText(/Found 1 error\b/);
  const finding = page.locator('li[data-severity="error"]');
  await expect(finding).toHaveCount(1);
  await expect(finding).toContainText(`Line ${BROKEN['duplicate-location'].line}`);
  await expect(finding).toContainText('Duplicate location name');
  await expect(finding).toContainText('ingest');
  await expect(finding.getByText('Fix:')).toBeVisible();
  // What was pasted stays, to be corrected in place.
  await expect(field).toHaveValue(broken);
});

test('round trip: the files of "Download all files" import back with no finding and the same recommendation', async ({
  page,
  wizard,
  results,
}) => {
  // A busy project: the part the files' queues cannot say, read back from their header link.
  const persona = PERSONAS.busyNeighbour;
  await page.goto(`/#${encodeShareState(persona)}`);
  await results.waitUntilShown();
  const recommendation = await page.getByTestId('recommendation').textContent();
  const zip = unzipSync(new Uint8Array(await results.downloadAll()));
  const text = (path: string): string => {
    const entry = zip[path];
    if (entry === undefined) throw new Error(`no ${path} in the zip`);
    return strFromU8(entry);
  };
  const agents = Object.keys(zip).filter((path) => /^agents\/.*\.ya?ml$/.test(path));
  expect(agents).toHaveLength(1);

  await page.getByRole('button', { name: 'Edit answers' }).click();
  await page.getByRole('button', { name: 'Import your Dagster+ config' }).click();
  await page.getByLabel('dagster_cloud.yaml (required)').fill(text('dagster_cloud.yaml'));
  await page.getByLabel('Agent configuration 1 (optional)').fill(text(agents[0] ?? ''));
  await page.getByLabel('CODEOWNERS (optional)').fill(text('.github/CODEOWNERS'));
  await page.getByRole('button', { name: 'Check files' }).click();
  await expect(page.getByTestId('import-counts')).toHaveText(/^No problems found/);
  await expect(page.locator('li[data-severity]')).toHaveCount(0);

  await page.getByRole('button', { name: 'Use these projects' }).click();
  await wizard.expectStep('projects');
  await wizard.expectProjects(persona.projects);
  for (let i = 0; i < 5; i++) await wizard.next();

  await results.expectRanking(rankOptions(persona));
  await expect(page.getByTestId('recommendation')).toHaveText(recommendation ?? '');
  expect(await results.layout()).toBe(rankOptions(persona).layout.layout);
});
