// Prints jest's totals as one plain line ("N passed, N failed, N skipped") so CI logs state what ran.
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests + results.numTodoTests} skipped`;
    process.stdout.write(`\n${line}\n`);
  }
}
module.exports = PlainSummaryReporter;
