import { check, type Checked } from '../schema/issues';
import { BackgroundEventSchema, UiRequestSchema, type BackgroundEvent, type Request } from './types';

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
