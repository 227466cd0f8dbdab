import { check, type Checked } from '../schema/issues';
import * as v from 'valibot';
import {
  BackgroundEventSchema,
  REPLY_SCHEMAS,
  ReplyEnvelopeSchema,
  UiRequestSchema,
  type BackgroundEvent,
  type Reply,
  type ReplyMap,
  type Request,
} from './types';

/**
 * Every message is checked where it is received, by its schema (types.ts): what passes is rebuilt
 * from the fields the message knows, and what does not is dropped with the reason, whoever sent it.
 */
export function checkRequest(value: unknown): Checked<Request> {
  return check(UiRequestSchema, value, 'request');
}

/** The request a received value is, or null when it is not one of ours. */
export function parseRequest(value: unknown): Request | null {
  const checked = checkRequest(value);
  return checked.ok ? checked.value : null;
}

/** The background event a received value is, or null when it is not one of ours. */
export function parseEvent(value: unknown): BackgroundEvent | null {
  const checked = check(BackgroundEventSchema, value);
  return checked.ok ? checked.value : null;
}

/**
 * The reply to a request of type `type`, checked by its envelope and then by the schema of what
 * that request answers: a reply that is neither is an error naming what is wrong, never a value.
 */
export function checkReply<K extends Request['type']>(type: K, value: unknown): Reply<ReplyMap[K]> {
  const envelope = v.safeParse(ReplyEnvelopeSchema, value);
  if (!envelope.success) return { ok: false, error: 'The background did not answer.' };
  if (!envelope.output.ok) return envelope.output;
  const checked = check(REPLY_SCHEMAS[type], envelope.output.value, 'reply');
  if (checked.ok) return { ok: true, value: checked.value as ReplyMap[K] };
  return {
    ok: false,
    error: `CV Lens could not use the background's answer to ${type}: malformed ${checked.reason}`,
  };
}
