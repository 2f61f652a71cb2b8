// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { HOSTILE_IMPORTS } from '@/domain/import/__fixtures__/hostile-files';
import {
  BROKEN,
  HOOLI,
  HOOLI_CODEOWNERS,
  HOOLI_HELM_VALUES,
  QUICKSTART,
} from '@/domain/import/__fixtures__/dagster-cloud-files';
import { auditImport } from '@/domain/import/audit';
import { importToAnswers } from '@/domain/import/to-answers';
import { DEFAULT_ANSWERS } from '@/domain/questionnaire/schemas';
import { recoverFromCrash } from '@/store/crash-recovery';
import { wizardStore } from '@/store/wizard-store';

import { resetImportDraft } from './import-draft';

import { ImportView } from './import-view';

type User = ReturnType<typeof userEvent.setup>;

const pasteInto = async (user: User, label: RegExp, text: string): Promise<void> => {
  await user.click(screen.getByLabelText(label));
  await user.paste(text);
};

const findingRows = () =>
  screen
    .getAllByRole('listitem')
    .filter((li) => li.dataset.severity !== undefined)
    .map((li) => li.querySelector('.import-finding-head')?.textContent);

beforeEach(() => {
  wizardStore.getState().startOver();
  resetImportDraft();
  wizardStore.getState().goTo('import');
});

afterEach(() => {
  cleanup();
});

