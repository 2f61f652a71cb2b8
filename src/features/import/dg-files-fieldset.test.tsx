// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { PERSONAS, withDgVersion } from '@/domain/__fixtures__/personas';
import { configFormatOf } from '@/domain/emitters/config-format';
import { emitAll } from '@/domain/emitters/emitters';
import { rankOptions } from '@/domain/scoring/rank-options';
import { buildTopology } from '@/domain/topology/build-topology';
import { buildShareUrl } from '@/domain/url-codec/codec';
import { recoverFromCrash } from '@/store/crash-recovery';
import { wizardStore } from '@/store/wizard-store';

import { importDraft, resetImportDraft } from './import-draft';
import { ImportView } from './import-view';

type User = ReturnType<typeof userEvent.setup>;

/** The dg files the app writes for one persona with a dg version (one repository). */
const DG = (() => {
  const answers = withDgVersion(PERSONAS.oneTeamOneCloud);
  const ranking = rankOptions(answers);
  const topology = buildTopology(answers, ranking.recommended, ranking.layout.layout);
  expect(configFormatOf(answers, topology).format).toBe('dg');
  const files = emitAll(answers, topology, {
    shareUrl: buildShareUrl('https://advisor.example/', answers),
    extraTargets: answers.targets,
  });
  const pick = (re: RegExp) =>
    files.filter((f) => re.test(f.path)).map((f) => ({ path: f.path, text: f.content }));
  return {
    answers,
    workspace: pick(/^dg\.toml$/)[0] ?? { path: '', text: '' },
    projects: pick(/\/(pyproject\.dg\.toml|build\.yaml)$/),
    all: pick(/(^|\/)(dg\.toml|pyproject\.dg\.toml|build\.yaml|container_context\.yaml)$/),
  };
})();

const paste = async (user: User, label: string, text: string): Promise<void> => {
  await user.click(screen.getByLabelText(label, { exact: false }));
  await user.paste(text);
};

const check = async (user: User): Promise<void> => {
  await user.click(screen.getByRole('button', { name: 'Check files' }));
};

/** Pastes dg.toml and each project file with its path, as a user without the files would. */
const pasteAll = async (user: User): Promise<void> => {
  await paste(user, 'dg file 1 (optional)', DG.workspace.text);
  for (const [i, f] of DG.projects.entries()) {
    await user.click(screen.getByRole('button', { name: 'Add a project file' }));
    await user.type(screen.getByLabelText(`Path of dg file ${i + 2}`), f.path);
    await paste(user, `dg file ${i + 2} (optional)`, f.text);
  }
};

beforeEach(() => {
  wizardStore.getState().startOver();
  resetImportDraft();
  wizardStore.getState().goTo('import');
});

afterEach(() => {
  cleanup();
});

describe('dg files in the import view', () => {
  it('pasted with their paths: no finding, the projects of the link, then the wizard', async () => {
    const user = userEvent.setup();
    render(<ImportView />);
    expect(screen.getByLabelText('Path of dg file 1')).toHaveValue('dg.toml');
    expect(screen.getByLabelText('dagster_cloud.yaml (required)')).toHaveAttribute(
      'aria-required',
      'true',
    );
    await pasteAll(user);
    // With dg files given, dagster_cloud.yaml is no longer required: it must stay empty.
    expect(
      screen.getByLabelText('dagster_cloud.yaml (leave it empty to import the dg files below)'),
    ).toHaveAttribute('aria-required', 'false');
    await check(user);
    expect(screen.getByTestId('import-counts')).toHaveTextContent(
      'No problems found: dg and the agents should accept these files.',
    );
    const names = DG.answers.projects.map((p) => p.name);
    for (const name of names) {
      expect(screen.getByRole('rowheader', { name })).toBeInTheDocument();
    }
    await user.click(screen.getByRole('button', { name: 'Use these projects' }));
    expect(wizardStore.getState().answers.projects).toEqual(DG.answers.projects);
    expect(wizardStore.getState().answers.dagsterVersion).toBe(DG.answers.dagsterVersion);
  });

  it('several files chosen at once become one field each, with their paths', async () => {
    const user = userEvent.setup();
    render(<ImportView />);
    const files = [
      ...DG.all.map((f) => {
        const file = new File([f.text], f.path.split('/').pop() ?? f.path);
        // What a folder picker gives: the path inside the chosen folder.
        Object.defineProperty(file, 'webkitRelativePath', { value: `dagster-projects/${f.path}` });
        return file;
      }),
      new File(['x'], 'README.md'),
    ];
    await user.upload(screen.getByLabelText('Choose the repository folder'), files);
    expect(await screen.findByTestId('dg-status')).toHaveTextContent(
      `Read ${DG.all.length} dg files. Left out 1 other file`,
    );
    expect(screen.getByLabelText('Path of dg file 1')).toHaveValue('dagster-projects/dg.toml');
    expect(
      importDraft
        .getState()
        .dgFiles.map((f) => f.path)
        .sort(),
    ).toEqual(DG.all.map((f) => `dagster-projects/${f.path}`).sort());
    await check(user);
    expect(screen.getByTestId('import-counts')).toHaveTextContent(
      'No problems found: dg and the agents should accept these files.',
    );
  });

  it('a file with text and no path: says so and focuses the path', async () => {
    const user = userEvent.setup();
    render(<ImportView />);
    await paste(user, 'dg file 1 (optional)', DG.workspace.text);
    await user.click(screen.getByRole('button', { name: 'Add a project file' }));
    await paste(user, 'dg file 2 (optional)', DG.projects[0]?.text ?? '');
    await check(user);
    expect(screen.getByText(/dg file 2 has no path/)).toBeInTheDocument();
    expect(screen.getByLabelText('Path of dg file 2')).toHaveFocus();
    expect(screen.queryByRole('heading', { name: 'Audit' })).not.toBeInTheDocument();
  });

  it('keeps the dg files and their paths across a crash of the view', async () => {
    const user = userEvent.setup();
    render(<ImportView />);
    await pasteAll(user);
    await check(user);
    cleanup();
    recoverFromCrash('import');
    render(<ImportView />);
    expect(screen.getByLabelText('dg file 1 (optional)')).toHaveValue(DG.workspace.text);
    const last = DG.projects.length + 1;
    expect(screen.getByLabelText(`Path of dg file ${last}`)).toHaveValue(
      DG.projects[DG.projects.length - 1]?.path,
    );
    expect(screen.getByLabelText(`dg file ${last} (optional)`)).toHaveValue(
      DG.projects[DG.projects.length - 1]?.text,
    );
  });

  it('has no axe violations with dg files and an audit showing', async () => {
    const user = userEvent.setup();
    const { container } = render(<ImportView />);
    await pasteAll(user);
    await check(user);
    const result = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
