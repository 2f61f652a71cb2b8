import { strFromU8, unzipSync } from 'fflate';

import { PERSONAS } from '../src/domain/__fixtures__/personas';
import { encodeShareState } from '../src/domain/url-codec/codec';

import { expect, test } from './fixtures';

// prodAndStaging states no version (a link made before the dagster= key existed) and needs no
// agent queue, so a dg-era version gives it dg files.
const OLD_LINK = `/#${encodeShareState(PERSONAS.prodAndStaging)}`;

test('an old link keeps dagster_cloud.yaml; stating 1.13.7 on the delivery step switches to dg files', async ({
  page,
  results,
}) => {
  expect(OLD_LINK).not.toContain('dagster=');
  await page.goto(OLD_LINK);
  await results.waitUntilShown();
  await expect(page.getByRole('tab', { name: 'dagster_cloud.yaml', exact: true })).toBeVisible();
  const before = unzipSync(new Uint8Array(await results.downloadAll()));
  expect(strFromU8(before['SETUP.md'] ?? new Uint8Array())).toContain(
    'No Dagster version is stated',
  );

  // The same link on the delivery step (what "Edit answers" and Next lead to).
  await page.goto(`${OLD_LINK}&view=delivery`);
  await expect(page.getByRole('heading', { level: 2, name: 'Delivery' })).toBeVisible();
  const version = page.getByRole('combobox', { name: 'Dagster version' });
  await expect(version).toHaveValue('');
  await version.fill('1.13.7');
  await expect(page).toHaveURL(/&dagster=1\.13\.7(&|$)/);
  await version.fill('1.13');
  await expect(page.getByText('Write a Dagster release as three numbers')).toBeVisible();
  await expect(page).toHaveURL(/&dagster=1\.13\.7(&|$)/);
  await version.fill('1.13.7');

  await page.goto(page.url().replace(/&view=[a-z]+/, ''));
  await results.waitUntilShown();
  await expect(page.getByRole('tab', { name: 'dg.toml', exact: true })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'dagster_cloud.yaml', exact: true })).toHaveCount(0);
  const after = unzipSync(new Uint8Array(await results.downloadAll()));
  const workflow = strFromU8(
    after['.github/workflows/dagster-cloud-deploy.yml'] ?? new Uint8Array(),
  );
  expect(workflow).toContain('Targets Dagster 1.13.7.');
  expect(workflow).toContain('dg-deploy-init@v1.13.7');
});
