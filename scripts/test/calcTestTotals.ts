/** Sums vitest JSON reports into passed/failed counts for the closing line of `npm test`. */

/** The part of vitest's JSON reporter output that we read. */
export interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numTotalTests?: number;
  /** false when the run failed as a whole (a global setup error, no test files found), failed tests or not. */
  success?: boolean;
  testResults?: { status: string; assertionResults?: { status: string }[] }[];
}

export interface TestTotals {
  passed: number;
  failed: number;
}

/**
 * `null` stands for a run without a report and counts as one failure; so does a test file
 * that failed without any failed test in it (an import or syntax error), a run that failed as a
 * whole or ran no test at all (its global setup could not start a server), and each extra problem.
 */
export function calcTestTotals(runs: (VitestJson | null)[], problems = 0): TestTotals {
  let passed = 0;
  let failed = problems;
  for (const run of runs) {
    if (!run) {
      failed += 1;
      continue;
    }
    const before = failed;
    passed += run.numPassedTests;
    failed += run.numFailedTests;
    for (const file of run.testResults ?? []) {
      const failedInside = (file.assertionResults ?? []).some((a) => a.status === 'failed');
      if (file.status === 'failed' && !failedInside) failed += 1;
    }
    if (failed === before && (run.success === false || run.numTotalTests === 0)) failed += 1;
  }
  return { passed, failed };
}
