import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../tests/support/free-port';
import { runCommand } from './plain-output';

/**
 * `npm test`: every check CI makes, each step timed. Two lanes run side by side: the checks (unit
 * tests, type checker, linter, then the training check, which writes nothing and refits only when
 * the inputs or weights differ from those `npm run train` recorded) in one, the builds, the e2e
 * tests and the Firefox lint in the other, so the e2e tests, which wait on the browsers much of the
 * time, start as soon as their build is done instead of after every check. A failed
 * step stops its lane, and no new step starts anywhere. Each step's output is printed whole when
 * it ends, with its wall time and the CPU time it and its children used (the wall times of steps
 * sharing two cores with other work say little alone). Ends with the tests' tally on one line.
 * The CPU time counts the processes the step waited for: Chromium leaves its renderers and helpers
 * to the system when it closes, so the e2e step's figure is about half its true CPU (about 350 s,
 * counted with a subreaper outside npm test).
 */
const REPORTS = 'artifacts/test-reports';

interface Step {
  name: string;
  command: string;
}

// The e2e builds ask the mock scholarly APIs at an address fixed at build time (WXT_SCHOLAR_BASE
// overrides .env.e2e's): here a free port of this run's own, where nothing listens. Each e2e file
// that needs the APIs starts its own mock and points its browser there (the files run side by
// side); the rest find every look-up refused, whatever else runs on the machine. Given to the e2e
// builds only: the shipped builds must keep the real APIs.
const E2E_SCHOLAR_BASE = `http://127.0.0.1:${await freePort()}`;

/**
 * The steps run the package's tools as `npm run` does, by name from node_modules/.bin (put first on
 * the PATH each step gets), but without npm or npx in between: each of those is a Node of its own
 * that loads npm's CLI to start one command, about 0.6 s of CPU a step (eight steps).
 */
const BIN = path.resolve('node_modules/.bin');
const SCRIPTS = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> })
  .scripts;

/** package.json's script `name`, as the shell command `npm run -s name` would run. */
function packageScript(name: string): string {
  const command = SCRIPTS[name];
  if (command === undefined) throw new Error(`package.json has no script "${name}"`);
  return oneNode(command);
}

/**
 * `tsx FILE …` as one Node with tsx's loader: the tsx command starts Node only to start a second
 * one with the loader (about 0.4 s of CPU more); the script runs the same either way.
 */
function oneNode(command: string): string {
  return command.replace(/^tsx /, 'node --import tsx ');
}

/**
 * With the parity check sampled (tests/e2e/parity.ts) the e2e stage no longer outlasts the checks
 * alone: started once its build is done, beside the unit tests (none timed out in four runs on the
 * loaded machine), with the Firefox lint, which the e2e tests do not need, after it, the two lanes
 * end together (speed-r29: 237 and 240 s; with e2e waiting for the unit tests and the Firefox lint
 * before it, e2e started 28–37 s after its build).
 */
const CHECKS: Step[] = [
  {
    name: 'unit tests',
    command: `vitest run --reporter=default --reporter=json --outputFile=${REPORTS}/unit.json`,
  },
  { name: 'typecheck', command: packageScript('typecheck') },
  { name: 'lint', command: packageScript('lint') },
  { name: 'train reproduces the weights', command: `${packageScript('train')} --check` },
];
const BUILDS: Step[] = [
  { name: 'browser', command: oneNode('tsx scripts/ensure-browser.ts') },
  // The shipped Chrome and Firefox builds and the two e2e builds, in one process (scripts/build/test-builds.ts).
  { name: 'builds', command: oneNode(`tsx scripts/build/test-builds.ts ${E2E_SCHOLAR_BASE}`) },
  {
    name: 'e2e tests',
    command: `vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile=${REPORTS}/e2e.json`,
  },
  { name: 'firefox lint', command: packageScript('lint:firefox') },
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

const TIMES_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'cvlens-test-times-'));
fs.rmSync(REPORTS, { recursive: true, force: true });
fs.mkdirSync(REPORTS, { recursive: true });
const started = Date.now();
let failedStep: string | null = null;

/**
 * The command, then the shell's `times` (user and system CPU of the shell's waited-for children and
 * their descendants) written to `timesFile`, keeping the command's exit status.
 */
function timed(command: string, timesFile: string): string {
  return `{\n${command}\n}; status=$?; times > '${timesFile}'; exit $status`;
}

/** Every step's CPU seconds so far: over two cores, half of it is the least wall time npm test can take. */
let totalCpu = 0;

/** CPU seconds from `times`' second line ("0m12.34s 0m1.20s": the children's user and system). */
function childCpu(timesFile: string): string {
  const lines = fs.existsSync(timesFile) ? fs.readFileSync(timesFile, 'utf8').trim().split('\n') : [];
  const [user, sys] = [...(lines[1] ?? '').matchAll(/(\d+)m([\d.]+)s/g)].map(
    (m) => Number(m[1]) * 60 + Number(m[2]),
  );
  if (user === undefined || sys === undefined) return 'CPU unknown';
  totalCpu += user + sys;
  return `${user.toFixed(1)} s user + ${sys.toFixed(1)} s sys`;
}

/** Runs the steps in order until one fails or another lane's step has failed. */
async function runLane(steps: Step[]): Promise<void> {
  for (const step of steps) {
    if (failedStep) return;
    const t0 = Date.now();
    const output: string[] = [];
    const timesFile = path.join(TIMES_DIR, `${step.name.replaceAll(' ', '-')}.txt`);
    const status = await runCommand(
      timed(step.command, timesFile),
      { PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ''}` },
      {
        write: (text: string) => output.push(text),
      },
    );
    const seconds = ((Date.now() - t0) / 1000).toFixed(1);
    process.stdout.write(`\n▶ ${step.name}: ${step.command}\n${output.join('')}`);
    process.stdout.write(
      `${status === 0 ? '✔' : '✘'} ${step.name} (${seconds} s wall, ${childCpu(timesFile)})\n`,
    );
    if (status !== 0) failedStep ??= step.name;
  }
}

await Promise.all([runLane(CHECKS), runLane(BUILDS)]);
fs.rmSync(TIMES_DIR, { recursive: true, force: true });
const totals = ['unit.json', 'e2e.json'].map((f) => tally(path.join(REPORTS, f)));
const passed = totals.reduce((n, t) => n + t.passed, 0);
const failed = totals.reduce((n, t) => n + t.failed, 0);
const skipped = totals.reduce((n, t) => n + t.skipped, 0);
process.stdout.write(
  `\nall steps took ${((Date.now() - started) / 1000).toFixed(1)} s wall, ${totalCpu.toFixed(1)} s CPU (processes waited for; Chromium's renderers uncounted)`,
);
process.stdout.write(failedStep ? `; stopped at "${failedStep}"\n` : '\n');
process.stdout.write(
  `tests: ${passed} passed, ${failed + (failedStep && failed === 0 ? 1 : 0)} failed, ${skipped} skipped\n`,
);
process.exitCode = failedStep ? 1 : 0;
