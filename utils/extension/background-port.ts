import { browser } from 'wxt/browser';
import type { BackgroundEvent, Reply, ReplyMap, Request } from '../messages/types';
import { checkRequest } from '../messages/validate';

export type RequestHandler = <R extends Request>(request: R) => Promise<Reply<ReplyMap[R['type']]>>;

interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * Only the extension's own pages may ask the background for anything: a web page can reach
 * runtime messaging through a compromised content script, so the sender's origin is checked
 * as well as the message's shape.
 */
export function isTrustedSender(sender: Sender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const origin = browser.runtime.getURL('/');
  return typeof sender.url === 'string' && sender.url.startsWith(origin);
}

export function listenForRequests(handle: RequestHandler): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    if (!isTrustedSender(sender)) return undefined;
    const request = checkRequest(message);
    // Our own pages sent it: they are told what was wrong, so a bug shows as a message, not silence.
    if (!request.ok)
      return Promise.resolve({ ok: false, error: `CV Lens refused a malformed ${request.reason}` });
    return handle(request.value);
  });
}

/** Tells every open UI page; a page that is closed simply misses it. */
export function broadcast(event: BackgroundEvent): void {
  browser.runtime.sendMessage(event).catch(() => undefined);
}
