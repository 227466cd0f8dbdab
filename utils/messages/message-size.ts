import { sizeText } from '../schema/size-text';

/**
 * Chrome refuses a runtime message whose JSON form is longer than 64 MiB, with an error that
 * says nothing to a reviewer. Requests are measured before they are sent, so a backup or a
 * document too large to pass is refused with its size instead.
 */
export const MESSAGE_LIMIT_BYTES = 64 * 1024 * 1024;

/** Bytes of `text` in UTF-8, counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    // A surrogate pair is one 4-byte character: 2 bytes for each half.
    else if (code >= 0xd800 && code <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

/** Why a message cannot be passed to the background, or null when it can. */
export function messageSizeProblem(message: unknown): string | null {
  const bytes = utf8Length(JSON.stringify(message) ?? '');
  if (bytes <= MESSAGE_LIMIT_BYTES) return null;
  return `too large to pass to the background (${sizeText(bytes)} once sent; the browser passes at most ${sizeText(MESSAGE_LIMIT_BYTES)} at once)`;
}

/**
 * Why a file of `bytes` cannot be sent as text, or null when it may: its text, once sent as JSON,
 * takes at least its size in bytes, so past the cap it cannot pass whatever it holds.
 */
export function fileSizeProblem(bytes: number): string | null {
  if (bytes <= MESSAGE_LIMIT_BYTES) return null;
  return `too large to pass to the background (${sizeText(bytes)}; the browser passes at most ${sizeText(MESSAGE_LIMIT_BYTES)} at once)`;
}
