/** Settings in storage.local, validated on every read (core/settings.ts). */
import { browser } from '#imports';
import { parsePhrases, PHRASES_KEY, type Phrase } from '../core/phrases';
import {
  parseSettings,
  readSite,
  SETTINGS_KEY,
  withSite,
  type Settings,
  type SiteSettings,
  type TraditionalVariant,
} from '../core/settings';

/** The stored settings, repaired in memory where corrupt. Never writes: a read (in every tab,
 * the worker, the popup) must not race other writers, nor destroy what a newer version stored; the
 * repaired value replaces the corrupt one at the next change, or when the user acknowledges the
 * notice (popup, options page). */
export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  const { settings, problems } = parseSettings(got[SETTINGS_KEY]);
  if (problems.length) console.warn('[Qingdu] settings repaired:', problems.join('; '));
  return settings;
}

export async function loadSite(host: string): Promise<SiteSettings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return readSite(got[SETTINGS_KEY], host);
}

/** One storage write of the whole object: a full quota fails it whole, nothing half-written. */
export async function saveSite(host: string, change: Partial<SiteSettings>): Promise<void> {
  const settings = withSite(await loadSettings(), host, change);
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

export async function saveTraditional(traditional: TraditionalVariant): Promise<void> {
  const settings = await loadSettings();
  await browser.storage.local.set({ [SETTINGS_KEY]: { ...settings, traditional } });
}

export async function loadPhrases(): Promise<Phrase[]> {
  const got = await browser.storage.local.get(PHRASES_KEY);
  const { phrases, problems } = parsePhrases(got[PHRASES_KEY]);
  if (problems.length) console.warn('[Qingdu] phrase table repaired:', problems.join('; '));
  return phrases;
}
