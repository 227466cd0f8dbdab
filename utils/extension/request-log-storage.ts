import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { RequestLog } from '../scholar/request-log';
import { RequestLogEntrySchema } from '../model/scholar';

const KEY = 'requestLog';

/**
 * The request log survives the service worker being stopped between look-ups: it is read from
 * storage.local on start and written back after each look-up. Each stored entry is checked; one
 * that does not fit (written by an older release) is left out of the log.
 */
export async function loadRequestLog(): Promise<RequestLog> {
  const log = new RequestLog();
  const stored: unknown = (await browser.storage.local.get(KEY))[KEY];
  for (const entry of Array.isArray(stored) ? stored : []) {
    const checked = v.safeParse(RequestLogEntrySchema, entry);
    if (checked.success) log.add(checked.output);
  }
  return log;
}

export async function saveRequestLog(log: RequestLog): Promise<void> {
  await browser.storage.local.set({ [KEY]: [...log.list()] });
}
