// Prints the slowest test files (the suite's time budget is watched on CI), then one closing line,
// "tests: N passed, N failed", that CI reads.
const SLOWEST = 12;

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
  }
}
module.exports = SummaryReporter;
