import { PERSONAS } from '../src/domain/__fixtures__/personas';
import { encodeShareState } from '../src/domain/url-codec/codec';

import { expect, test } from './fixtures';

const DRAFT_KEY = 'isolation-advisor:draft:v1';

test('a corrupted saved draft is reported, set aside and offered as a download, never a blank page', async ({
  page,
  wizard,
  results,
}) => {
  const corrupted = '{"answers": {"plan": "gold", "projects": "not a list"';
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('seeded') === null) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [DRAFT_KEY, corrupted] as const,
  );
  await wizard.open();
  await expect(page.getByText('Your saved draft could not be read')).toBeVisible();
  await wizard.expectStep('platform');
  const download = await results.waitForDownload(() =>
    page.getByRole('button', { name: 'Download the old draft (JSON)' }).click(),
  );
  expect(download.suggestedFilename()).toMatch(/\.json$/);
});

test('a share link opened over a saved draft wins, says so, and can give the draft back', async ({
  page,
  wizard,
  results,
}) => {
  await wizard.open();
  await wizard.next();
  await wizard.fillProjects(PERSONAS.twoClouds.projects);
  await wizard.next();
  await wizard.expectStep('delivery');

  // Pasting a link into the address bar of the open tab: the app reloads itself to boot from it.
  await page.goto(`/#${encodeShareState(PERSONAS.regulatedTeam)}`);
  await results.waitUntilShown();
  await expect(page.getByText('This link replaced your saved draft')).toBeVisible();
  await page.getByRole('button', { name: 'Restore my draft' }).click();
  // Back where the draft was, with every answer.
  await wizard.expectStep('delivery');
  await wizard.back();
  await wizard.expectStep('projects');
  for (const [i, p] of PERSONAS.twoClouds.projects.entries()) {
    await expect(wizard.projectRow(i).getByLabel('Project name', { exact: true })).toHaveValue(
      p.name,
    );
  }
});
