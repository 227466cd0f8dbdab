import { browser } from 'wxt/browser';
import { messageSizeProblem } from '../messages/message-size';
import { type BackgroundEvent, type Reply, type ReplyMap, type Request } from '../messages/types';
import { checkReply, parseEvent } from '../messages/validate';

/**
 * The one place UI pages talk to the background. Business logic never calls browser.*
 * directly: it goes through this module and its twin, background-port.ts.
 */
export async function sendRequest<R extends Request>(request: R): Promise<Reply<ReplyMap[R['type']]>> {
  const tooLarge = messageSizeProblem(request);
  if (tooLarge) return { ok: false, error: tooLarge };
  try {
    const reply: unknown = await browser.runtime.sendMessage(request);
    return checkReply<R['type']>(request.type, reply);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Calls `listener` for each valid event the background broadcasts; returns the unsubscribe. */
export function subscribeToEvents(listener: (event: BackgroundEvent) => void): () => void {
  const onMessage = (message: unknown, sender: { id?: string }): undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const event = parseEvent(message);
    if (event) listener(event);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}
