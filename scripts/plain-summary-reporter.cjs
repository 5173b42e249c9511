// Prints one plain closing line, "tests: N passed, N failed, N skipped", which any CI log reader
// understands. Written at exit so that it comes after Jest's own summary. A suite that could not
// run at all (a syntax error, a missing module) counts as a failure: it hides its tests.
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `tests: ${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped\n`;
    process.once('exit', () => process.stderr.write(line));
  }
}
module.exports = PlainSummaryReporter;
