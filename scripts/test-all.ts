import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { runCommand } from './plain-output';

/**
 * `npm test`: every check CI makes, each step timed. Two lanes run side by side (on two cores a
 * build waits on one core while the type checker or linter holds the other); the training check
 * and the e2e tests, which need the builds and a quiet machine, run after both, one at a time. A failed step stops its lane, and no new
 * step starts anywhere. Each step's output is printed whole when it ends. Ends with the tests'
 * tally on one line.
 */
const REPORTS = 'artifacts/test-reports';

interface Step {
  name: string;
  command: string;
  /** The step builds or runs the e2e tests, which talk to the mock APIs on that port. */
  mockPort?: true;
}

const CHECKS: Step[] = [
  { name: 'typecheck', command: 'npm run -s typecheck' },
  { name: 'lint', command: 'npm run -s lint' },
  {
    name: 'unit tests',
    command: `npx vitest run --reporter=default --reporter=json --outputFile=${REPORTS}/unit.json`,
  },
];
const BUILDS: Step[] = [
  { name: 'build chrome', command: 'npm run -s build' },
  { name: 'build firefox', command: 'npm run -s build:firefox' },
  { name: 'firefox lint', command: 'npm run -s lint:firefox' },
  { name: 'browser', command: 'npx tsx scripts/ensure-browser.ts' },
  { name: 'build e2e', command: 'npm run -s build:e2e', mockPort: true },
];
/**
 * Alone: a check trains into the committed weight files and puts them back, and the type checker,
 * the unit tests, the builds and the e2e tests all read those files.
 */
const LAST: Step[] = [
  { name: 'train reproduces the weights', command: 'npm run -s train -- --check' },
  {
    name: 'e2e tests',
    command: `npx vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile=${REPORTS}/e2e.json`,
    mockPort: true,
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

/** A port nothing listens on now, from the system. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

// The e2e builds ask the mock scholarly APIs on a port fixed at build time: a port of this run's
// own (WXT_SCHOLAR_BASE overrides .env.e2e; the tests read CVLENS_MOCK_PORT), so another run on
// the same machine cannot hold it or answer this run's requests. Given to the e2e steps only:
// the shipped builds must keep the real APIs.
const mockPort = await freePort();
const MOCK_ENV = { CVLENS_MOCK_PORT: String(mockPort), WXT_SCHOLAR_BASE: `http://127.0.0.1:${mockPort}` };

fs.rmSync(REPORTS, { recursive: true, force: true });
fs.mkdirSync(REPORTS, { recursive: true });
const started = Date.now();
let failedStep: string | null = null;

/** Runs the steps in order until one fails or another lane's step has failed. */
async function runLane(steps: Step[]): Promise<void> {
  for (const step of steps) {
    if (failedStep) return;
    const t0 = Date.now();
    const output: string[] = [];
    const status = await runCommand(step.command, step.mockPort ? MOCK_ENV : {}, {
      write: (text: string) => output.push(text),
    });
    const seconds = ((Date.now() - t0) / 1000).toFixed(1);
    process.stdout.write(`\n▶ ${step.name}: ${step.command}\n${output.join('')}`);
    process.stdout.write(`${status === 0 ? '✔' : '✘'} ${step.name} (${seconds} s)\n`);
    if (status !== 0) failedStep ??= step.name;
  }
}

await Promise.all([runLane(CHECKS), runLane(BUILDS)]);
await runLane(LAST);
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
