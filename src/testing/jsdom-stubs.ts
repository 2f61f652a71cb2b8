/**
 * Test set-up for component tests that run in jsdom: stubs the browser APIs jsdom lacks and
 * unmounts what each test rendered. Call `installJsdomStubs()` once at the top level of a test file.
 */
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, vi } from 'vitest';

/**
 * Registers the hooks every jsdom component test needs: before all tests, a `ResizeObserver`
 * stub (recharts' ResponsiveContainer measures with it, and jsdom lacks it); after each test,
 * Testing Library's `cleanup`.
 */
export const installJsdomStubs = (): void => {
  beforeAll(() => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe = vi.fn();
        unobserve = vi.fn();
        disconnect = vi.fn();
      },
    );
  });

  afterEach(() => {
    cleanup();
  });
};
