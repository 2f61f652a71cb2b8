import { PLAN_QUESTION } from '../src/domain/questionnaire/steps';

import { expect, test } from './fixtures';

test('the built app opens on the first question', async ({ page, wizard }) => {
  await wizard.open();
  await expect(page).toHaveTitle(/Isolation Advisor/);
  await wizard.expectStep('platform');
  await expect(wizard.question(PLAN_QUESTION.legend)).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Pro (or Enterprise)' })).toBeChecked();
});
