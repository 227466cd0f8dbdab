import { browser } from 'wxt/browser';
import { RequestLog } from '../scholar/request-log';
import type { RequestLogEntry } from '../model/scholar';

const KEY = 'requestLog';

/**
 * The request log survives the service worker being stopped between look-ups: it is read from
 * storage.local on start and written back after each look-up.
 */
export async function loadRequestLog(): Promise<RequestLog> {
  const log = new RequestLog();
  const stored = (await browser.storage.local.get(KEY))[KEY] as RequestLogEntry[] | undefined;
  for (const entry of stored ?? []) log.add(entry);
  return log;
}

export async function saveRequestLog(log: RequestLog): Promise<void> {
  await browser.storage.local.set({ [KEY]: [...log.list()] });
}
