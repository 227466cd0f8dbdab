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

/** Where a Firefox may be: Debian's ESR first, as that is the one the Firefox e2e suite is tested on. */
const FIREFOX_CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
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

/** FIREFOX_PATH, else Debian's firefox-esr, else a Firefox. */
export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  return FIREFOX_CANDIDATES.find(isExecutable) ?? null;
}

function canUseApt(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && isExecutable('/usr/bin/apt-get');
}

function aptInstall(pkg: string): void {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', pkg], {
    stdio: 'inherit',
    env,
  });
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
  aptInstall('chromium');
  const installed = findBrowser();
  if (!installed)
    throw new Error('apt-get installed chromium but no browser was found at /usr/bin/chromium.');
  return installed;
}

/** The same for Firefox: FIREFOX_PATH, else firefox-esr, installed with apt-get where it can be. */
export function ensureFirefox(): string {
  const found = findFirefox();
  if (found) return found;
  if (process.env.FIREFOX_PATH) {
    throw new Error(`FIREFOX_PATH=${process.env.FIREFOX_PATH} is not an executable browser.`);
  }
  if (!canUseApt()) {
    throw new Error(
      'No Firefox found: install firefox-esr (Debian: apt-get install firefox-esr) or set FIREFOX_PATH.',
    );
  }
  process.stderr.write('No Firefox found: installing Debian’s firefox-esr with apt-get…\n');
  aptInstall('firefox-esr');
  const installed = findFirefox();
  if (!installed) throw new Error('apt-get installed firefox-esr but /usr/bin/firefox-esr is not there.');
  return installed;
}
