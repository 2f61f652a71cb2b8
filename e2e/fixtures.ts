import { test as base } from '@playwright/test';

import { ResultsPage } from './pages/results-page';
import { WizardPage } from './pages/wizard-page';

/** Page objects injected into every journey. */
export const test = base.extend<{ wizard: WizardPage; results: ResultsPage }>({
  wizard: async ({ page }, use) => {
    await use(new WizardPage(page));
  },
  results: async ({ page }, use) => {
    await use(new ResultsPage(page));
  },
});

export { expect } from '@playwright/test';
