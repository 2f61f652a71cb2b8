// The closing lines `npm test` prints (CI reads them) from the test runners' JSON reports, and
// whether each runner passed. Pure, so scripts/closing-lines.test.mjs can check every case.

/** `unit: N passed, N failed` from Vitest's JSON report (null: no report was written). */
export function unitLine(report) {
  if (report === null) return { line: 'unit: 0 passed, 1 failed', ok: false };
  const { numPassedTests: passed, numFailedTests: failed, numTotalTests: total } = report;
  return { line: `unit: ${passed} passed, ${failed} failed`, ok: failed === 0 && total > 0 };
}

/**
 * `e2e: N passed, N failed, N flaky` from Playwright's JSON report (null: no report). Passed at
 * the first try, failed every try, passed only on a retry: a flaky test fails the run.
 */
export function e2eLine(report) {
  if (!report?.stats) return { line: 'e2e: 0 passed, 1 failed, 0 flaky', ok: false };
  const { expected: passed, unexpected: failed, flaky = 0 } = report.stats;
  return {
    line: `e2e: ${passed} passed, ${failed} failed, ${flaky} flaky`,
    ok: failed === 0 && flaky === 0 && passed > 0,
  };
}
