import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** Where a Chromium-family browser may be, in the order the README gives. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findBrowser(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  return CANDIDATES.find(isExecutable) ?? null;
}

function canUseApt(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && isExecutable('/usr/bin/apt-get');
}

/**
 * The browser to drive: CHROMIUM_PATH, else Debian's chromium, else Google Chrome. Where none is
 * installed and apt-get is usable as root, installs Debian's chromium; otherwise stops with one line.
 */
export function ensureBrowser(): string {
  const found = findBrowser();
  if (found) return found;
  if (process.env.CHROMIUM_PATH) {
    throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable browser.`);
  }
  if (!canUseApt()) {
    throw new Error(
      'No Chromium or Chrome found: install chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH.',
    );
  }
  process.stderr.write('No Chromium found: installing Debian’s chromium with apt-get…\n');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env,
  });
  const installed = findBrowser();
  if (!installed)
    throw new Error('apt-get installed chromium but no browser was found at /usr/bin/chromium.');
  return installed;
}
