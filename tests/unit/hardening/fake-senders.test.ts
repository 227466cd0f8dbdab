import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  isTrustedSender,
  listenForRequests,
  type RequestHandler,
} from '../../../utils/extension/background-port';

const EXTENSION = `chrome-extension://${fakeBrowser.runtime.id}`;
const CLEAR: unknown = { type: 'clear-candidates' };

beforeEach(() => fakeBrowser.reset());

/** A handler that records what reaches it. */
function recorder(): { handle: RequestHandler; seen: unknown[] } {
  const seen: unknown[] = [];
  const handle: RequestHandler = async (request) => {
    seen.push(request);
    return { ok: false, error: 'recorded' };
  };
  return { handle, seen };
}

describe('messages pretending to come from the extension', () => {
  // What a hostile page can make the background see: its own content script's sender (the page URL),
  // another extension, or a sender with no URL at all. Only the extension's own pages are trusted.
  const senders: [string, { id?: string; url?: string }][] = [
    ['a content script on a web page', { id: fakeBrowser.runtime.id, url: 'https://evil.example/' }],
    ['another extension', { id: 'other-extension', url: 'chrome-extension://other-extension/popup.html' }],
    ['a look-alike URL', { id: fakeBrowser.runtime.id, url: `https://evil.example/${EXTENSION}/popup.html` }],
    ['no URL', { id: fakeBrowser.runtime.id }],
    ['no id', { url: `${EXTENSION}/popup.html` }],
  ];

  it.each(senders)('%s is not trusted, and its requests never reach the handler', async (_, sender) => {
    expect(isTrustedSender(sender)).toBe(false);
    const { handle, seen } = recorder();
    listenForRequests(handle);
    await fakeBrowser.runtime.onMessage.trigger(CLEAR, sender);
    expect(seen).toEqual([]);
  });

  it("the extension's own pages are, and only well-formed requests reach the handler", async () => {
    const sender = { id: fakeBrowser.runtime.id, url: `${EXTENSION}/popup.html` };
    expect(isTrustedSender(sender)).toBe(true);
    const { handle, seen } = recorder();
    listenForRequests(handle);
    for (const spoof of [
      { type: 'clear-candidates', extra: '<script>' },
      { type: 'import-backup', text: 42 },
      { type: 'update-review', id: 'c1', patch: { rating: 9 } },
      { type: 'analyse-tab', tabId: -1 },
      { type: '__proto__' },
      'clear-candidates',
      null,
    ])
      await fakeBrowser.runtime.onMessage.trigger(spoof, sender);
    // Only the first, rebuilt without the field it does not know.
    expect(seen).toEqual([{ type: 'clear-candidates' }]);
    await fakeBrowser.runtime.onMessage.trigger(CLEAR, sender);
    expect(seen).toHaveLength(2);
  });

  it('nothing in the extension listens to window messages, so window.postMessage reaches no code', () => {
    const root = path.resolve(__dirname, '../../..');
    const sources = ['entrypoints', 'utils', 'components'].flatMap((dir) =>
      fs
        .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.tsx?$/.test(f))
        .map((f) => path.join(root, dir, f)),
    );
    expect(sources.length).toBeGreaterThan(50);
    for (const file of sources)
      expect(fs.readFileSync(file, 'utf8'), file).not.toMatch(
        /addEventListener\(\s*['"]message['"]|\bonmessage\s*=/,
      );
  });
});
