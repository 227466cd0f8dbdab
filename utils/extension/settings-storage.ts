import { browser } from 'wxt/browser';
import { resolveSettings } from '../scholar/settings';
import type { ScholarSettings } from '../model/scholar';

const KEY = 'scholarSettings';

/**
 * The reviewer's scholar settings (sources on, API keys, cache lifetime), kept in
 * storage.local. `defaults` carries what the build decides, such as a local mock's base URLs.
 */
export async function loadSettings(defaults: Partial<ScholarSettings>): Promise<ScholarSettings> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<ScholarSettings> | undefined;
  return resolveSettings({
    ...defaults,
    ...stored,
    baseUrls: { ...resolveSettings(defaults).baseUrls, ...stored?.baseUrls },
  });
}

export async function saveSettings(
  defaults: Partial<ScholarSettings>,
  patch: Partial<ScholarSettings>,
): Promise<ScholarSettings> {
  const stored = ((await browser.storage.local.get(KEY))[KEY] as Partial<ScholarSettings> | undefined) ?? {};
  const next: Partial<ScholarSettings> = {
    ...stored,
    ...patch,
    enabled: { ...resolveSettings(stored).enabled, ...patch.enabled },
  };
  await browser.storage.local.set({ [KEY]: next });
  return loadSettings(defaults);
}
