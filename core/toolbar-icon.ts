/**
 * The toolbar icon's state for a tab: jade while Qingdu cleans the tab's site, grey when the user
 * has turned cleanup off for that site (popup → 清理此网站, or a rule on the options page).
 *
 * The browser resets a tab's own icon to the manifest's (the jade one) whenever the tab loads a
 * new page, in Chrome and in Firefox; so "off" is set again after every navigation, and "active"
 * only has to be set to undo an "off" (ext/toolbar-icon.ts does the calls).
 */
import { siteSettings, type Settings } from './settings';

/** The sizes of the icon set (public/icon/<size>.png, public/icon/off/<size>.png). */
export const ICON_SIZES = [16, 32, 48, 128] as const;

export type IconState = 'active' | 'off';

/** Only web pages have a site whose cleanup can be off; every other page keeps the default. */
const WEB = new Set(['http:', 'https:']);

/** The state for a tab showing `url` (undefined while the browser does not say). */
export function iconState(url: string | undefined, settings: Settings): IconState {
  if (!url) return 'active';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'active';
  }
  if (!WEB.has(u.protocol) || !u.hostname) return 'active';
  // location.hostname in the content script, which is what the popup saves the setting under.
  return siteSettings(settings, u.hostname).cleanup ? 'active' : 'off';
}

/** The icon files for a state, as action.setIcon's `path` takes them (size → extension path). */
export function iconPaths(state: IconState): Record<string, string> {
  const dir = state === 'off' ? '/icon/off' : '/icon';
  return Object.fromEntries(ICON_SIZES.map((s) => [String(s), `${dir}/${s}.png`]));
}

/**
 * Which icon to set on a tab that loaded a page, or null for no call. `shown` is what this worker
 * last set for the tab (undefined: nothing, or forgotten when the worker stopped). "off" is set
 * every time, since the navigation reset it without telling; "active" only over an "off" this
 * worker set (otherwise the reset already shows it).
 */
export function iconOnLoad(shown: IconState | undefined, next: IconState): IconState | null {
  if (next === 'off') return next;
  return shown === 'off' ? 'active' : null;
}

/** After a settings change, the tabs whose icon changes, with their new state: only those, so a
 * rule for one site does not redraw every tab's icon. */
export function iconChanges(tabs: readonly { id?: number; url?: string }[], prev: Settings, next: Settings): { tabId: number; state: IconState }[] {
  const out: { tabId: number; state: IconState }[] = [];
  for (const t of tabs) {
    if (t.id === undefined) continue;
    const state = iconState(t.url, next);
    if (state !== iconState(t.url, prev)) out.push({ tabId: t.id, state });
  }
  return out;
}
