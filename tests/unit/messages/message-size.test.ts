import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { sendRequest } from '../../../utils/extension/messaging';
import { MESSAGE_LIMIT_BYTES, messageSizeProblem, utf8Length } from '../../../utils/messages/message-size';

beforeEach(() => fakeBrowser.reset());

describe('message size', () => {
  it('counts UTF-8 bytes as an encoder does', () => {
    for (const text of ['', 'plain', 'Zürich', 'Lê Nguyễn Hoàng', '北京大学', 'math 𝔼[x] 🎓', '"quoted"\n'])
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });

  it('lets an ordinary request through', () => {
    expect(messageSizeProblem({ type: 'import-backup', text: 'x'.repeat(1000) })).toBeNull();
  });

  it('refuses a request whose JSON passes the cap, though its text alone is under it', () => {
    // Every quote is escaped once sent: 40 million characters become 80 million bytes.
    const text = '"'.repeat(40 * 1024 * 1024);
    expect(text.length).toBeLessThan(MESSAGE_LIMIT_BYTES);
    expect(messageSizeProblem({ type: 'import-backup', text })).toBe(
      'too large to pass to the background (80.0 MB once sent; the browser passes at most 64 MB at once)',
    );
  });

  it('sendRequest answers the refusal itself, without sending', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const reply = await sendRequest({ type: 'import-backup', text: 'é'.repeat(33 * 1024 * 1024) });
    expect(reply).toEqual({
      ok: false,
      error: expect.stringMatching(/^too large to pass to the background \(66\.0 MB/),
    });
    expect(send).not.toHaveBeenCalled();
  });
});
