// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
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
    /** Every file of "Download all files", as unzipped. */
    zip: files.map((f) => ({ path: f.path, text: f.content })),
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

/** Files as a folder picker gives them: each with its path inside the chosen folder. */
const inFolder = (files: readonly { path: string; text: string }[]): File[] =>
  files.map((f) => {
    const file = new File([f.text], f.path.split('/').pop() ?? f.path);
    Object.defineProperty(file, 'webkitRelativePath', { value: `dagster-projects/${f.path}` });
    return file;
  });

const zipText = (re: RegExp): string => DG.zip.find((f) => re.test(f.path))?.text ?? '';

describe('choosing the repository folder fills the other fields too', () => {
  it('the unzipped download: CODEOWNERS and the agent configuration filled, no finding', async () => {
    const user = userEvent.setup();
    render(<ImportView />);
    await user.upload(screen.getByLabelText('Choose the repository folder'), inFolder(DG.zip));
    const status = await screen.findByTestId('dg-status');
    const agents = DG.zip.filter((f) => f.path.startsWith('agents/'));
    expect(agents).toHaveLength(1);
    expect(status).toHaveTextContent(
      `Filled CODEOWNERS from dagster-projects/.github/CODEOWNERS, Dagster version from dagster-projects/.github/workflows/dagster-cloud-deploy.yml and Agent configuration 1 from dagster-projects/${agents[0]?.path ?? ''}.`,
    );
    expect(screen.getByLabelText('CODEOWNERS (optional)')).toHaveValue(
      zipText(/^\.github\/CODEOWNERS$/),
    );
    // The workflow pins the version the files were written for: the field gets it too.
    expect(
      screen.getByLabelText('CI workflow, requirements.txt or pyproject.toml (optional)'),
    ).toHaveValue(zipText(/^\.github\/workflows\/dagster-cloud-deploy\.yml$/));
    expect(screen.getByLabelText('Agent configuration 1 (optional)')).toHaveValue(agents[0]?.text);
    expect(
      screen.getByLabelText('dagster_cloud.yaml (leave it empty to import the dg files below)'),
    ).toHaveValue('');
    await check(user);
    expect(screen.getByTestId('import-counts')).toHaveTextContent(
      'No problems found: dg and the agents should accept these files.',
    );
    // The agent configuration was read: today's level is the one the files were written for.
    expect(screen.getByTestId('current-level')).toHaveAttribute(
      'data-level',
      rankOptions(DG.answers).recommended,
    );
  });

  it('a CODEOWNERS the user filled is kept, and the status line says so', async () => {
    const user = userEvent.setup();
    render(<ImportView />);
    await paste(user, 'CODEOWNERS (optional)', '* @org/mine');
    await user.upload(screen.getByLabelText('Choose the repository folder'), inFolder(DG.zip));
    expect(await screen.findByTestId('dg-status')).toHaveTextContent(
      'Kept the CODEOWNERS you had (dagster-projects/.github/CODEOWNERS not used).',
    );
    expect(screen.getByLabelText('CODEOWNERS (optional)')).toHaveValue('* @org/mine');
    expect(importDraft.getState().codeowners).toBe('* @org/mine');
  });

  it('a legacy repository: its root dagster_cloud.yaml fills the field', async () => {
    const user = userEvent.setup();
    render(<ImportView />);
    const dcy =
      'locations:\n  - location_name: ingest\n    code_source:\n      package_name: ingest\n';
    await user.upload(
      screen.getByLabelText('Choose the repository folder'),
      inFolder([
        { path: 'dagster_cloud.yaml', text: dcy },
        { path: 'CODEOWNERS', text: '* @org/a' },
      ]),
    );
    expect(await screen.findByTestId('dg-status')).toHaveTextContent(
      'Filled dagster_cloud.yaml from dagster-projects/dagster_cloud.yaml and CODEOWNERS from dagster-projects/CODEOWNERS.',
    );
    expect(screen.getByLabelText('dagster_cloud.yaml (required)')).toHaveValue(dcy);
    expect(importDraft.getState().dagsterCloudYaml).toBe(dcy);
  });

  it('a legacy repository: the first file that pins Dagster fills the version field', async () => {
    const user = userEvent.setup();
    render(<ImportView />);
    const dcy =
      'locations:\n  - location_name: ingest\n    code_source:\n      package_name: ingest\n';
    const pins = 'dagster==1.11.3\ndagster-cloud==1.11.3\n';
    await user.upload(
      screen.getByLabelText('Choose the repository folder'),
      inFolder([
        { path: 'dagster_cloud.yaml', text: dcy },
        // A workflow that pins nothing is passed over for the requirements that do.
        { path: '.github/workflows/lint.yml', text: 'on: push\njobs: {}\n' },
        { path: 'requirements.txt', text: pins },
      ]),
    );
    expect(await screen.findByTestId('dg-status')).toHaveTextContent(
      'Filled dagster_cloud.yaml from dagster-projects/dagster_cloud.yaml and Dagster version from dagster-projects/requirements.txt.',
    );
    expect(
      screen.getByLabelText('CI workflow, requirements.txt or pyproject.toml (optional)'),
    ).toHaveValue(pins);
    expect(importDraft.getState().versionFile).toBe(pins);
    await check(user);
    expect(screen.getByText(/^Dagster version read as 1\.11\.3 from/)).toBeInTheDocument();
  });
});

