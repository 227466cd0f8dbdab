import { spawn } from 'node:child_process';

/** ANSI escape sequences: colours, styles, cursor moves. */
// eslint-disable-next-line no-control-regex -- matching the ESC control character is the point
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
/** An escape sequence cut off at the end of a chunk: held until the next chunk completes it. */
// eslint-disable-next-line no-control-regex -- as above
const CUT_SEQUENCE = /\u001b(?:\[[0-9;?]*[ -/]*)?$/;

/** Logs, files and pipes get plain text; a terminal gets the tools' own colours. */
export const plainOutput = !process.stdout.isTTY;

/** Where a command's output goes: this process's own streams, or one text sink for both. */
interface Sink {
  write: (text: string) => unknown;
}

function forwardPlain(from: NodeJS.ReadableStream, to: Sink, plain: boolean): void {
  let held = '';
  from.setEncoding('utf8');
  from.on('data', (chunk: string) => {
    if (!plain) {
      to.write(chunk);
      return;
    }
    const text = held + chunk;
    const cut = CUT_SEQUENCE.exec(text);
    held = cut ? cut[0] : '';
    to.write((cut ? text.slice(0, cut.index) : text).replace(ANSI, ''));
  });
  from.on('end', () => held && to.write(held.replace(ANSI, '')));
}

/**
 * Runs a shell command (with `extraEnv` over this process's environment) and resolves to its exit
 * code. Its output goes to this process's stdout and stderr, or all of it to `sink` when given
 * (commands run side by side print whole, not interleaved). When stdout is not a terminal the tools
 * are asked for plain text (NO_COLOR), and the colour some print anyway is stripped: on Node 20,
 * util.styleText (WXT's header) does not look at the stream.
 */
export function runCommand(command: string, extraEnv: NodeJS.ProcessEnv = {}, sink?: Sink): Promise<number> {
  if (!plainOutput && !sink) {
    const child = spawn(command, { shell: true, stdio: 'inherit', env: { ...process.env, ...extraEnv } });
    return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  }
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv };
  if (plainOutput) {
    env.NO_COLOR = '1';
    delete env.FORCE_COLOR;
  }
  const child = spawn(command, { shell: true, stdio: ['inherit', 'pipe', 'pipe'], env });
  forwardPlain(child.stdout, sink ?? process.stdout, plainOutput);
  forwardPlain(child.stderr, sink ?? process.stderr, plainOutput);
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}
