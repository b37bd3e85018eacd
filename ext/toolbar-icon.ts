/**
 * The toolbar icon per tab (core/toolbar-icon.ts decides): grey on the tabs whose site has
 * cleanup off, jade elsewhere. watchToolbarIcons() (called by the background at start) sets it
 * when a tab loads a page, and on the tabs it changes for when the settings change.
 */
import { browser } from '#imports';
import { iconChanges, iconOnLoad, iconPaths, iconState, type IconState } from '../core/toolbar-icon';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, type Settings } from '../core/settings';
import { loadSettings } from './settings';

/** What this worker last set per tab (lost when the worker stops: see iconOnLoad). */
const shown = new Map<number, IconState>();

async function setIcon(tabId: number, state: IconState): Promise<void> {
  shown.set(tabId, state);
  // The tab may have closed meanwhile.
  await browser.action.setIcon({ tabId, path: iconPaths(state) }).catch(() => shown.delete(tabId));
}

/** A tab loaded a page (or is loading one). */
export async function refreshTab(tabId: number, url: string | undefined, settings: Settings): Promise<void> {
  const state = iconOnLoad(shown.get(tabId), iconState(url, settings));
  if (state) await setIcon(tabId, state);
}

/** The settings changed (the popup, the options page, an import): the tabs it concerns. */
export async function refreshChanged(prev: Settings, next: Settings): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(iconChanges(tabs, prev, next).map((c) => setIcon(c.tabId, c.state)));
}

/** Registers the listeners (synchronously, as a service worker must at its start). */
export function watchToolbarIcons(): void {
  // A navigation: "loading" as early as the browser says, "complete" after the reset that a
  // new page brings (the order of the two is not specified), a new URL in between.
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.status || info.url) void loadSettings().then((s) => refreshTab(tabId, tab.url, s));
  });
  browser.tabs.onRemoved.addListener((tabId) => shown.delete(tabId));
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) void refreshChanged(parseSettings(change.oldValue).settings, parseSettings(change.newValue).settings);
  });
  // Installed or updated: the open tabs lost the icons the previous version set.
  browser.runtime.onInstalled.addListener(() => void loadSettings().then((s) => refreshChanged(DEFAULT_SETTINGS, s)));
}
