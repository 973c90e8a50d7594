import { describe, expect, it } from 'vitest';
import { calcTestTotals, type VitestJson } from './calcTestTotals';

const run = (passed: number, failed: number, files: VitestJson['testResults'] = []): VitestJson => ({
  numPassedTests: passed,
  numFailedTests: failed,
  testResults: files,
});

describe('calcTestTotals', () => {
  it('sums passed and failed tests over runs', () => {
    expect(calcTestTotals([run(3, 1), run(2, 0)])).toEqual({ passed: 5, failed: 1 });
  });
  it('counts a run without a report as one failure', () => {
    expect(calcTestTotals([run(3, 0), null])).toEqual({ passed: 3, failed: 1 });
  });
  it('counts a test file that failed to load as one failure', () => {
    const files = [{ status: 'failed', assertionResults: [] }, { status: 'passed', assertionResults: [{ status: 'passed' }] }];
    expect(calcTestTotals([run(1, 0, files)])).toEqual({ passed: 1, failed: 1 });
  });
  it('does not count a file twice when its failed tests are already counted', () => {
    const files = [{ status: 'failed', assertionResults: [{ status: 'failed' }, { status: 'passed' }] }];
    expect(calcTestTotals([run(1, 1, files)])).toEqual({ passed: 1, failed: 1 });
  });
  it('adds named problems as failures', () => {
    expect(calcTestTotals([run(2, 0)], 2)).toEqual({ passed: 2, failed: 2 });
  });
  it('counts a run that failed as a whole, or ran nothing, as one failure (a browser run whose server could not start)', () => {
    expect(calcTestTotals([run(3, 0), { ...run(0, 0), numTotalTests: 0, success: false }])).toEqual({ passed: 3, failed: 1 });
    expect(calcTestTotals([run(3, 0), { ...run(0, 0), numTotalTests: 0 }])).toEqual({ passed: 3, failed: 1 });
    expect(calcTestTotals([{ ...run(2, 1), success: false }])).toEqual({ passed: 2, failed: 1 });
  });
});
