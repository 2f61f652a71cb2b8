// @vitest-environment jsdom
/**
 * The Dagster version on the delivery step: labelled, proposing the newest confirmed release,
 * validated (a wrong value shows why and never reaches the answers or the link), and empty for
 * "not stated".
 */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import axe from 'axe-core';

import { EXAMPLES } from '@/domain/questionnaire/examples';
import { DEFAULT_ANSWERS, type Answers } from '@/domain/questionnaire/schemas';
import { encodeShareState } from '@/domain/url-codec/encode';
import { DAGSTER_VERSION_RULE, PROPOSED_DAGSTER_VERSION } from '@/domain/versions/release';
import { wizardStore } from '@/store/wizard-store';

import { WizardRoute } from './wizard-route';

const field = () => screen.getByRole('combobox', { name: 'Dagster version' });

const openDelivery = async (answers: Answers = EXAMPLES[0].answers) => {
  wizardStore.getState().replaceAnswers(answers, 'delivery');
  const view = render(<WizardRoute stepId="delivery" />);
  await screen.findByRole('heading', { level: 2, name: 'Delivery' });
  return view;
};

describe('the Dagster version field', () => {
  beforeEach(() => {
    window.sessionStorage.clear();
  });
  afterEach(() => {
    cleanup();
    wizardStore.getState().startOver();
  });

  it('is labelled, proposes the newest confirmed release and says what a version changes', async () => {
    await openDelivery();
    expect(field()).toHaveValue(PROPOSED_DAGSTER_VERSION);
    expect(field()).toHaveAccessibleDescription(/1\.12\.11 dg project files and dg plus deploy/);
    const options = [...document.querySelectorAll('datalist option')].map((o) =>
      o.getAttribute('value'),
    );
    expect(options).toEqual([PROPOSED_DAGSTER_VERSION]);
  });

  it('commits a release typed, and empty as not stated', async () => {
    const user = userEvent.setup();
    await openDelivery();
    await user.clear(field());
    expect(wizardStore.getState().answers.dagsterVersion).toBeNull();
    expect(encodeShareState(wizardStore.getState().answers)).not.toContain('dagster=');
    await user.type(field(), '1.12.9');
    expect(wizardStore.getState().answers.dagsterVersion).toBe('1.12.9');
    expect(encodeShareState(wizardStore.getState().answers)).toContain('&dagster=1.12.9');
  });

  it.each(['1.12', 'v1.12.9', '1.012.9', 'latest'])(
    'says why %s is not a release and keeps it out of the answers',
    async (typed) => {
      const user = userEvent.setup();
      await openDelivery();
      await user.clear(field());
      await user.type(field(), typed);
      expect(await screen.findByText(DAGSTER_VERSION_RULE)).toBeInTheDocument();
      expect(field()).toHaveAttribute('aria-invalid', 'true');
      expect(wizardStore.getState().answers.dagsterVersion).toBeNull();
      await user.click(screen.getByRole('button', { name: 'Next' }));
      expect(wizardStore.getState().view).toBe('delivery');
    },
  );

  it('shows an old link (no version stated) as empty, not as the proposal', async () => {
    await openDelivery({ ...EXAMPLES[0].answers, dagsterVersion: null });
    expect(field()).toHaveValue('');
    expect(wizardStore.getState().answers.dagsterVersion).toBeNull();
  });

  it('has no axe violations', async () => {
    const { container } = await openDelivery({
      ...DEFAULT_ANSWERS,
      projects: EXAMPLES[0].answers.projects,
    });
    const result = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
