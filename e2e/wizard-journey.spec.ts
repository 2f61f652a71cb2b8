import { NAME_RULE } from '../src/domain/questionnaire/schemas';
import {
  PERSONAS,
  PERSONA_EXPECTATIONS,
  type PersonaId,
} from '../src/domain/__fixtures__/personas';
import { rankOptions } from '../src/domain/scoring/rank-options';

import { expect, test } from './fixtures';

const JOURNEYS: PersonaId[] = ['oneTeamOneCloud', 'twoClouds', 'regulatedTeam', 'starterTwoClouds'];

for (const id of JOURNEYS) {
  test(`${id}: completing the wizard shows the ranking the engine predicts`, async ({
    wizard,
    results,
  }) => {
    const persona = PERSONAS[id];
    await wizard.open();
    await wizard.complete(persona);
    await results.expectRanking(rankOptions(persona));
    expect((await results.rankingSeen())[0]?.level).toBe(PERSONA_EXPECTATIONS[id].first);
    expect(await results.layout()).toBe(PERSONA_EXPECTATIONS[id].layout);
  });
}

test('a wrong project name shows what is allowed and keeps the value, through Back and a reload', async ({
  page,
  wizard,
}) => {
  await wizard.open();
  await wizard.next();
  await wizard.expectStep('projects');
  const row = wizard.projectRow(0);
  if ((await row.count()) === 0) await page.getByRole('button', { name: 'Add project' }).click();
  const name = row.getByLabel('Project name', { exact: true });
  await name.fill('Sales Pipeline');
  await row.getByLabel('Team', { exact: true }).fill('data');
  await row.getByLabel('Compute environment', { exact: true }).fill('aws');
  await wizard.next();

  await wizard.expectStep('projects');
  await expect(name).toHaveValue('Sales Pipeline');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: NAME_RULE }).first()).toBeVisible();

  // Not in the answers yet, but not lost: Back and Next, or a reload, bring it back with its
  // message.
  await wizard.back();
  await wizard.expectStep('platform');
  await wizard.next();
  await wizard.expectStep('projects');
  await expect(name).toHaveValue('Sales Pipeline');
  await page.reload();
  await wizard.expectStep('projects');
  await expect(name).toHaveValue('Sales Pipeline');
  await expect(name).toHaveAttribute('aria-invalid', 'true');

  await name.fill('sales-pipeline');
  await wizard.next();
  await wizard.expectStep('delivery');
});

test('a reload mid-wizard keeps every answer, and browser Back and Forward move between steps', async ({
  page,
  wizard,
}) => {
  const persona = PERSONAS.twoClouds;
  await wizard.open();
  await wizard.choose(
    { legend: 'Which Dagster+ plan are you on?', options: { starter: { label: 'Starter' } } },
    'starter',
  );
  await wizard.next();
  await wizard.fillProjects(persona.projects);
  await wizard.next();
  await wizard.expectStep('delivery');

  await page.reload();
  await wizard.expectStep('delivery');
  await wizard.back();
  await wizard.expectStep('projects');
  for (const [i, p] of persona.projects.entries()) {
    await expect(wizard.projectRow(i).getByLabel('Project name', { exact: true })).toHaveValue(
      p.name,
    );
    await expect(wizard.projectRow(i).getByLabel('Team', { exact: true })).toHaveValue(p.team);
    await expect(
      wizard.projectRow(i).getByLabel('Compute environment', { exact: true }),
    ).toHaveValue(p.compute);
    await expect(wizard.projectRow(i).getByLabel('High volume', { exact: true })).toBeChecked({
      checked: p.highVolume,
    });
  }

  await page.goBack();
  await wizard.expectStep('delivery');
  await page.goBack();
  await wizard.expectStep('projects');
  await page.goBack();
  await wizard.expectStep('platform');
  await expect(page.getByRole('radio', { name: 'Starter', exact: true })).toBeChecked();
  await page.goForward();
  await wizard.expectStep('projects');
  await expect(wizard.projectRow(2).getByLabel('Project name', { exact: true })).toHaveValue(
    persona.projects[2]?.name ?? '',
  );
});
