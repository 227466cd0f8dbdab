import { ensureBrowser } from './browser';

try {
  process.stdout.write(`browser: ${ensureBrowser()}\n`);
} catch (error) {
  process.stderr.write(`cv-lens: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
