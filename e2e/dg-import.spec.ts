import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { strFromU8, unzipSync } from 'fflate';

import { PERSONAS, withDgVersion } from '../src/domain/__fixtures__/personas';
import { rankOptions } from '../src/domain/scoring/rank-options';
import { encodeShareState } from '../src/domain/url-codec/codec';

import { expect, test } from './fixtures';

test('dg round trip: the unzipped folder of "Download all files", chosen alone, fills every field and imports back with no finding and the same link', async ({
  page,
  wizard,
  results,
}) => {
  // From Dagster 1.12.11 the app writes dg files (no queue routes these locations).
  const persona = withDgVersion(PERSONAS.oneTeamOneCloud);
  await page.goto(`/#${encodeShareState(persona)}`);
  await results.waitUntilShown();
  const recommendation = await page.getByTestId('recommendation').textContent();
  const zip = unzipSync(new Uint8Array(await results.downloadAll()));
  expect(Object.keys(zip)).toContain('dg.toml');
  expect(Object.keys(zip)).not.toContain('dagster_cloud.yaml');

  // The lead unzips the download and gives the import the folder, as they would their repository.
  const folder = test.info().outputPath('dagster-projects');
  for (const [path, bytes] of Object.entries(zip)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), bytes);
  }
  const agents = Object.keys(zip).filter((path) => /^agents\/.*\.ya?ml$/.test(path));
  expect(agents).toHaveLength(1);

  await page.getByRole('button', { name: 'Edit answers' }).click();
  await page.getByRole('button', { name: 'Import your Dagster+ config' }).click();
  await page.getByLabel('Choose the repository folder').setInputFiles(folder);
  // The folder alone: its CODEOWNERS, CI workflow (the Dagster version) and agent configuration
  // fill their fields, nothing pasted.
  const workflow = '.github/workflows/dagster-cloud-deploy.yml';
  await expect(page.getByTestId('dg-status')).toHaveText(
    new RegExp(
      `^Read \\d+ dg files\\. Filled CODEOWNERS from dagster-projects/\\.github/CODEOWNERS, Dagster version from dagster-projects/\\.github/workflows/dagster-cloud-deploy\\.yml and Agent configuration 1 from dagster-projects/${agents[0] ?? ''}\\. Left out \\d+ other files`,
    ),
  );
  await expect(
    page.getByLabel('CI workflow, requirements.txt or pyproject.toml (optional)'),
  ).toHaveValue(strFromU8(zip[workflow] ?? new Uint8Array()));
  await expect(page.getByLabel('Path of dg file 1')).toHaveValue('dagster-projects/dg.toml');
  await expect(page.getByLabel('Agent configuration 1 (optional)')).toHaveValue(
    strFromU8(zip[agents[0] ?? ''] ?? new Uint8Array()),
  );
  await expect(page.getByLabel('CODEOWNERS (optional)')).toHaveValue(
    strFromU8(zip['.github/CODEOWNERS'] ?? new Uint8Array()),
  );
  await page.getByRole('button', { name: 'Check files' }).click();
  await expect(page.getByTestId('import-counts')).toHaveText(
    'No problems found: dg and the agents should accept these files.',
  );
  await expect(page.locator('li[data-severity]')).toHaveCount(0);

  await page.getByRole('button', { name: 'Use these projects' }).click();
  await wizard.expectStep('projects');
  await wizard.expectProjects(persona.projects);
  for (let i = 0; i < 5; i++) await wizard.next();

  await results.expectRanking(rankOptions(persona));
  await expect(page.getByTestId('recommendation')).toHaveText(recommendation ?? '');
  expect(await results.layout()).toBe(rankOptions(persona).layout.layout);
  // The same answers: the same link, Dagster version included.
  expect(new URL(page.url()).hash).toBe(`#${encodeShareState(persona)}`);
});
