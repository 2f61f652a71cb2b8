// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { EXAMPLES } from '@/domain/questionnaire/examples';
import { decodeShareState } from '@/domain/url-codec/codec';
import { DRAFT_KEY, parseDraft } from '@/store/draft-storage';
import { connectPersistence } from '@/store/persistence';
import { wizardStore } from '@/store/wizard-store';

import { App } from './app';
import { ErrorBoundary } from './error-boundary';
import { loadNoticeItem } from './notices';

/** Set by a test to make the results throw while rendering, as a bug in a section would. */
const crash = vi.hoisted(() => ({ results: false }));

vi.mock('@/app/results/results-view', () => ({
  ResultsView: (props: {
    shareUrl: string;
    onEdit: () => void;
    onChangeAnswers?: (patch: { targets: string[] }) => void;
    focusOnMount?: boolean;
  }) => {
    if (crash.results) throw new Error('results exploded');
    return (
      <section>
        <h2 data-focus-on-mount={String(props.focusOnMount)}>Recommendation</h2>
        <p data-testid="share-url">{props.shareUrl}</p>
        <button type="button" onClick={props.onEdit}>
          Edit answers
        </button>
        <button type="button" onClick={() => props.onChangeAnswers?.({ targets: ['terraform'] })}>
          Also generate Terraform
        </button>
      </section>
    );
  },
}));

const heading = (name: string) => screen.findByRole('heading', { level: 2, name });

