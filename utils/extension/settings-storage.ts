import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { resolveSettings } from '../scholar/settings';
import { SettingsPatchSchema, type ScholarSettings, type SettingsPatch } from '../model/scholar';

const KEY = 'scholarSettings';

/**
 * The stored settings, checked: a field that does not fit (written by an older release, or edited
 * by hand) is left out, so that its default applies; the options page shows the values in effect.
 */
async function readStored(): Promise<SettingsPatch> {
  const value: unknown = (await browser.storage.local.get(KEY))[KEY];
  if (value === undefined) return {};
  const whole = v.safeParse(SettingsPatchSchema, value);
  if (whole.success) return whole.output;
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const fitting = Object.fromEntries(
    Object.entries(SettingsPatchSchema.entries).flatMap(([key, schema]) =>
      v.is(schema, record[key]) && record[key] !== undefined ? [[key, record[key]]] : [],
    ),
  );
  return v.parse(SettingsPatchSchema, fitting);
}

/**
 * The reviewer's scholar settings (sources on, API keys, cache lifetime), kept in
 * storage.local. `defaults` carries what the build decides, such as a local mock's base URLs.
 */
export async function loadSettings(defaults: SettingsPatch): Promise<ScholarSettings> {
  const stored = await readStored();
  return resolveSettings({
    ...defaults,
    ...stored,
    baseUrls: { ...resolveSettings(defaults).baseUrls, ...stored.baseUrls },
  });
}

export async function saveSettings(defaults: SettingsPatch, patch: SettingsPatch): Promise<ScholarSettings> {
  const stored = await readStored();
  const next: SettingsPatch = {
    ...stored,
    ...patch,
    enabled: { ...resolveSettings(stored).enabled, ...patch.enabled },
  };
  await browser.storage.local.set({ [KEY]: next });
  return loadSettings(defaults);
}
