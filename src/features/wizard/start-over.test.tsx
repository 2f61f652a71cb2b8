// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { EXAMPLES } from '@/domain/questionnaire/examples';
import { NEW_ANSWERS, type Answers } from '@/domain/questionnaire/schemas';
import type { StepId } from '@/domain/questionnaire/step-order';
import { useWizardStore, wizardStore } from '@/store/wizard-store';

import { WizardRoute } from './wizard-route';

const EXAMPLE: Answers = EXAMPLES[2].answers;

const Harness = () => {
  const view = useWizardStore((s) => s.view);
  return view === 'results' || view === 'import' ? null : <WizardRoute stepId={view} />;
};

const open = (answers: Answers = EXAMPLE, view: StepId = 'delivery') => {
  wizardStore.getState().replaceAnswers(answers, view);
  render(<Harness />);
  return userEvent.setup();
};

const heading = (name: string) => screen.findByRole('heading', { level: 2, name });

describe('Start over', () => {
  beforeEach(() => {
    wizardStore.getState().startOver();
  });
  afterEach(() => {
    cleanup();
  });

  it('is not offered while the answers are those of a new session', async () => {
    open(NEW_ANSWERS, 'platform');
    await heading('Plan and platform');
    expect(screen.queryByRole('button', { name: 'Start over' })).toBeNull();
  });

  it('asks first, and "Keep my answers" keeps them with the focus back on Start over', async () => {
    const user = open();
    await heading('Delivery');
    await user.click(await screen.findByRole('button', { name: 'Start over' }));
    const question = screen.getByRole('group', {
      name: 'Clear every answer and go back to step 1?',
    });
    expect(question).toBeVisible();
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Keep my answers' })).toHaveFocus();
    });
    await user.click(screen.getByRole('button', { name: 'Keep my answers' }));
    expect(wizardStore.getState().answers).toEqual(EXAMPLE);
    expect(wizardStore.getState().view).toBe('delivery');
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Start over' })).toHaveFocus();
    });
  });

  it('Escape while it asks keeps the answers', async () => {
    const user = open();
    await user.click(await screen.findByRole('button', { name: 'Start over' }));
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Keep my answers' })).toHaveFocus();
    });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /^Clear every answer/ })).toBeNull();
    expect(wizardStore.getState().answers).toEqual(EXAMPLE);
  });

  it('clears every answer, shows step 1, and Undo brings the answers and the step back', async () => {
    const user = open();
    await heading('Delivery');
    await user.click(await screen.findByRole('button', { name: 'Start over' }));
    await user.click(screen.getByRole('button', { name: 'Clear answers' }));

    expect(wizardStore.getState().answers).toEqual(NEW_ANSWERS);
    expect(await heading('Plan and platform')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Answers cleared.');
    const undo = screen.getByRole('button', { name: 'Undo' });
    await waitFor(() => {
      expect(undo).toHaveFocus();
    });

    await user.click(undo);
    expect(wizardStore.getState().answers).toEqual(EXAMPLE);
    expect(await heading('Delivery')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('answering again ends the offer to undo', async () => {
    const user = open();
    await user.click(await screen.findByRole('button', { name: 'Start over' }));
    await user.click(screen.getByRole('button', { name: 'Clear answers' }));
    await heading('Plan and platform');
    await user.click(screen.getByRole('radio', { name: 'Starter' }));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Start over' })).toBeVisible();
  });
});

describe('the step indicator', () => {
  beforeEach(() => {
    wizardStore.getState().startOver();
  });
  afterEach(() => {
    cleanup();
  });

  it('says which steps are completed, and not the one on screen', async () => {
    open(EXAMPLE, 'compliance');
    await heading('Compliance and access');
    const nav = screen.getByRole('navigation', { name: 'Wizard steps' });
    const names = [...nav.querySelectorAll('button')].map((b) => b.textContent);
    expect(names).toEqual([
      '✓Plan and platform, completed',
      '✓Projects and teams, completed',
      '✓Delivery, completed',
      '4Compliance and access',
      '✓Compute and load, completed',
      '✓Priorities, completed',
    ]);
    expect(screen.getByRole('button', { name: 'Delivery, completed' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Compliance and access' })).toHaveAttribute(
      'aria-current',
      'step',
    );
  });

  it('marks nothing on a first visit, and step 1 once it is passed', async () => {
    const user = open(NEW_ANSWERS, 'platform');
    await heading('Plan and platform');
    expect(screen.queryAllByRole('button', { name: /, completed$/ })).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await heading('Projects and teams');
    expect(
      screen.getAllByRole('button', { name: /, completed$/ }).map((b) => b.textContent),
    ).toEqual(['✓Plan and platform, completed']);
  });
});
