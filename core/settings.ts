/**
 * Settings: the shape kept in storage.local, and its validation. Storage may hold anything (an
 * older version, a foreign extension's data, a corrupt value): parse() keeps what is valid,
 * drops what is not, and says what it dropped.
 */

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

export interface SiteSettings {
  /** false: the cleaner does not run on this site. */
  cleanup: boolean;
}

export interface Settings {
  version: number;
  /** Per-site overrides, keyed by hostname. */
  sites: Record<string, SiteSettings>;
}

export const DEFAULT_SETTINGS: Settings = { version: SETTINGS_VERSION, sites: {} };
export const DEFAULT_SITE: SiteSettings = { cleanup: true };

const HOST_RE = /^[a-z0-9.-]{1,253}$|^\[[0-9a-f:]+\]$/i;

export function parseSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const sites: Record<string, SiteSettings> = {};
  if (raw === undefined || raw === null) return { settings: { version: SETTINGS_VERSION, sites }, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push('settings were not an object; reset to defaults');
    return { settings: { version: SETTINGS_VERSION, sites }, problems };
  }
  const obj = raw as Record<string, unknown>;
  const rawSites = obj.sites;
  if (rawSites !== undefined && (typeof rawSites !== 'object' || rawSites === null || Array.isArray(rawSites))) {
    problems.push('per-site settings were corrupt; reset');
  } else if (rawSites) {
    for (const [host, v] of Object.entries(rawSites as Record<string, unknown>)) {
      if (!HOST_RE.test(host) || typeof v !== 'object' || v === null || typeof (v as SiteSettings).cleanup !== 'boolean') {
        problems.push(`dropped an invalid entry for "${host.slice(0, 60)}"`);
        continue;
      }
      sites[host.toLowerCase()] = { cleanup: (v as SiteSettings).cleanup };
    }
  }
  return { settings: { version: SETTINGS_VERSION, sites }, problems };
}

export function siteSettings(settings: Settings, host: string): SiteSettings {
  return settings.sites[host.toLowerCase()] ?? DEFAULT_SITE;
}

/** A copy with `host`'s settings changed; default values are not stored. */
export function withSite(settings: Settings, host: string, change: Partial<SiteSettings>): Settings {
  const h = host.toLowerCase();
  const next = { ...siteSettings(settings, h), ...change };
  const sites = { ...settings.sites };
  if (next.cleanup === DEFAULT_SITE.cleanup) delete sites[h];
  else sites[h] = next;
  return { ...settings, sites };
}