describe('ImportView', () => {
  it.each([
    {
      // The quickstart's underscore is no longer a note (audit.ts): a dotted, capitalised name is.
      name: 'a name agents rewrite',
      text: BROKEN['name-rewritten'].text,
      counts: 'Found 0 errors, 1 warning and 1 note.',
      rows: [
        'Warning Line 2: Agents rewrite this name',
        'Note Line 2: Not a valid project name here',
      ],
    },
    {
      name: 'a file_name code source',
      text: BROKEN['file-name-key'].text,
      counts: 'Found 1 error, 0 warnings and 0 notes.',
      rows: ['Error Line 4: "file_name" instead of "python_file"'],
    },
    {
      name: 'a duplicate location',
      text: BROKEN['duplicate-location'].text,
      counts: 'Found 1 error, 0 warnings and 0 notes.',
      rows: ['Error Line 5: Duplicate location name'],
    },
  ])('$name: findings by file with severity in words, line, message and fix', async (c) => {
    const user = userEvent.setup();
    render(<ImportView />);
    await pasteInto(user, /^dagster_cloud\.yaml/, c.text);
    await user.click(screen.getByRole('button', { name: 'Check files' }));

    expect(screen.getByRole('heading', { name: 'Audit' })).toHaveFocus();
    expect(screen.getByTestId('import-counts')).toHaveTextContent(c.counts);
    expect(screen.getByRole('heading', { level: 4, name: /^dagster_cloud\.yaml/ })).toBeVisible();
    expect(findingRows()).toEqual(c.rows);
    const expected = auditImport({ dagsterCloudYaml: c.text }).findings[0];
    expect(screen.getByText(expected?.message ?? '-')).toBeInTheDocument();
    expect(screen.getByText(expected?.fix ?? '-')).toBeInTheDocument();
  });

  it('a file that is not YAML: an alert, the syntax errors with their lines, nothing to import', async () => {
    const user = userEvent.setup();
    render(<ImportView />);
    await pasteInto(user, /^dagster_cloud\.yaml/, BROKEN['yaml-syntax'].text);
    await user.click(screen.getByRole('button', { name: 'Check files' }));

    expect(
      screen
        .getAllByRole('alert')
        .some((a) =>
          a.textContent.includes(
            'dagster_cloud.yaml could not be read: YAML syntax error on line 3.',
          ),
        ),
    ).toBe(true);
    expect(findingRows()).toEqual([
      'Error Line 3: YAML syntax error',
      'Error Line 4: YAML syntax error',
    ]);
    expect(screen.queryByRole('button', { name: 'Use these projects' })).not.toBeInTheDocument();
  });

  it('Check files without a dagster_cloud.yaml says it is required and marks the field', async () => {
    const user = userEvent.setup();
    render(<ImportView />);
    await user.click(screen.getByRole('button', { name: 'Check files' }));
    const field = screen.getByLabelText(/^dagster_cloud\.yaml/);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveFocus();
    expect(screen.getByText(/Paste or upload a dagster_cloud\.yaml first/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Audit' })).not.toBeInTheDocument();
  });

  it('reads an uploaded file into its text area', async () => {
    const user = userEvent.setup();
    render(<ImportView />);
    await user.upload(
      screen.getByLabelText('Upload dagster_cloud.yaml'),
      new File([QUICKSTART], 'dagster_cloud.yaml', { type: 'application/yaml' }),
    );
    expect(await screen.findByDisplayValue(/quickstart_etl\.definitions/)).toBe(
      screen.getByLabelText(/^dagster_cloud\.yaml/),
    );
  });

  it('hooli with Helm values and CODEOWNERS: today, the projects found, then the wizard pre-filled', async () => {
    const user = userEvent.setup();
    render(<ImportView />);
    await pasteInto(user, /^dagster_cloud\.yaml/, HOOLI);
    await pasteInto(user, /^Agent configuration 1/, HOOLI_HELM_VALUES);
    await pasteInto(user, /^CODEOWNERS/, HOOLI_CODEOWNERS);
    await user.click(screen.getByRole('radio', { name: /one repository holds every project/ }));
    await user.click(screen.getByRole('button', { name: 'Check files' }));

    expect(findingRows()).toEqual(['Note Line 5: CODEOWNERS rule without a team']);
    expect(screen.getByRole('heading', { level: 4, name: /^CODEOWNERS/ })).toBeVisible();
    expect(screen.getByTestId('current-level')).toHaveTextContent('Code location isolation');
    expect(screen.getByTestId('current-layout').dataset.layout).toBe('monorepo');

    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) =>
          within(r)
            .getAllByRole('cell')
            .map((c) => c.textContent),
        ),
    ).toEqual([
      ['data-eng-pipeline (line 2)', 'data-eng', 'default'],
      ['basics (line 18)', 'analytics', 'default'],
      ['batch-enrichment (line 24)', 'unassigned', 'default'],
    ]);
    expect(
      screen.getByText(
        'The files do not say which projects are busy: mark high-volume projects in the wizard.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/the share link carries the answers/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Use these projects' }));
    const state = wizardStore.getState();
    const input = {
      dagsterCloudYaml: HOOLI,
      agentConfigs: [HOOLI_HELM_VALUES],
      codeowners: HOOLI_CODEOWNERS,
    };
    const files = auditImport(input).files;
    if (files === null) throw new Error('fixture must parse');
    expect(state.answers).toEqual(importToAnswers(files, DEFAULT_ANSWERS).answers);
    expect(state.view).toBe('projects');
    expect(state.imported).toEqual({ input, layout: 'monorepo' });
  });
});

