import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CliError } from './args';

/** Who holds a lock: written into the lock file so a waiting run can tell a live holder from a dead one. */
interface LockHolder {
  pid: number;
  host: string;
  since: string;
}

export interface LockOptions {
  /** How long to wait for another run before giving up. */
  timeoutMs: number;
  pollMs: number;
  /** Told once when the lock is busy, so a waiting run does not look hung. */
  onWait: (holder: LockHolder | null) => void;
}

const DEFAULTS = { timeoutMs: 10 * 60_000, pollMs: 50 };

function tellWaiting(file: string): (holder: LockHolder | null) => void {
  return (holder) =>
    process.stderr.write(
      `cv-lens: waiting for another run${holder ? ` (pid ${holder.pid})` : ''} to release ${file}\n`,
    );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readHolder(file: string): Promise<LockHolder | null> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as LockHolder;
  } catch {
    return null; // gone meanwhile, or caught half-written: the next poll reads it again
  }
}

/** A lock left by a run on this machine that has ended (killed, crashed): nobody will release it. */
function isStale(holder: LockHolder | null): boolean {
  return holder !== null && holder.host === os.hostname() && !isAlive(holder.pid);
}

/**
 * Runs `work` holding `<dir>/<name>.lock`, so that two CLI runs on one --data folder take turns
 * at a read-modify-write of its files instead of one overwriting the other's changes. The lock
 * is a file created exclusively (O_EXCL), which excludes another process and another call in this
 * one alike; a lock whose process has died is taken over.
 */
export async function withLock<T>(
  dir: string,
  name: string,
  work: () => Promise<T>,
  options: Partial<LockOptions> = {},
): Promise<T> {
  const file = path.join(dir, `${name}.lock`);
  const { timeoutMs, pollMs, onWait } = { ...DEFAULTS, onWait: tellWaiting(file), ...options };
  const holder: LockHolder = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  await fs.mkdir(dir, { recursive: true });
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      await fs.writeFile(file, JSON.stringify(holder), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const current = await readHolder(file);
    if (isStale(current)) {
      await fs.rm(file, { force: true });
      continue;
    }
    if (Date.now() - started > timeoutMs)
      throw new CliError(`another run still holds ${file}; remove it if no cv-lens run is using ${dir}`);
    if (!told) onWait(current);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  try {
    return await work();
  } finally {
    await fs.rm(file, { force: true });
  }
}
