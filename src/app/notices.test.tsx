// @vitest-environment jsdom
/**
 * Arrival notices (notices.tsx) live in a module of their own (notice-item.tsx), which the first
 * screen never loads: main.tsx loads it before rendering a page that opens with notices; rendered
 * without it, the notices still show once it has loaded.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { loadNoticeItem, Notices } from './notices';

afterEach(cleanup);

const LINK_PROBLEM = {
  kind: 'link-problems',
  problems: [{ key: 'plan', value: 'gold', reason: '`plan=gold` is not a plan.' }],
} as const;

describe('arrival notices', () => {
  it('load their module themselves when it was not loaded first, then show', async () => {
    render(<Notices notices={[LINK_PROBLEM]} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await screen.findByRole('alert')).toHaveTextContent('plan=gold is not a plan.');
  });

  it('show with the first render once main.tsx has loaded their module', async () => {
    await loadNoticeItem();
    render(<Notices notices={[LINK_PROBLEM]} />);
    expect(screen.getByRole('alert')).toHaveTextContent('plan=gold is not a plan.');
  });

  it('need nothing loaded when there is no notice', () => {
    const { container } = render(<Notices notices={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
