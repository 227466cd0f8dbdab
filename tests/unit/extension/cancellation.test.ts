import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { TabCancellation } from '../../../utils/extension/cancellation';

beforeEach(() => fakeBrowser.reset());

type UpdatedTab = Parameters<typeof fakeBrowser.tabs.onUpdated.trigger>[2];
const TAB = {
  id: 1,
  index: 0,
  highlighted: false,
  active: true,
  pinned: false,
  incognito: false,
} as UpdatedTab;
const navigate = (url: string) => fakeBrowser.tabs.onUpdated.trigger(1, { url }, { ...TAB, url });

describe('TabCancellation', () => {
  it('cancels a look-up when its tab goes to another address, or closes', async () => {
    const cancellation = new TabCancellation();
    await navigate('http://127.0.0.1/cv.pdf');
    const first = cancellation.signalFor(1);
    await navigate('http://127.0.0.1/other.html');
    expect(first.aborted).toBe(true);
    const second = cancellation.signalFor(1);
    await fakeBrowser.tabs.onRemoved.trigger(1, { windowId: 1, isWindowClosing: false });
    expect(second.aborted).toBe(true);
  });

  it('keeps it when the same address is reported again or only its fragment changes (Firefox’s PDF viewer)', async () => {
    const cancellation = new TabCancellation();
    await navigate('http://127.0.0.1/cv.pdf');
    const signal = cancellation.signalFor(1);
    await navigate('http://127.0.0.1/cv.pdf');
    await navigate('http://127.0.0.1/cv.pdf#page=1');
    expect(signal.aborted).toBe(false);
  });

  it('cancels the look-up before when another starts on the same tab', () => {
    const cancellation = new TabCancellation();
    const first = cancellation.signalFor(1);
    cancellation.signalFor(1);
    expect(first.aborted).toBe(true);
  });
});