/** A dropped file entry, as the browser gives it; `fails` makes the browser refuse it. */
const fileEntry = (fullPath: string, text: string, fails = false) => ({
  isFile: true,
  isDirectory: false,
  name: fullPath.split('/').pop() ?? '',
  fullPath,
  file: (ok: (f: File) => void, ko: (e: Error) => void) => {
    if (fails) ko(new Error('NotReadableError'));
    else ok(new File([text], fullPath.split('/').pop() ?? ''));
  },
});

/** A dropped folder entry holding `children`; `fails` makes listing it fail. */
const folderEntry = (fullPath: string, children: readonly object[], fails = false) => ({
  isFile: false,
  isDirectory: true,
  name: fullPath.split('/').pop() ?? '',
  fullPath,
  createReader: () => {
    let given = false;
    return {
      readEntries: (ok: (e: readonly object[]) => void, ko: (e: Error) => void) => {
        if (fails) ko(new Error('NotReadableError'));
        else ok(given ? [] : children);
        given = true;
      },
    };
  },
});

describe('a drop the browser cannot read in full', () => {
  it('names each file or folder it could not read, in an alert, and keeps what was read', async () => {
    render(<ImportView />);
    const root = folderEntry('/repo', [
      fileEntry('/repo/dg.toml', DG.workspace.text),
      fileEntry('/repo/ingest/pyproject.toml', '', true),
      folderEntry('/repo/analytics', [], true),
      ...DG.projects.map((f) => fileEntry(`/repo/${f.path}`, f.text)),
    ]);
    fireEvent.drop(screen.getByTestId('dg-drop'), {
      dataTransfer: { items: [{ webkitGetAsEntry: () => root }], files: [] },
    });
    const alert = await screen.findByText(/^Could not read/);
    expect(alert).toHaveTextContent(
      'Could not read repo/ingest/pyproject.toml and repo/analytics/: the browser refused them. Choose or paste them instead; what was read is kept.',
    );
    expect(screen.getByTestId('dg-read-error')).toHaveAttribute('role', 'alert');
    expect(screen.getByTestId('dg-status')).toHaveTextContent(
      `Read ${DG.projects.length + 1} dg files.`,
    );
    expect(importDraft.getState().dgFiles.map((f) => f.path)).toContain('repo/dg.toml');
  });

  it('a file whose text cannot be read is named too', async () => {
    const user = userEvent.setup();
    render(<ImportView />);
    const broken = new File(['x'], 'CODEOWNERS');
    Object.defineProperty(broken, 'webkitRelativePath', { value: 'dagster-projects/CODEOWNERS' });
    Object.defineProperty(broken, 'text', { value: () => Promise.reject(new Error('gone')) });
    await user.upload(screen.getByLabelText('Choose the repository folder'), [
      ...inFolder([DG.workspace]),
      broken,
    ]);
    expect(await screen.findByText(/^Could not read/)).toHaveTextContent(
      'Could not read dagster-projects/CODEOWNERS: the browser refused it.',
    );
    expect(screen.getByLabelText('Path of dg file 1')).toHaveValue('dagster-projects/dg.toml');
  });
});

describe('dg files in the import view', () => {
  it('the layout question names the files given: dagster_cloud.yaml, then the dg files', async () => {
    const user = userEvent.setup();
    render(<ImportView />);
    const several = (files: string) =>
      screen.getByRole('radio', {
        name: `It is one of several: each repository has its own ${files}`,
      });
    expect(
      screen.getByRole('group', { name: 'Where does this dagster_cloud.yaml live?' }),
    ).toBeVisible();
    expect(several('dagster_cloud.yaml')).toBeInTheDocument();
    await paste(user, 'dg file 1 (optional)', DG.workspace.text);
    // The text reaches the draft after a pause in typing (file-text-field.tsx).
    expect(
      await screen.findByRole('group', { name: 'Where do these dg files live?' }),
    ).toBeVisible();
    expect(several('dg files')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /dagster_cloud\.yaml live/ })).toBeNull();
  });

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
