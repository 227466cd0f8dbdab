/** An answer longer than the reader accepts; nothing past the limit was read. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
  constructor(
    readonly limit: number,
    /** The length the server declared (Content-Length), when it declared one. */
    readonly declared: number | null,
  ) {
    super(
      declared !== null
        ? `The answer is ${declared} bytes; at most ${limit} are read.`
        : `The answer is longer than the ${limit} bytes that are read.`,
    );
  }
}

function declaredLength(response: Response): number | null {
  const header = response.headers.get('content-length');
  const length = header === null ? NaN : Number(header);
  return Number.isSafeInteger(length) && length >= 0 ? length : null;
}

/**
 * A response body, read up to `limit` bytes: the stream is cancelled as soon as it goes past the
 * limit (or the server declares a longer one), so a huge or endless answer costs at most `limit`
 * bytes of memory instead of all of it.
 */
export async function readCapped(response: Response, limit: number): Promise<Uint8Array> {
  const declared = declaredLength(response);
  const body = response.body;
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  // The answer is refused either way: a stream that fails to cancel changes nothing about that.
  const refuse = async (): Promise<never> => {
    await reader.cancel().catch(() => undefined);
    throw new BodyTooLargeError(limit, declared);
  };
  if (declared !== null && declared > limit) return refuse();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) return refuse();
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** A response body as UTF-8 text (as Response.text() decodes it), read up to `limit` bytes. */
export async function readCappedText(response: Response, limit: number): Promise<string> {
  return new TextDecoder().decode(await readCapped(response, limit));
}
