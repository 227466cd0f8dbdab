import { spawn } from 'node:child_process';

/** ANSI escape sequences: colours, styles, cursor moves. */
// eslint-disable-next-line no-control-regex -- matching the ESC control character is the point
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
/** An escape sequence cut off at the end of a chunk: held until the next chunk completes it. */
// eslint-disable-next-line no-control-regex -- as above
const CUT_SEQUENCE = /\u001b(?:\[[0-9;?]*[ -/]*)?$/;

/** Logs, files and pipes get plain text; a terminal gets the tools' own colours. */
export const plainOutput = !process.stdout.isTTY;

function forwardPlain(from: NodeJS.ReadableStream, to: NodeJS.WriteStream): void {
  let held = '';
  from.setEncoding('utf8');
  from.on('data', (chunk: string) => {
    const text = held + chunk;
    const cut = CUT_SEQUENCE.exec(text);
    held = cut ? cut[0] : '';
    to.write((cut ? text.slice(0, cut.index) : text).replace(ANSI, ''));
  });
  from.on('end', () => held && to.write(held.replace(ANSI, '')));
}

/**
 * Runs a shell command (with `extraEnv` over this process's environment) with its output passed
 * through and resolves to its exit code. When
 * stdout is not a terminal the tools are asked for plain text (NO_COLOR), and the colour some
 * print anyway is stripped: on Node 20, util.styleText (WXT's header) does not look at the stream.
 */
export function runCommand(command: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<number> {
  if (!plainOutput) {
    const child = spawn(command, { shell: true, stdio: 'inherit', env: { ...process.env, ...extraEnv } });
    return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  }
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  const child = spawn(command, { shell: true, stdio: ['inherit', 'pipe', 'pipe'], env });
  forwardPlain(child.stdout, process.stdout);
  forwardPlain(child.stderr, process.stderr);
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}
