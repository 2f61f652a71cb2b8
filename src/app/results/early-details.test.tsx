// @vitest-environment jsdom
/**
 * On a link whose recommendation was painted before React (src/app/early), the results' details
 * need not wait for React's own first paint: they are fetched when the results view's module runs,
 * right after that paint, and draw in React's first render with the top.
 */
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { PERSONAS } from '@/domain/__fixtures__/personas';
import { encodeShareState } from '@/domain/url-codec/codec';
import { installJsdomStubs } from '@/testing/jsdom-stubs';

import { EARLY_ATTRIBUTE, paintResults } from '../early/paint-results';

installJsdomStubs();
/** The prerendered first screen, which the early paint replaces. */
const firstScreen = (): void => {
  document.body.innerHTML =
    '<div id="root"><main id="main"><p>step 1</p></main><footer class="app-footer"></footer></div>';
  window.localStorage.clear();
};
afterEach(() => {
  document.body.innerHTML = '';
  vi.resetModules();
});

/** A fresh results view module, evaluated on the page as it is now, and its details' module. */
const freshModules = async () => {
  vi.resetModules();
  const view = await import('./results-view');
  // The same module instance the view fetches, once it has run.
  await import('./results-details');
  await Promise.resolve();
  return view;
};

describe('the details of an early-painted link', () => {
  it('are looked for by the attribute the early paint sets', async () => {
    firstScreen();
    const { EARLY_PAINT_SELECTOR } = await freshModules();
    expect(document.querySelector(EARLY_PAINT_SELECTOR)).toBeNull();
    const hash = `#${encodeShareState(PERSONAS.twoClouds)}`;
    expect(paintResults(hash, document, window.localStorage).painted).toBe(true);
    expect(document.querySelector(EARLY_PAINT_SELECTOR)?.hasAttribute(EARLY_ATTRIBUTE)).toBe(true);
  });

  it.each([
    ['painted before React', true, 'Topology'],
    ['not painted before React', false, null],
  ])(
    'a link %s: the first render shows the topology with the ranking: %s',
    async (_, painted, heading) => {
      const answers = PERSONAS.regulatedTeam;
      firstScreen();
      if (painted) paintResults(`#${encodeShareState(answers)}`, document, window.localStorage);
      const { ResultsView } = await freshModules();
      document.body.innerHTML = '';
      render(<ResultsView answers={answers} shareUrl="https://example.test/#x" onEdit={vi.fn()} />);
      // Synchronously after the first render: nothing has waited for a frame or a timer.
      expect(screen.getByRole('heading', { level: 2, name: 'Ranking' })).toBeInTheDocument();
      expect(
        screen.queryByRole('heading', { level: 2, name: 'Topology' })?.textContent ?? null,
      ).toBe(heading);
    },
  );
});
