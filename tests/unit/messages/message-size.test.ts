import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { sendRequest } from '../../../utils/extension/messaging';
import {
  fileSizeProblem,
  MESSAGE_LIMIT_BYTES,
  messageSizeProblem,
  utf8Length,
} from '../../../utils/messages/message-size';

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
    // Every quote is escaped once sent: 40 MiB of characters become 80 MiB, plus the 34 of the envelope.
    const text = '"'.repeat(40 * 1024 * 1024);
    expect(text.length).toBeLessThan(MESSAGE_LIMIT_BYTES);
    expect(messageSizeProblem({ type: 'import-backup', text })).toBe(
      'too large to pass to the background (83,886,114 bytes (80 MiB) once sent; the browser passes at most 67,108,864 bytes (64 MiB) at once)',
    );
  });

  it('refuses a file a byte over the cap, and says it is over', () => {
    expect(fileSizeProblem(MESSAGE_LIMIT_BYTES)).toBeNull();
    expect(fileSizeProblem(MESSAGE_LIMIT_BYTES + 1)).toBe(
      'too large to pass to the background (67,108,865 bytes (64 MiB); the browser passes at most 67,108,864 bytes (64 MiB) at once)',
    );
  });

  it('sendRequest answers the refusal itself, without sending', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const reply = await sendRequest({ type: 'import-backup', text: 'é'.repeat(33 * 1024 * 1024) });
    expect(reply).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^too large to pass to the background \(69,206,0\d\d bytes \(66 MiB\) once sent/,
      ),
    });
    expect(send).not.toHaveBeenCalled();
  });
});
