// Prints the slowest test files (the suite's time budget is watched on CI), then one closing line,
// "tests: N passed, N failed", that CI reads. With QUORUM_TEST_RESULTS set, also writes each file's
// counts there as JSON, for .ci/run to run a failed file again and combine the two runs.
const { writeFileSync } = require('node:fs');

const SLOWEST = 12;

function fileCounts(results) {
  return results.testResults.map((r) => ({
    path: r.testFilePath,
    passed: r.numPassingTests,
    // A file that could not run (syntax error, a hook that threw) counts as one failure.
    failed: r.numFailingTests + (r.testExecError ? 1 : 0),
  }));
}

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const files = results.testResults
      .map((r) => ({ path: r.testFilePath.replace(`${process.cwd()}/`, ''), ms: r.perfStats.end - r.perfStats.start }))
      .filter((f) => Number.isFinite(f.ms))
      .sort((a, b) => b.ms - a.ms);
    const total = files.reduce((sum, f) => sum + f.ms, 0);
    const lines = files.slice(0, SLOWEST).map((f) => `  ${(f.ms / 1000).toFixed(1).padStart(7)} s  ${f.path}`);
    process.stdout.write(
      `\nslowest test files (of ${files.length}, ${(total / 1000).toFixed(0)} s in all across workers):\n${lines.join('\n')}\n`,
    );
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(`\ntests: ${results.numPassedTests} passed, ${failed} failed\n`);
    if (process.env.QUORUM_TEST_RESULTS)
      writeFileSync(process.env.QUORUM_TEST_RESULTS, JSON.stringify({ files: fileCounts(results), failed }));
  }
}
module.exports = SummaryReporter;
