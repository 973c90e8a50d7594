/** Sums vitest JSON reports into passed/failed counts for the closing line of `npm test`. */

/** The part of vitest's JSON reporter output that we read. */
export interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  testResults?: { status: string; assertionResults?: { status: string }[] }[];
}

export interface TestTotals {
  passed: number;
  failed: number;
}

/**
 * `null` stands for a run without a report and counts as one failure; so does a test file
 * that failed without any failed test in it (an import or syntax error), and each extra problem.
 */
export function calcTestTotals(runs: (VitestJson | null)[], problems = 0): TestTotals {
  let passed = 0;
  let failed = problems;
  for (const run of runs) {
    if (!run) {
      failed += 1;
      continue;
    }
    passed += run.numPassedTests;
    failed += run.numFailedTests;
    for (const file of run.testResults ?? []) {
      const failedInside = (file.assertionResults ?? []).some((a) => a.status === 'failed');
      if (file.status === 'failed' && !failedInside) failed += 1;
    }
  }
  return { passed, failed };
}
