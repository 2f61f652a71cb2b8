import { describe, expect, it } from 'vitest';

import { e2eLine, unitLine } from './closing-lines.mjs';

describe('closing lines of npm test', () => {
  it.each([
    [
      { numPassedTests: 12, numFailedTests: 0, numTotalTests: 12 },
      'unit: 12 passed, 0 failed',
      true,
    ],
    [
      { numPassedTests: 11, numFailedTests: 1, numTotalTests: 12 },
      'unit: 11 passed, 1 failed',
      false,
    ],
    [{ numPassedTests: 0, numFailedTests: 0, numTotalTests: 0 }, 'unit: 0 passed, 0 failed', false],
    [null, 'unit: 0 passed, 1 failed', false],
  ])('unit report %j gives "%s", ok %s', (report, line, ok) => {
    expect(unitLine(report)).toEqual({ line, ok });
  });

  it.each([
    [
      { stats: { expected: 43, unexpected: 0, flaky: 0 } },
      'e2e: 43 passed, 0 failed, 0 flaky',
      true,
    ],
    // Passed on a retry: counted apart from the passes, and the run fails.
    [
      { stats: { expected: 42, unexpected: 0, flaky: 1 } },
      'e2e: 42 passed, 0 failed, 1 flaky',
      false,
    ],
    [
      { stats: { expected: 42, unexpected: 1, flaky: 0 } },
      'e2e: 42 passed, 1 failed, 0 flaky',
      false,
    ],
    [{ stats: { expected: 43, unexpected: 0 } }, 'e2e: 43 passed, 0 failed, 0 flaky', true],
    [
      { stats: { expected: 0, unexpected: 0, flaky: 0 } },
      'e2e: 0 passed, 0 failed, 0 flaky',
      false,
    ],
    [null, 'e2e: 0 passed, 1 failed, 0 flaky', false],
  ])('e2e report %j gives "%s", ok %s', (report, line, ok) => {
    expect(e2eLine(report)).toEqual({ line, ok });
  });
});
