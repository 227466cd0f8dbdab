import { runAnnotate } from './cli/annotate';
import { CliError, parseArgs, type CliArgs } from './cli/args';
import { formatProfileText } from './cli/format-text';
import { parseFile } from './cli/parse-file';
import { runRefs } from './cli/refs';
import { runStoreCommand } from './cli/store-commands';

const USAGE = `usage: npm run --silent cli -- <command> [options]
  parse <file.html|file.pdf|file.txt> [--format json|text]   print the profile
  refs <file> [--format json]                                 one reference per line → publications
  annotate <file> [--format json] [--data DIR]                profile with scholar records
                                     (exit 3 when no source could be asked or answered)
  add <file...> [--data DIR]                                  parse and store candidates
  list [--format json|text] [--data DIR]                      stored candidates
  export --format json|csv|bibtex|jsonresume [--candidate ID] [--data DIR]
  import <backup.json> [--data DIR]`;

function oneFile(args: CliArgs): string {
  const [file, extra] = args.positional;
  if (!file) throw new CliError(`${args.command} needs a file`);
  if (extra) throw new CliError(`${args.command} takes one file`);
  return file;
}

async function run(args: CliArgs): Promise<number> {
  switch (args.command) {
    case 'parse': {
      const profile = await parseFile(oneFile(args));
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
      return runAnnotate(args, await parseFile(oneFile(args)));
    case 'add':
    case 'list':
    case 'export':
    case 'import':
      return runStoreCommand(args, parseFile);
    case 'help':
    case '--help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    default:
      throw new CliError(`unknown command "${args.command}"\n${USAGE}`);
  }
}

// Exit through exitCode, not process.exit(): a piped large JSON would lose its tail.
Promise.resolve()
  .then(() => run(parseArgs(process.argv.slice(2))))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    const message =
      error instanceof CliError
        ? error.message
        : `unexpected error: ${String((error as Error)?.stack ?? error)}`;
    process.stderr.write(`cv-lens: ${message}\n`);
    process.exitCode = error instanceof CliError ? 2 : 1;
  });
