import { runCli } from './cli/main';

// Exit through exitCode, not process.exit(): a piped large JSON would lose its tail.
void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
