import { parsePublication } from '../../utils/publications/parse-publication';
import { CliError } from './args';
import { readInput } from './read-input';

/** `cli refs <file> --format json`: one reference string per line in, a JSON array of Publication out. */
export async function runRefs(args: { positional: string[]; format: string | null }): Promise<number> {
  const file = args.positional[0];
  if (!file) throw new CliError('refs needs a file: one reference string per line');
  if (args.format !== null && args.format !== 'json')
    throw new CliError(`refs prints json only, not ${args.format}`);
  const lines = (await readInput(file))
    .toString('utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const publications = lines.map((raw) => parsePublication({ raw: raw.trim(), runs: [], sectionHint: null }));
  process.stdout.write(`${JSON.stringify(publications, null, 2)}\n`);
  return 0;
}
