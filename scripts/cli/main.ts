import { runAnnotate } from './annotate';
import { CliError, parseArgs, type CliArgs } from './args';
import { formatProfileText } from './format-text';
import { parseFile } from './parse-file';
import { runRefs } from './refs';
import { runStoreCommand } from './store-commands';
import { isCommand, usage } from './usage';

function oneFile(args: CliArgs): string {
  const [file, extra] = args.positional;
  if (!file) throw new CliError(`${args.command} needs a file`);
  if (extra) throw new CliError(`${args.command} takes one file`);
  return file;
}

async function run(args: CliArgs): Promise<number> {
  switch (args.command) {
    case 'parse': {
      const profile = await parseFile(oneFile(args), args.url);
      const format = args.format ?? 'json';
      if (format !== 'json' && format !== 'text')
        throw new CliError(`unknown format "${format}" (json or text)`);
      process.stdout.write(
        format === 'json' ? `${JSON.stringify(profile, null, 2)}\n` : `${formatProfileText(profile)}\n`,
      );
      return 0;
    }
    case 'refs':
      return runRefs(args);
    case 'annotate':
      return runAnnotate(args, await parseFile(oneFile(args), args.url));
    case 'add':
    case 'list':
    case 'export':
    case 'import':
      return runStoreCommand(args, parseFile);
    case 'help': {
      const [topic] = args.positional;
      if (topic !== undefined && !isCommand(topic)) throw new CliError(`no command "${topic}"\n${usage()}`);
      process.stdout.write(`${usage(topic ?? null)}\n`);
      return 0;
    }
    default:
      throw new CliError(`unknown command "${args.command}"\n${usage()}`);
  }
}

/**
 * The CLI on an argument list: writes to process.stdout and process.stderr and returns the exit
 * code, so the tests run it in-process; scripts/cli.ts is the process around it.
 */
export async function runCli(argv: string[]): Promise<number> {
  try {
    return await run(parseArgs(argv));
  } catch (error) {
    const message =
      error instanceof CliError
        ? error.message
        : `unexpected error: ${String((error as Error)?.stack ?? error)}`;
    process.stderr.write(`cv-lens: ${message}\n`);
    return error instanceof CliError ? 2 : 1;
  }
}