describe('ImportView: fields and accessibility', () => {
  it('says once whether each field is required or optional', () => {
    render(<ImportView />);
    const labels = [...document.querySelectorAll('label')].map((l) => l.textContent);
    expect(
      labels.filter((text) => /\((optional|required)\).*\((optional|required)\)/.test(text)),
    ).toEqual([]);
    expect(
      screen.getByLabelText('CI workflow, requirements.txt or pyproject.toml (optional)'),
    ).toBeInTheDocument();
  });

  it('adds and removes agent configuration fields; empty ones are not audited', async () => {
    const user = userEvent.setup();
    render(<ImportView />);
    await user.click(screen.getByRole('button', { name: 'Add another agent configuration' }));
    expect(screen.getByLabelText(/^Agent configuration 2/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove agent configuration 1' }));
    expect(screen.queryByLabelText(/^Agent configuration 2/)).not.toBeInTheDocument();
    await pasteInto(user, /^dagster_cloud\.yaml/, HOOLI);
    await user.click(screen.getByRole('button', { name: 'Check files' }));
    expect(screen.getByTestId('import-counts')).toHaveTextContent(
      'No problems found: the dagster-cloud CLI and the agents should accept these files.',
    );
  });

  it('has no axe violations with an audit showing (contrast is checked in a browser)', async () => {
    const user = userEvent.setup();
    const { container } = render(<ImportView />);
    await pasteInto(user, /^dagster_cloud\.yaml/, BROKEN['registry-differs'].text);
    await user.click(screen.getByRole('button', { name: 'Check files' }));
    const result = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
});

describe('ImportView on hostile files', () => {
  it('keeps the pasted files across a crash; Try again drops the check that crashed', async () => {
    const user = userEvent.setup();
    render(<ImportView />);
    await pasteInto(user, /^dagster_cloud\.yaml/, QUICKSTART);
    await pasteInto(user, /^CODEOWNERS/, HOOLI_CODEOWNERS);
    await user.click(screen.getByRole('button', { name: 'Check files' }));
    expect(screen.getByRole('heading', { name: 'Audit' })).toBeInTheDocument();

    // What the error boundary does: the view goes, "Try again" recovers, the view comes back.
    cleanup();
    recoverFromCrash('import');
    render(<ImportView />);
    expect(screen.getByLabelText(/^dagster_cloud\.yaml/)).toHaveValue(QUICKSTART);
    expect(screen.getByLabelText(/^CODEOWNERS/)).toHaveValue(HOOLI_CODEOWNERS);
    expect(screen.queryByRole('heading', { name: 'Audit' })).not.toBeInTheDocument();
    expect(screen.getByTestId('import-recovered')).toHaveTextContent(/files are kept/);

    await user.click(screen.getByRole('button', { name: 'Check files' }));
    expect(screen.getByRole('heading', { name: 'Audit' })).toBeInTheDocument();
    expect(screen.queryByTestId('import-recovered')).not.toBeInTheDocument();
  });

  it('shows the first 100 findings of a file and counts the rest', async () => {
    const user = userEvent.setup();
    render(<ImportView />);
    await pasteInto(user, /^dagster_cloud\.yaml/, QUICKSTART);
    await pasteInto(user, /^CODEOWNERS/, 'a b\n'.repeat(250));
    await user.click(screen.getByRole('button', { name: 'Check files' }));
    const group = screen.getByRole('heading', { level: 4, name: /^CODEOWNERS/ });
    expect(group).toHaveTextContent('(250 findings)');
    const list = group.parentElement?.querySelectorAll('li[data-severity]') ?? [];
    expect(list).toHaveLength(100);
    expect(screen.getByTestId('findings-hidden')).toHaveTextContent(
      '150 more findings are not shown (150 notes): fix the ones above and check again.',
    );
  });

  it('refuses a file over the cap with a message, and keeps it in its field', async () => {
    const user = userEvent.setup();
    render(<ImportView />);
    const field = screen.getByLabelText(/^CODEOWNERS/);
    const big = 'a b\n'.repeat(140_000);
    (field as HTMLTextAreaElement).value = big;
    await pasteInto(user, /^dagster_cloud\.yaml/, QUICKSTART);
    await user.click(screen.getByRole('button', { name: 'Check files' }));
    expect(screen.getByRole('alert')).toHaveTextContent('CODEOWNERS is larger than 512 kB');
    expect(screen.queryByRole('heading', { name: 'Audit' })).not.toBeInTheDocument();
    expect(field).toHaveValue(big);
  });

  it('shows names with a right-to-left override visibly, never reversed', async () => {
    const user = userEvent.setup();
    const { container } = render(<ImportView />);
    const input = HOSTILE_IMPORTS['bidi override in names']();
    await pasteInto(user, /^dagster_cloud\.yaml/, input.dagsterCloudYaml);
    await pasteInto(user, /^Agent configuration 1/, input.agentConfigs?.[0] ?? '');
    await pasteInto(user, /^CODEOWNERS/, input.codeowners ?? '');
    await user.click(screen.getByRole('button', { name: 'Check files' }));
    const shown = [...container.querySelectorAll('section > :not(form)')]
      .map((el) => el.textContent)
      .join('\n');
    expect(shown).toContain('invoice\uFFFDfdp.exe');
    expect(shown).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});