describe('app and step navigation', () => {
  // As main.tsx does before rendering a page that opens with notices: their module first.
  beforeAll(async () => {
    await loadNoticeItem();
  });
  beforeEach(() => {
    wizardStore.getState().startOver();
  });
  afterEach(() => {
    cleanup();
  });

  it('opens on the first question, as a heading and a labelled radio group', async () => {
    render(<App notices={[]} />);
    expect(await heading('Plan and platform')).toBeInTheDocument();
    expect(
      screen.getByRole('group', { name: 'Which Dagster+ plan are you on?' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Pro (or Enterprise)' })).toBeChecked();
    expect(screen.getByRole('progressbar', { name: 'Step 1 of 6' })).toHaveAttribute('value', '1');
  });

  it('moves with Next and Back, focusing each heading and keeping the answers', async () => {
    const user = userEvent.setup();
    render(<App notices={[]} />);
    await user.click(await screen.findByRole('radio', { name: 'Starter' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await heading('Projects and teams')).toHaveFocus();
    expect(screen.getByRole('progressbar', { name: 'Step 2 of 6' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await heading('Plan and platform')).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'Starter' })).toBeChecked();
    expect(wizardStore.getState().answers.plan).toBe('starter');
  });

  it('goes from an example through every step to the results and back to edit', async () => {
    const user = userEvent.setup();
    render(<App notices={[]} />);
    await user.click(await screen.findByText('Start from an example scenario'));
    // The examples are a chunk of their own, loaded when the list is opened.
    await user.click(await screen.findByRole('button', { name: 'Example: Regulated team' }));
    expect(await heading('Projects and teams')).toBeInTheDocument();
    expect(screen.getAllByRole('textbox', { name: 'Project name' })).toHaveLength(4);

    for (const next of ['Delivery', 'Compliance and access', 'Compute and load', 'Priorities']) {
      await user.click(screen.getByRole('button', { name: 'Next' }));
      expect(await heading(next)).toBeInTheDocument();
    }
    await user.click(screen.getByRole('button', { name: 'Next: see results' }));
    expect(await heading('Recommendation')).toBeInTheDocument();
    expect(screen.getByTestId('share-url')).toHaveTextContent('p=ledger.finance.aws');
    expect(wizardStore.getState().answers).toEqual(EXAMPLES[2].answers);

    await user.click(screen.getByRole('button', { name: 'Edit answers' }));
    expect(await heading('Plan and platform')).toBeInTheDocument();
    expect(wizardStore.getState().answers).toEqual(EXAMPLES[2].answers);
  });

  it.each([
    ['"See results" asks the results to take the focus', 'priorities', true],
    ['a page that opens on the results leaves the focus alone', 'results', false],
  ] as const)('%s', async (_name, openedOn, focus) => {
    const user = userEvent.setup();
    wizardStore.getState().replaceAnswers(EXAMPLES[0].answers, openedOn);
    render(<App notices={[]} />);
    if (openedOn === 'priorities') {
      await user.click(await screen.findByRole('button', { name: 'Next: see results' }));
    }
    expect(await heading('Recommendation')).toHaveAttribute('data-focus-on-mount', String(focus));
  });

  it('commits a change made on the results (Also generate) to the answers and the share link', async () => {
    const user = userEvent.setup();
    wizardStore.getState().replaceAnswers(EXAMPLES[0].answers, 'results');
    render(<App notices={[]} />);
    expect(await heading('Recommendation')).toBeInTheDocument();
    expect(screen.getByTestId('share-url')).not.toHaveTextContent(/&t=/);
    await user.click(screen.getByRole('button', { name: 'Also generate Terraform' }));
    expect(wizardStore.getState().answers).toEqual({
      ...EXAMPLES[0].answers,
      targets: ['terraform'],
    });
    // The example states the proposed Dagster version: dagster= follows the targets.
    expect(screen.getByTestId('share-url').textContent).toMatch(
      /&cost=[a-z]+&t=terraform&dagster=1\.13\.7$/,
    );
  });

  it('keeps the separated teams a user ticks, and "all" as an empty list', async () => {
    const user = userEvent.setup();
    wizardStore.getState().replaceAnswers(EXAMPLES[1].answers, 'compliance');
    render(<App notices={[]} />);
    const science = await screen.findByRole('checkbox', { name: 'science' });
    expect(science).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'platform' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await heading('Compute and load')).toBeInTheDocument();
    expect(wizardStore.getState().answers.sodTeams).toEqual(['analytics', 'science']);
  });

  it('names the unusable parts of a link in an alert', () => {
    render(
      <App
        notices={[
          {
            kind: 'link-problems',
            problems: [{ key: 'plan', value: 'gold', reason: '`plan=gold` is not a plan.' }],
          },
        ]}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('plan=gold is not a plan.');
  });

  it('offers to restore a draft a link replaced', async () => {
    const user = userEvent.setup();
    render(
      <App notices={[{ kind: 'draft-replaced', draft: EXAMPLES[0].answers, view: 'delivery' }]} />,
    );
    await user.click(screen.getByRole('button', { name: 'Restore my draft' }));
    expect(wizardStore.getState().answers).toEqual(EXAMPLES[0].answers);
    expect(await heading('Delivery')).toBeInTheDocument();
  });
});

describe('error boundary', () => {
  afterEach(() => {
    cleanup();
  });

  it('shows the error and every answer, and loses nothing', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    wizardStore.getState().replaceAnswers(EXAMPLES[3].answers, 'compute');
    let shouldThrow = true;
    const Flaky = () => {
      if (shouldThrow) throw new Error('diagram exploded');
      return <p>All good</p>;
    };
    render(
      <ErrorBoundary>
        <Flaky />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByText('diagram exploded')).toBeInTheDocument();
    const json = screen.getByLabelText<HTMLTextAreaElement>('Your answers as JSON').value;
    expect(JSON.parse(json)).toEqual(EXAMPLES[3].answers);
    expect(
      screen.getByLabelText<HTMLTextAreaElement>('Your answers as a share link').value,
    ).toContain('p=train.science.gpu.hv');

    shouldThrow = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => {
      expect(screen.getByText('All good')).toBeInTheDocument();
    });
    expect(wizardStore.getState().answers).toEqual(EXAMPLES[3].answers);
  });
});

describe('a crash after typing', () => {
  afterEach(() => {
    crash.results = false;
    cleanup();
  });

  it('keeps what was typed in the report, the address and the saved draft, and recovers', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    window.localStorage.clear();
    window.history.replaceState(null, '', '/');
    wizardStore.getState().startOver();
    const disconnect = connectPersistence(wizardStore, window, window.localStorage);
    try {
      const user = userEvent.setup();
      render(<App notices={[]} />);
      await user.click(await screen.findByRole('button', { name: 'Next' }));
      expect(await heading('Projects and teams')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Add project' }));
      await user.keyboard('secret-ledger');
      const team = screen.getByLabelText('Team');
      await user.clear(team);
      await user.type(team, 'treasury');
      for (let i = 0; i < 4; i++) await user.click(screen.getByRole('button', { name: 'Next' }));
      crash.results = true;
      await user.click(screen.getByRole('button', { name: 'Next: see results' }));

      expect(
        await screen.findByRole('heading', { name: 'Something went wrong' }),
      ).toBeInTheDocument();
      expect(screen.getByText('results exploded')).toBeInTheDocument();
      const typed = { name: 'secret-ledger', team: 'treasury' };
      const link = screen.getByLabelText<HTMLTextAreaElement>('Your answers as a share link').value;
      const fromLink = decodeShareState(link.slice(link.indexOf('#') + 1)).answers;
      expect(fromLink.projects[0]).toMatchObject(typed);
      const json = screen.getByLabelText<HTMLTextAreaElement>('Your answers as JSON').value;
      expect(JSON.parse(json)).toMatchObject({ projects: [expect.objectContaining(typed)] });
      // The address and the saved draft hold it too: a reload would bring it back.
      const fromAddress = decodeShareState(window.location.hash.slice(1)).answers;
      expect(fromAddress.projects[0]).toMatchObject(typed);
      const draft = parseDraft(window.localStorage.getItem(DRAFT_KEY) ?? '');
      expect(draft.kind === 'ok' ? draft.answers.projects[0] : null).toMatchObject(typed);

      crash.results = false;
      await user.click(screen.getByRole('button', { name: 'Try again' }));
      expect(await heading('Recommendation')).toBeInTheDocument();
      expect(screen.getByTestId('share-url')).toHaveTextContent('p=secret-ledger.treasury.');
    } finally {
      disconnect();
    }
  });
});
