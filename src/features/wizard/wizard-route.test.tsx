// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Fresh modules per test: which chunks are loaded is module state. */
const setUp = async () => {
  vi.resetModules();
  const { WizardRoute } = await import('./wizard-route');
  const { loadWizard, loadedWizard } = await import('./load-wizard');
  const { useWizardStore, wizardStore } = await import('@/store/wizard-store');
  const Harness = () => {
    const view = useWizardStore((s) => s.view);
    return view === 'results' || view === 'import' ? null : <WizardRoute stepId={view} />;
  };
  render(<Harness />);
  return { user: userEvent.setup(), loadWizard, loadedWizard, wizardStore };
};

const heading = (name: string) => screen.findByRole('heading', { level: 2, name });

describe('wizard route: step 1 first, the rest on demand', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => {
    cleanup();
  });

  it('shows step 1 with the stored answers checked, without loading the other steps', async () => {
    const { loadedWizard } = await setUp();
    expect(screen.getByRole('heading', { level: 2, name: 'Plan and platform' })).toBeVisible();
    expect(screen.getByRole('radio', { name: 'Pro (or Enterprise)' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Kubernetes' })).toBeChecked();
    expect(loadedWizard()).toBeNull();
  });

  it.each([
    ['plan', 'Starter', 'starter'],
    ['agent', 'Amazon ECS', 'ecs'],
  ] as const)('stores a %s change at once (%s)', async (key, label, value) => {
    const { user, wizardStore } = await setUp();
    await user.click(screen.getByRole('radio', { name: label }));
    expect(wizardStore.getState().answers[key]).toBe(value);
    expect(screen.getByRole('radio', { name: label })).toBeChecked();
  });

  it('loads the other steps on Next, focuses their heading and keeps step 1 on Back', async () => {
    const { user, wizardStore } = await setUp();
    await user.click(screen.getByRole('radio', { name: 'Docker' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await heading('Projects and teams')).toHaveFocus();
    expect(wizardStore.getState().view).toBe('projects');

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await heading('Plan and platform')).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'Docker' })).toBeChecked();
  });

  it('shows a prefetched step in the same render: no loading message, focus on its heading', async () => {
    const { user, loadWizard, loadedWizard } = await setUp();
    await loadWizard();
    expect(loadedWizard()).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.queryByText('Loading the step…')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Projects and teams' })).toHaveFocus();
  });

  it('lets a failed load be retried', async () => {
    vi.resetModules();
    vi.doMock('./wizard', () => Promise.reject(new Error('offline')));
    const { loadWizard } = await import('./load-wizard');
    await expect(loadWizard()).rejects.toThrow();
    vi.doUnmock('./wizard');
    await expect(loadWizard()).resolves.toBeTypeOf('function');
  });
});
