import { CliError, parseArgs, type CliArgs } from './args';
import { isCommand, usage } from './usage';

// The commands' modules are imported when their command runs: the reader, pdf.js and the scholar
// client are about 2 s of CPU to load, which help, a refused argument and a missing file need not
// pay (parse-file.ts reads the file before it loads the reader).

function oneFile(args: CliArgs): string {
  const [file, extra] = args.positional;
  if (!file) throw new CliError(`${args.command} needs a file`);
  if (extra) throw new CliError(`${args.command} takes one file`);
  return file;
}

async function run(args: CliArgs): Promise<number> {
  switch (args.command) {
    case 'parse': {
      const file = oneFile(args);
      const { parseFile } = await import('./parse-file');
      const profile = await parseFile(file, args.url);
      const format = args.format ?? 'json';
      if (format !== 'json' && format !== 'text')
        throw new CliError(`unknown format "${format}" (json or text)`);
      const text =
        format === 'json'
          ? JSON.stringify(profile, null, 2)
          : (await import('./format-text')).formatProfileText(profile);
      process.stdout.write(`${text}\n`);
      return 0;
    }
    case 'refs':
      return (await import('./refs')).runRefs(args);
    case 'annotate': {
      const file = oneFile(args);
      const { parseFile } = await import('./parse-file');
      const profile = await parseFile(file, args.url);
      return (await import('./annotate')).runAnnotate(args, profile);
    }
    case 'add':
    case 'list':
    case 'export':
    case 'import':
      return (await import('./store-commands')).runStoreCommand(args, async (file, url) =>
        (await import('./parse-file')).parseFile(file, url),
      );
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
