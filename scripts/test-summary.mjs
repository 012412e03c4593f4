#!/usr/bin/env node
// Prints one closing line over both runners, in the plain "N passed, N failed" form CI reads.
import { existsSync, readFileSync } from 'node:fs';

function read(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

const unit = read('reports/unit.json');
const e2e = read('reports/e2e.json');
const unitPassed = unit?.numPassedTests ?? 0;
const unitFailed = unit ? unit.numFailedTests : 0;
const unitSkipped = unit ? unit.numPendingTests + unit.numTodoTests : 0;
const e2ePassed = e2e ? e2e.stats.expected + e2e.stats.flaky : 0;
const e2eFailed = e2e ? e2e.stats.unexpected : 0;
const e2eSkipped = e2e ? e2e.stats.skipped : 0;

console.log(`\nunit (Vitest): ${unitPassed} passed, ${unitFailed} failed, ${unitSkipped} skipped`);
console.log(`e2e (Playwright): ${e2ePassed} passed, ${e2eFailed} failed, ${e2eSkipped} skipped`);
console.log(
  `total: ${unitPassed + e2ePassed} passed, ${unitFailed + e2eFailed} failed, ${unitSkipped + e2eSkipped} skipped`,
);
process.exit(unitFailed + e2eFailed > 0 || !unit || !e2e ? 1 : 0);
