import fs from 'node:fs/promises';
import { CliError } from './args';

/**
 * A file the user named, read whole; what goes wrong is one line for them (no such file, a
 * directory, too large), never a stack trace. `maxBytes` is checked before reading.
 */
export async function readInput(
  file: string,
  tooLarge?: { maxBytes: number; message: (bytes: number) => string },
): Promise<Buffer> {
  try {
    const { size } = await fs.stat(file);
    if (tooLarge && size > tooLarge.maxBytes) throw new CliError(`${file}: ${tooLarge.message(size)}`);
    return await fs.readFile(file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`no such file: ${file}`);
    if (code === 'EISDIR') throw new CliError(`is a directory, not a file: ${file}`);
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
  }
}
