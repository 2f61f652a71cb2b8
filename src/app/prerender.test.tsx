// @vitest-environment jsdom
import { act, StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { EXAMPLES } from '@/domain/questionnaire/examples';
import { DEFAULT_ANSWERS, NEW_ANSWERS } from '@/domain/questionnaire/schemas';
import type { BootState } from '@/store/boot';

import { App } from './app';
import { matchesFirstScreen } from './first-screen';
import { renderFirstScreen } from './prerender';

describe('prerendered first screen', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('holds the header, step 1 with the default answers checked, and the footer', () => {
    const container = document.createElement('div');
    container.innerHTML = renderFirstScreen();
    expect(container.querySelector('h1')?.textContent).toBe('Isolation Advisor');
    expect(container.querySelector('h2')?.textContent).toBe('Plan and platform');
    const checked = [...container.querySelectorAll<HTMLInputElement>('input[type=radio]')]
      .filter((r) => r.defaultChecked)
      .map((r) => r.id);
    expect(checked).toEqual(['plan-pro', 'agent-k8s']);
    expect(container.querySelector('footer')?.textContent).toContain('nothing you type is sent');
  });

  it('has no inline style or script (the CSP blocks both)', () => {
    const html = renderFirstScreen();
    expect(html).not.toMatch(/\sstyle=|<script|<style|\son[a-z]+=/i);
  });

  it('hydrates without a mismatch and keeps the server nodes', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const recoverable = vi.fn();
    const container = document.createElement('div');
    document.body.append(container);
    container.innerHTML = renderFirstScreen();
    const heading = container.querySelector('h2');
    await act(async () => {
      hydrateRoot(
        container,
        <StrictMode>
          <App notices={[]} />
        </StrictMode>,
        { onRecoverableError: recoverable },
      );
      await Promise.resolve();
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    expect(container.querySelector('h2')).toBe(heading);
  });
});

describe('matchesFirstScreen', () => {
  // A first visit starts from the new-session answers (the proposed Dagster version stated).
  const base: BootState = { answers: NEW_ANSWERS, view: 'platform', notices: [] };
  it.each<[string, boolean, BootState]>([
    ['a first visit', true, base],
    ['an old link on step 1 (no Dagster version)', false, { ...base, answers: DEFAULT_ANSWERS }],
    ['a link or draft on another step', false, { ...base, view: 'delivery' }],
    ['the results', false, { ...base, view: 'results' }],
    ['another plan', false, { ...base, answers: { ...DEFAULT_ANSWERS, plan: 'starter' } }],
    ['projects already entered', false, { ...base, answers: EXAMPLES[0].answers }],
    [
      'a notice to show',
      false,
      { ...base, notices: [{ kind: 'draft-corrupt', raw: '{', reason: 'it is not valid JSON' }] },
    ],
  ])('%s → hydrate: %s', (_, expected, boot) => {
    expect(matchesFirstScreen(boot)).toBe(expected);
  });
});
