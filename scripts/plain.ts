import { runCommand } from './plain-output';

/** `tsx scripts/plain.ts <command…>`: the command, in plain text when stdout is not a terminal. */
void runCommand(process.argv.slice(2).join(' ')).then((code) => {
  process.exitCode = code;
});
