// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { EXAMPLES } from '@/domain/questionnaire/examples';
import { DEFAULT_ANSWERS, NAME_RULE, type Answers } from '@/domain/questionnaire/schemas';
import { wizardStore } from '@/store/wizard-store';

import { Wizard } from './wizard';

const start = (answers: Answers = DEFAULT_ANSWERS) => {
  wizardStore.setState({ answers, view: 'projects', revision: 0 });
  const user = userEvent.setup();
  render(<Wizard stepId="projects" />);
  return user;
};

const nameInputs = () => screen.queryAllByRole('textbox', { name: 'Project name' });

beforeEach(() => {
  wizardStore.getState().startOver();
});
afterEach(() => {
  cleanup();
});

describe('projects table: adding and pasting rows', () => {
  it('adds a row with the focus in its name field', async () => {
    const user = start();
    await user.click(screen.getByRole('button', { name: 'Add project' }));
    expect(nameInputs()).toHaveLength(1);
    expect(nameInputs()[0]).toHaveFocus();
    expect(screen.getByLabelText('Team')).toHaveValue('data');
  });

  it.each([
    ['leaving its name empty', async (user: ReturnType<typeof userEvent.setup>) => user.tab()],
    // Enter in the field submits the step (Next) without leaving the field.
    [
      'Next (Enter in the field)',
      async (user: ReturnType<typeof userEvent.setup>) => user.keyboard('{Enter}'),
    ],
  ])(
    'a row just added says nothing until its name is wrong: shown after %s',
    async (_name, act) => {
      const user = start(EXAMPLES[0].answers);
      const before = nameInputs().length;
      await user.click(screen.getByRole('button', { name: 'Add project' }));
      const added = nameInputs()[before];
      if (added === undefined) throw new Error('no row added');
      expect(added).toHaveFocus();
      // The form has checked the rows (a duplicate elsewhere would be flagged by now).
      await waitFor(() => {
        expect(wizardStore.getState().answers.projects).toHaveLength(before);
      });
      expect(screen.queryByRole('alert')).toBeNull();
      expect(added).not.toHaveAttribute('aria-invalid');

      await act(user);
      await waitFor(() => {
        expect(added).toHaveAttribute('aria-invalid', 'true');
      });
      expect(screen.getByRole('alert')).toHaveTextContent(NAME_RULE);
      expect(wizardStore.getState().view).toBe('projects');
    },
  );

  it('adds a row per name when a list is pasted into an empty name field', async () => {
    const user = start();
    await user.click(screen.getByRole('button', { name: 'Add project' }));
    await user.paste('ingest\nmarts, ml');
    expect(nameInputs().map((i) => (i as HTMLInputElement).value)).toEqual([
      'ingest',
      'marts',
      'ml',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Added 3 projects.');
    await waitFor(() => {
      expect(wizardStore.getState().answers.projects.map((p) => p.name)).toEqual([
        'ingest',
        'marts',
        'ml',
      ]);
    });
  });

  it('pastes a single name, or into a filled field, as typing would', async () => {
    const user = start();
    await user.click(screen.getByRole('button', { name: 'Add project' }));
    await user.paste('My Project');
    expect(nameInputs().map((i) => (i as HTMLInputElement).value)).toEqual(['My Project']);
    await user.paste('\nmore');
    expect(nameInputs()).toHaveLength(1);
  });

  it('adds one row per pasted name and says how many', async () => {
    const user = start();
    await user.type(
      screen.getByLabelText('Paste a list of project names'),
      'ingest{Enter}marts, ml',
    );
    await user.click(screen.getByRole('button', { name: 'Add pasted projects' }));
    expect(nameInputs().map((i) => (i as HTMLInputElement).value)).toEqual([
      'ingest',
      'marts',
      'ml',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Added 3 projects.');
  });

  it.each([
    ['a space and capitals', 'My Project'],
    ['a leading digit', '1st'],
    ['a YAML anchor', '&anchor'],
  ])('shows what is allowed for a name with %s and keeps what was typed', async (_, typed) => {
    const user = start();
    await user.click(screen.getByRole('button', { name: 'Add project' }));
    const input = nameInputs()[0];
    if (input === undefined) throw new Error('no row');
    await user.type(input, typed);
    await waitFor(() => {
      expect(input).toHaveAttribute('aria-invalid', 'true');
    });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(NAME_RULE);
    expect(input).toHaveAccessibleDescription(NAME_RULE);
    expect(input).toHaveValue(typed);

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(wizardStore.getState().view).toBe('projects');
    expect(input).toHaveValue(typed);
  });
});

describe('projects table: checking, reordering and suggesting', () => {
  it('flags a duplicate name as soon as it is typed, and lets the user go on once fixed', async () => {
    const user = start();
    await user.type(screen.getByLabelText('Paste a list of project names'), 'ingest');
    await user.click(screen.getByRole('button', { name: 'Add pasted projects' }));
    await user.click(screen.getByRole('button', { name: 'Add project' }));
    const second = nameInputs()[1];
    if (second === undefined) throw new Error('no second row');
    await user.type(second, 'ingest');
    expect(await screen.findByRole('alert')).toHaveTextContent('already used');

    await user.type(second, '-2');
    await waitFor(() => {
      expect(screen.queryByRole('alert')).toBeNull();
    });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => {
      expect(wizardStore.getState().view).toBe('delivery');
    });
    expect(wizardStore.getState().answers.projects.map((p) => p.name)).toEqual([
      'ingest',
      'ingest-2',
    ]);
  });

  it('removes and reorders rows by name', async () => {
    const user = start(EXAMPLES[0].answers);
    expect(nameInputs().map((i) => (i as HTMLInputElement).value)).toEqual([
      'ingest',
      'transform',
      'reporting',
    ]);
    await user.click(screen.getByRole('button', { name: 'Move ingest down' }));
    await user.click(screen.getByRole('button', { name: 'Remove reporting' }));
    expect(nameInputs().map((i) => (i as HTMLInputElement).value)).toEqual(['transform', 'ingest']);
    // Valid edits reach the store (and so the URL and the draft) without pressing Next.
    await waitFor(() => {
      expect(wizardStore.getState().answers.projects.map((p) => p.name)).toEqual([
        'transform',
        'ingest',
      ]);
    });
  });

  it('asks for at least one project', async () => {
    const user = start();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Add at least one project.');
    expect(wizardStore.getState().view).toBe('projects');
  });

  it('offers the teams already used', () => {
    start(EXAMPLES[1].answers);
    const [team] = screen.getAllByRole('combobox', { name: 'Team' });
    const listId = team?.getAttribute('list') ?? '';
    const list = document.getElementById(listId);
    expect(list).not.toBeNull();
    const options = [...(list?.querySelectorAll('option') ?? [])].map((o) => o.value);
    expect(options).toEqual(['platform', 'analytics', 'science']);
  });
});
