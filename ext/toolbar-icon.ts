/**
 * The toolbar icon per tab (core/toolbar-icon.ts decides): grey on the tabs whose site has
 * cleanup off, jade elsewhere. watchToolbarIcons() (called by the background at start) sets it
 * when a tab loads a page, and on every tab when the settings change.
 */
import { browser } from '#imports';
import { iconPaths, iconState, iconToSet, type IconState } from '../core/toolbar-icon';
import { parseSettings, SETTINGS_KEY, type Settings } from '../core/settings';
import { loadSettings } from './settings';

/** What this worker last set per tab (lost when the worker stops: see iconToSet). */
const shown = new Map<number, IconState>();

async function apply(tabId: number, url: string | undefined, settings: Settings, force: boolean): Promise<void> {
  const next = iconToSet(shown.get(tabId), iconState(url, settings), force);
  if (!next) return;
  shown.set(tabId, next);
  // The tab may have closed meanwhile.
  await browser.action.setIcon({ tabId, path: iconPaths(next) }).catch(() => shown.delete(tabId));
}

export function refreshTab(tabId: number, url: string | undefined, settings: Settings): Promise<void> {
  return apply(tabId, url, settings, false);
}

/** Every open tab, after a settings change (the popup, the options page, an import). */
export async function refreshAll(settings: Settings): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : apply(t.id, t.url, settings, true))));
}

export function forgetTab(tabId: number): void {
  shown.delete(tabId);
}

/** Registers the listeners (synchronously, as a service worker must at its start). */
export function watchToolbarIcons(): void {
  // A navigation: "loading" as early as the browser says, "complete" after the reset that a
  // new page brings (the order of the two is not specified), a new URL in between.
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.status || info.url) void loadSettings().then((s) => refreshTab(tabId, tab.url, s));
  });
  browser.tabs.onRemoved.addListener(forgetTab);
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) void refreshAll(parseSettings(change.newValue).settings);
  });
  // Installed or updated: the open tabs lost the icons the previous version set.
  browser.runtime.onInstalled.addListener(() => void loadSettings().then(refreshAll));
}
