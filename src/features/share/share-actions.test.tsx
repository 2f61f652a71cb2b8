// @vitest-environment jsdom
/**
 * When the clipboard refuses, the link's field is focused and selected in the very commit that
 * shows it: a person (or a screen reader) never meets the field without focus, and nothing that
 * watches the page can see it unfocused (a focus set a task later made a results test flaky on a
 * loaded 2-core machine).
 */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { ShareActions } from './share-actions';

afterEach(cleanup);

const URL_TO_SHARE = 'https://advisor.example/#v=1&p=ingest';

describe('ShareActions when copying is refused', () => {
  it('shows the link focused and selected as soon as the field is on the page', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockRejectedValue(new Error('denied'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { container } = render(<ShareActions shareUrl={URL_TO_SHARE} onEdit={() => undefined} />);
    // Looks at focus when the field is added (a microtask after React's commit).
    const seen: { focused: boolean; selected: string }[] = [];
    const observer = new MutationObserver(() => {
      const field = container.querySelector('input');
      if (field !== null && seen.length === 0) {
        seen.push({
          focused: document.activeElement === field,
          selected: field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0),
        });
      }
    });
    observer.observe(container, { childList: true, subtree: true });
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    const field = await screen.findByRole('textbox', { name: 'Share link' });
    observer.disconnect();
    expect(seen).toEqual([{ focused: true, selected: URL_TO_SHARE }]);
    expect(field).toHaveFocus();
  });
});
