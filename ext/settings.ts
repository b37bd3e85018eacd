/** Settings in storage.local, validated on every read (core/settings.ts). */
import { browser } from '#imports';
import { parseSettings, SETTINGS_KEY, siteSettings, withSite, type Settings, type SiteSettings } from '../core/settings';

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  const { settings, problems } = parseSettings(got[SETTINGS_KEY]);
  if (problems.length) {
    console.warn('[Qingdu] settings repaired:', problems.join('; '));
    await browser.storage.local.set({ [SETTINGS_KEY]: settings }).catch(() => undefined);
  }
  return settings;
}

export async function loadSite(host: string): Promise<SiteSettings> {
  return siteSettings(await loadSettings(), host);
}

export async function saveSite(host: string, change: Partial<SiteSettings>): Promise<void> {
  const settings = withSite(await loadSettings(), host, change);
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}
