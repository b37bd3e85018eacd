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
 * Which icon to set now, or null for no call. `shown` is what this worker last set for the tab
 * (undefined: nothing, or forgotten when the worker restarted). "off" is set every time, since a
 * navigation resets it without telling; "active" only over an "off" this worker set, or when
 * `force`d (a settings change, where the tab may carry an "off" from before a worker restart).
 */
export function iconToSet(shown: IconState | undefined, next: IconState, force = false): IconState | null {
  if (next === 'off' || force) return next;
  return shown === 'off' ? 'active' : null;
}
