// @vitest-environment jsdom
/**
 * Values that do not pass a step's checks are never committed, yet never lost: Back and Next,
 * and a reload, bring them back with their message; other answers arriving (a link, an example)
 * replace them.
 */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { EXAMPLES } from '@/domain/questionnaire/examples';
import { NAME_RULE } from '@/domain/questionnaire/schemas';
import { UNSAVED_KEY } from '@/store/unsaved-steps';

/** Fresh modules per render, as a reload gives; session storage survives, as in a browser. */
const open = async () => {
  vi.resetModules();
  const { WizardRoute } = await import('./wizard-route');
  const { useWizardStore, wizardStore } = await import('@/store/wizard-store');
  const Harness = () => {
    const view = useWizardStore((s) => s.view);
    return view === 'results' || view === 'import' ? null : <WizardRoute stepId={view} />;
  };
  return { wizardStore, render: () => render(<Harness />) };
};

const heading = (name: string) => screen.findByRole('heading', { level: 2, name });
/** The first project's name field. */
const nameField = (): HTMLElement => {
  const [first] = screen.getAllByRole('textbox', { name: 'Project name' });
  if (first === undefined) throw new Error('no project row');
  return first;
};

describe('values that do not pass a step yet', () => {
  beforeEach(() => {
    window.sessionStorage.clear();
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => {
    cleanup();
  });

  it('come back with their message after Back and Next, without reaching the answers', async () => {
    const app = await open();
    app.wizardStore.getState().replaceAnswers(EXAMPLES[0].answers, 'projects');
    const committed = app.wizardStore.getState().answers;
    app.render();
    const user = userEvent.setup();
    await heading('Projects and teams');
    await user.clear(nameField());
    await user.type(nameField(), 'My Project');
    expect(await screen.findByText(NAME_RULE)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Back' }));
    await heading('Plan and platform');
    expect(app.wizardStore.getState().answers).toEqual(committed);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await heading('Projects and teams');
    expect(nameField()).toHaveValue('My Project');
    expect(await screen.findByText(NAME_RULE)).toBeInTheDocument();

    // Fixed: committed, and nothing is kept aside any more.
    await user.clear(nameField());
    await user.type(nameField(), 'my-project');
    expect(app.wizardStore.getState().answers.projects[0]?.name).toBe('my-project');
    expect(window.sessionStorage.getItem(UNSAVED_KEY)).toBeNull();
  });

  it('survive a reload', async () => {
    const before = await open();
    before.wizardStore.getState().replaceAnswers(EXAMPLES[0].answers, 'projects');
    before.render();
    const user = userEvent.setup();
    await heading('Projects and teams');
    await user.clear(nameField());
    await user.type(nameField(), '1st');
    cleanup();

    const after = await open();
    after.wizardStore.getState().replaceAnswers(EXAMPLES[0].answers, 'projects');
    after.render();
    await heading('Projects and teams');
    expect(nameField()).toHaveValue('1st');
    expect(await screen.findByText(NAME_RULE)).toBeInTheDocument();
  });

  it('give way to other answers for the step (a link, an example)', async () => {
    const app = await open();
    app.wizardStore.getState().replaceAnswers(EXAMPLES[0].answers, 'projects');
    app.render();
    const user = userEvent.setup();
    await heading('Projects and teams');
    await user.clear(nameField());
    await user.type(nameField(), 'My Project');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await heading('Plan and platform');

    app.wizardStore.getState().replaceAnswers(EXAMPLES[1].answers, 'projects');
    await heading('Projects and teams');
    const names = screen
      .getAllByRole('textbox', { name: 'Project name' })
      .map((input) => (input as HTMLInputElement).value);
    expect(names).toEqual(EXAMPLES[1].answers.projects.map((p) => p.name));
    expect(screen.queryByText(NAME_RULE)).toBeNull();
  });
});

describe('replacing the answers on purpose', () => {
  beforeEach(() => {
    window.sessionStorage.clear();
  });
  afterEach(() => {
    cleanup();
  });

  it('start over forgets them, even over the same answers', async () => {
    const app = await open();
    app.wizardStore.getState().startOver();
    app.wizardStore.getState().goTo('projects');
    app.render();
    const user = userEvent.setup();
    await heading('Projects and teams');
    await user.click(screen.getByRole('button', { name: 'Add project' }));
    await user.keyboard('Bad Name');
    expect(await screen.findByText(NAME_RULE)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await heading('Plan and platform');

    app.wizardStore.getState().startOver();
    app.wizardStore.getState().goTo('projects');
    await heading('Projects and teams');
    expect(screen.queryAllByRole('textbox', { name: 'Project name' })).toEqual([]);
    expect(window.sessionStorage.getItem(UNSAVED_KEY)).toBeNull();
  });
});

describe('values read back from session storage', () => {
  beforeEach(() => {
    window.sessionStorage.clear();
  });
  afterEach(() => {
    cleanup();
  });

  it('are checked against the step form: a poisoned entry is dropped, the step opens', async () => {
    const over = JSON.stringify({ projects: [] });
    window.sessionStorage.setItem(
      UNSAVED_KEY,
      JSON.stringify({ projects: { over, values: { projects: 'boom' } } }),
    );
    const app = await open();
    app.wizardStore.getState().goTo('projects');
    app.render();
    await heading('Projects and teams');
    expect(screen.getByRole('button', { name: 'Add project' })).toBeInTheDocument();
    expect(screen.queryAllByRole('textbox', { name: 'Project name' })).toEqual([]);
  });
});
