import os from 'node:os';
import path from 'node:path';

/** Options shared by every CLI command. */
export interface CliArgs {
  command: string;
  positional: string[];
  format: string | null;
  data: string;
  candidate: string | null;
  /** The page's own address (--url): relative links resolve against it, and the store records it. */
  url: string | null;
}

/** An error the CLI reports as one line on stderr with a non-zero exit. */
export class CliError extends Error {}

function defaultDataDir(): string {
  const base =
    process.env.XDG_DATA_HOME ??
    (process.platform === 'darwin'
      ? path.join(os.homedir(), 'Library/Application Support')
      : process.platform === 'win32'
        ? (process.env.APPDATA ?? os.homedir())
        : path.join(os.homedir(), '.local/share'));
  return path.join(base, 'cv-lens');
}

/** An http(s) address, as --url takes it. */
function pageAddress(text: string): string {
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw new CliError(`--url needs an http(s) address, not "${text}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new CliError(`--url needs an http(s) address, not "${text}"`);
  return parsed.href;
}

/**
 * The argument list as a command and its options. `--help` (or `-h`) anywhere asks for the
 * command's help: it becomes `help <command>`, whatever else the line holds.
 */
export function parseArgs(argv: string[]): CliArgs {
  const [first = 'help', ...others] = argv;
  const asksHelp = (arg: string): boolean => arg === '--help' || arg === '-h';
  if (asksHelp(first)) return parseArgs(['help', ...others.filter((a) => !asksHelp(a))]);
  if (others.some(asksHelp)) return parseArgs(['help', first]);
  const command = first;
  const rest = others;
  const positional: string[] = [];
  let format: string | null = null;
  let data = defaultDataDir();
  let candidate: string | null = null;
  let url: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = (): string => {
      const next = rest[++i];
      if (next === undefined) throw new CliError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--format') format = value();
    else if (arg === '--data') data = path.resolve(value());
    else if (arg === '--candidate') candidate = value();
    else if (arg === '--url') url = pageAddress(value());
    else if (arg.startsWith('--')) throw new CliError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  return { command, positional, format, data, candidate, url };
}
