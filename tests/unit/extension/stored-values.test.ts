import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadRequestLog } from '../../../utils/extension/request-log-storage';
import { loadSettings, saveSettings } from '../../../utils/extension/settings-storage';
import { DEFAULT_SETTINGS } from '../../../utils/scholar/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings read back from storage', () => {
  it('are checked field by field: what does not fit gets its default, unknown keys are dropped', async () => {
    await fakeBrowser.storage.local.set({
      scholarSettings: {
        timeoutMs: 'fast',
        enabled: { dblp: false, evilsource: true },
        mailto: 'me@example.org',
        proxy: 'http://attacker.example',
      },
    });
    const settings = await loadSettings({});
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: { ...DEFAULT_SETTINGS.enabled, dblp: false },
      mailto: 'me@example.org',
    });
    // Saving rewrites the stored settings from what fits, plus the change.
    await saveSettings({}, { timeoutMs: 5000 });
    expect((await fakeBrowser.storage.local.get('scholarSettings')).scholarSettings).toEqual({
      enabled: { ...DEFAULT_SETTINGS.enabled, dblp: false },
      mailto: 'me@example.org',
      timeoutMs: 5000,
    });
  });
});

describe('the request log read back from storage', () => {
  it('keeps the entries that fit and leaves out the others', async () => {
    const entry = {
      time: 1,
      source: 'dblp',
      url: 'https://dblp.org/x',
      status: 200,
      ms: 12,
      fromCache: false,
    };
    await fakeBrowser.storage.local.set({
      requestLog: [entry, { ...entry, source: 'evil' }, 'junk', { ...entry, time: 2, extra: 'x' }],
    });
    expect((await loadRequestLog()).list()).toEqual([entry, { ...entry, time: 2 }]);
  });
});
