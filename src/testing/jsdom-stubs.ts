/**
 * Test set-up for component tests that run in jsdom: stubs the browser APIs jsdom lacks and
 * unmounts what each test rendered. Call `installJsdomStubs()` once at the top level of a test file.
 */
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

/**
 * jsdom's stand-in for `ResizeObserver`: like a browser's, it reports each observed element once
 * soon after `observe` (the charts take their width from that first report); jsdom has no layout,
 * so the size is jsdom's (zero) and never changes.
 */
class ReportOnceResizeObserver {
  readonly #callback: ResizeObserverCallback;
  #observing = true;
  constructor(callback: ResizeObserverCallback) {
    this.#callback = callback;
  }
  observe(target: Element): void {
    queueMicrotask(() => {
      if (!this.#observing) return;
      const entry = { target, contentRect: target.getBoundingClientRect() };
      this.#callback([entry as ResizeObserverEntry], this);
    });
  }
  unobserve(): void {
    // Reports only once anyway.
  }
  disconnect(): void {
    this.#observing = false;
  }
}

/**
 * Registers the hooks every jsdom component test needs: before each test, a `ResizeObserver`
 * stub (jsdom lacks it; a test that unstubs globals does not take it from the next); after each
 * test, Testing Library's `cleanup`.
 */
export const installJsdomStubs = (): void => {
  beforeEach(() => {
    vi.stubGlobal('ResizeObserver', ReportOnceResizeObserver);
  });

  afterEach(() => {
    cleanup();
  });
};
