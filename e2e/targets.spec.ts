import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';

import { PERSONAS } from '../src/domain/__fixtures__/personas';
import { gitlabCiSchema } from '../src/domain/emitters/gitlab-ci-schema';
import { encodeShareState } from '../src/domain/url-codec/codec';

import { expect, test } from './fixtures';

test('choosing Terraform and dg files adds them to the files, the zip and the share link', async ({
  page,
  results,
}) => {
  const persona = PERSONAS.regulatedTeam;
  await page.goto(`/#${encodeShareState(persona)}`);
  await results.waitUntilShown();

  const choices = page.getByRole('group', { name: 'Also generate' });
  await choices.getByRole('checkbox', { name: 'Terraform' }).check();
  await choices.getByRole('checkbox', { name: 'dg project files' }).check();
  await expect(page.getByRole('tab', { name: 'terraform/main.tf.json' })).toBeVisible();
  // The example states the proposed Dagster version, written after the targets.
  await expect(page).toHaveURL(/&t=dg-project&t=terraform&dagster=1\.13\.7$/);

  const zip = unzipSync(new Uint8Array(await results.downloadAll()));
  const terraform = zip['terraform/main.tf.json'];
  expect(terraform).toBeDefined();
  const config = JSON.parse(strFromU8(terraform ?? new Uint8Array())) as Record<string, unknown>;
  expect(Object.keys(config)).toEqual(expect.arrayContaining(['terraform', 'resource']));
  const dgFiles = Object.keys(zip).filter((p) => p.includes('/dg/'));
  expect(dgFiles.length).toBeGreaterThan(0);
  for (const path of dgFiles.filter((p) => p.endsWith('.yaml'))) {
    expect(() => {
      parse(strFromU8(zip[path] ?? new Uint8Array()));
    }, path).not.toThrow();
  }

  // The link reopens with the same choice.
  await page.reload();
  await results.waitUntilShown();
  await expect(
    page.getByRole('group', { name: 'Also generate' }).getByRole('checkbox', { name: 'Terraform' }),
  ).toBeChecked();
});

test('with GitLab as CI, every repository gets a .gitlab-ci.yml in the zip, and no GitHub workflow', async ({
  page,
  results,
}) => {
  const persona = { ...PERSONAS.independentTeams, ci: 'gitlab' as const };
  await page.goto(`/#${encodeShareState(persona)}`);
  await results.waitUntilShown();

  const zip = unzipSync(new Uint8Array(await results.downloadAll()));
  const paths = Object.keys(zip);
  const pipelines = paths.filter((p) => p.endsWith('.gitlab-ci.yml'));
  const repositories = paths.filter((p) => p.endsWith('dagster_cloud.yaml'));
  expect(repositories.length).toBeGreaterThan(1);
  // One pipeline beside each repository's dagster_cloud.yaml.
  expect(pipelines.map((p) => p.replace('.gitlab-ci.yml', '')).sort()).toEqual(
    repositories.map((p) => p.replace('dagster_cloud.yaml', '')).sort(),
  );
  expect(paths.filter((p) => p.includes('.github/workflows/'))).toEqual([]);
  for (const path of pipelines) {
    const pipeline: unknown = parse(strFromU8(zip[path] ?? new Uint8Array()));
    expect(gitlabCiSchema.safeParse(pipeline).error?.issues ?? [], path).toEqual([]);
  }
});
