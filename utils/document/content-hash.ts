import type { CvDocument } from './types';

/**
 * A fingerprint of what a document says (its lines' text and kinds, not its styling), so an
 * unchanged page is recognised and not parsed again. SHA-256 from Web Crypto, present in the
 * extension and in Node alike.
 */
export async function contentHash(document: CvDocument): Promise<string> {
  const text = document.lines.map((line) => `${line.kind}\t${line.text}`).join('\n');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
