// @vitest-environment jsdom
/**
 * The import journey through the whole app, as a person does it: the first step's import button,
 * paste a file, check it, use the projects, confirm them in the wizard, and see the migration
 * plan next to the recommendation with the new files ready to download.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { App } from './app';
import {
  HOOLI,
  HOOLI_CODEOWNERS,
  HOOLI_HELM_VALUES,
} from '@/domain/import/__fixtures__/dagster-cloud-files';
import { wizardStore } from '@/store/wizard-store';

import { resetImportDraft } from '@/features/import/import-draft';
import { installJsdomStubs } from '@/testing/jsdom-stubs';
import { AllStagesAtOnce, preloadResults } from '@/testing/results';

installJsdomStubs();
beforeAll(async () => {
  await preloadResults();
  // The import screens' own lazy modules, fetched up front like the results' (preloadResults):
  // the waits below then time the journey, not the first transform of these modules, which on a
  // 2-core machine under a load of 20 took longer than the 10 s wait.
  await Promise.all([
    import('@/features/import/import-view'),
    import('@/features/import/import-notes'),
    import('@/features/import/migration-section'),
  ]);
});

beforeEach(() => {
  wizardStore.getState().startOver();
  resetImportDraft();
});

describe('import journey', () => {
  it('paste, check, use the projects, confirm, and see the migration plan on the results', async () => {
    const user = userEvent.setup();
    render(<App notices={[]} />, { wrapper: AllStagesAtOnce });

    const start = await screen.findByRole('button', { name: 'Import your Dagster+ config' });
    // The name says Dagster+; the description names both formats it reads.
    expect(start).toHaveAccessibleDescription(
      'Already on Dagster+? Start from your dagster_cloud.yaml or dg files: they are checked and read in this page.',
    );
    await user.click(start);
    const heading = await screen.findByRole('heading', {
      level: 2,
      name: 'Import your Dagster+ config',
    });
    // Focus moves in an effect after the view's first commit, which may come a tick later.
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });

    await user.click(screen.getByLabelText(/^dagster_cloud\.yaml/));
    await user.paste(HOOLI);
    await user.click(screen.getByLabelText(/^Agent configuration 1/));
    await user.paste(HOOLI_HELM_VALUES);
    await user.click(screen.getByLabelText(/^CODEOWNERS/));
    await user.paste(HOOLI_CODEOWNERS);
    await user.click(screen.getByRole('button', { name: 'Check files' }));
    expect(screen.getByText('Line 5')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Use these projects' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Projects and teams' }),
    ).toBeInTheDocument();
    const notes = await screen.findByRole('region', { name: 'Notes from the import' });
    expect(
      within(notes).getByText(
        'CODEOWNERS line 5 gives project "batch-enrichment" to @bob, not a team: team set to "unassigned".',
      ),
    ).toBeInTheDocument();
    expect(wizardStore.getState().answers.projects.map((p) => p.name)).toEqual([
      'data-eng-pipeline',
      'basics',
      'batch-enrichment',
    ]);

    for (;;) {
      const finish = screen.queryByRole('button', { name: 'Next: see results' });
      if (finish !== null) {
        await user.click(finish);
        break;
      }
      const heading = screen.getByRole('heading', { level: 2 }).textContent;
      await user.click(screen.getByRole('button', { name: 'Next' }));
      await screen.findByRole('heading', {
        level: 2,
        name: (name) => name !== heading,
      });
    }

    const plan = await screen.findByTestId('migration-plan');
    expect(within(plan).getByRole('heading', { level: 2, name: 'Migration plan' })).toBeVisible();
    expect(within(plan).getByRole('table', { name: 'Today vs recommended' })).toBeVisible();
    expect(within(plan).getAllByTestId('migration-step').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Download all files' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download the plan (MIGRATION.md)' })).toBeVisible();
  });
});
