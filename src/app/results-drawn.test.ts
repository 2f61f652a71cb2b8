import { beforeEach, describe, expect, it, vi } from 'vitest';

import type * as ResultsDrawn from './results-drawn';

type Module = typeof ResultsDrawn;

// The module keeps one flag for the page: each case loads a fresh copy.
let drawnModule: Module;
beforeEach(async () => {
  vi.resetModules();
  drawnModule = await import('./results-drawn');
});

describe('onResultsDrawn', () => {
  it.each([
    { waitersBefore: 1, waitersAfter: 0 },
    { waitersBefore: 3, waitersAfter: 0 },
    { waitersBefore: 0, waitersAfter: 2 },
    { waitersBefore: 2, waitersAfter: 2 },
  ])(
    '$waitersBefore waiting before the results are drawn, $waitersAfter asking after: each runs once, none before',
    ({ waitersBefore, waitersAfter }) => {
      const { markResultsDrawn, onResultsDrawn } = drawnModule;
      const before = Array.from({ length: waitersBefore }, () => vi.fn());
      for (const run of before) onResultsDrawn(run);
      for (const run of before) expect(run).not.toHaveBeenCalled();

      markResultsDrawn();
      markResultsDrawn(); // drawn again (a second results view): nothing runs twice
      const after = Array.from({ length: waitersAfter }, () => vi.fn());
      for (const run of after) onResultsDrawn(run);
      markResultsDrawn();

      for (const run of [...before, ...after]) expect(run).toHaveBeenCalledTimes(1);
    },
  );
});
