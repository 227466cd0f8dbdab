import fs from 'node:fs';
import path from 'node:path';
import { runCommand } from './plain-output';

/**
 * `npm test`: every check CI makes, in order, each step timed. Stops at the first failure.
 * Ends with the tests' tally on one line.
 */
const REPORTS = 'artifacts/test-reports';

const STEPS: { name: string; command: string }[] = [
  { name: 'typecheck', command: 'npm run -s typecheck' },
  { name: 'lint', command: 'npm run -s lint' },
  {
    name: 'unit tests',
    command: `npx vitest run --reporter=default --reporter=json --outputFile=${REPORTS}/unit.json`,
  },
  { name: 'build chrome', command: 'npm run -s build' },
  { name: 'build firefox', command: 'npm run -s build:firefox' },
  { name: 'firefox lint', command: 'npm run -s lint:firefox' },
  { name: 'browser', command: 'npx tsx scripts/ensure-browser.ts' },
  { name: 'build e2e', command: 'npm run -s build:e2e' },
  {
    name: 'e2e tests',
    command: `npx vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile=${REPORTS}/e2e.json`,
  },
];

function tally(file: string): { passed: number; failed: number; skipped: number } {
  try {
    const report = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
    };
    return {
      passed: report.numPassedTests,
      failed: report.numFailedTests,
      skipped: report.numPendingTests + report.numTodoTests,
    };
  } catch {
    return { passed: 0, failed: 0, skipped: 0 };
  }
}

fs.rmSync(REPORTS, { recursive: true, force: true });
fs.mkdirSync(REPORTS, { recursive: true });
const started = Date.now();
let failedStep: string | null = null;
for (const step of STEPS) {
  const t0 = Date.now();
  process.stdout.write(`\n▶ ${step.name}: ${step.command}\n`);
  const status = await runCommand(step.command);
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  process.stdout.write(`${status === 0 ? '✔' : '✘'} ${step.name} (${seconds} s)\n`);
  if (status !== 0) {
    failedStep = step.name;
    break;
  }
}
const totals = ['unit.json', 'e2e.json'].map((f) => tally(path.join(REPORTS, f)));
const passed = totals.reduce((n, t) => n + t.passed, 0);
const failed = totals.reduce((n, t) => n + t.failed, 0);
const skipped = totals.reduce((n, t) => n + t.skipped, 0);
process.stdout.write(`\nall steps took ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.stdout.write(failedStep ? `; stopped at "${failedStep}"\n` : '\n');
process.stdout.write(
  `tests: ${passed} passed, ${failed + (failedStep && failed === 0 ? 1 : 0)} failed, ${skipped} skipped\n`,
);
process.exitCode = failedStep ? 1 : 0;
