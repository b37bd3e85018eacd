/**
 * Settings: the shape kept in storage.local, and its validation. Storage may hold anything (an
 * older version, a foreign extension's data, a corrupt value): parse() keeps what is valid,
 * drops what is not, migrates older versions, and says what it dropped.
 *
 * The user phrase table lives under its own key (core/phrases.ts) so that a corrupt table never
 * costs the per-site rules, and the reading view's preferences under theirs (core/reader/prefs.ts).
 */
import { isScriptChoice, isVariant, type ScriptChoice, type Variant } from './convert/variants';

export const SETTINGS_KEY = 'settings';
/** v1: { sites: { host: { cleanup } } }. v2 adds per-site script and reader, and `traditional`. */
export const SETTINGS_VERSION = 2;

export interface SiteSettings {
  /** false: the cleaner does not run on this site. */
  cleanup: boolean;
  /** 'original', or the variant the site's pages are converted to as they load. */
  script: ScriptChoice;
  /** true: open the reading view by itself on this site's article pages. */
  reader: boolean;
}

/** Traditional variants: which one "繁體" means. */
export type TraditionalVariant = Exclude<Variant, 't2s'>;

export interface Settings {
  version: number;
  /** Per-site overrides, keyed by hostname; sites at the defaults are not stored. */
  sites: Record<string, SiteSettings>;
  /** What the popup's 繁體 button converts to. */
  traditional: TraditionalVariant;
}

export const DEFAULT_SITE: SiteSettings = { cleanup: true, script: 'original', reader: false };
export const DEFAULT_SETTINGS: Settings = { version: SETTINGS_VERSION, sites: {}, traditional: 's2tw' };

const HOST_RE = /^[a-z0-9.-]{1,253}$|^\[[0-9a-f:]+\]$/i;

export function isTraditional(v: unknown): v is TraditionalVariant {
  return isVariant(v) && v !== 't2s';
}

export function parseSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const sites: Record<string, SiteSettings> = {};
  const fresh = (): Settings => ({ ...DEFAULT_SETTINGS, sites });
  if (raw === undefined || raw === null) return { settings: fresh(), problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push('settings not an object: reset');
    return { settings: fresh(), problems };
  }
  const obj = raw as Record<string, unknown>;
  if (typeof obj.version === 'number' && obj.version > SETTINGS_VERSION) problems.push(`from a newer version (${obj.version}): kept what this one knows`);
  const rawSites = obj.sites;
  if (rawSites !== undefined && (typeof rawSites !== 'object' || rawSites === null || Array.isArray(rawSites))) {
    problems.push('per-site settings were corrupt; reset');
  } else if (rawSites) {
    for (const [host, v] of Object.entries(rawSites as Record<string, unknown>)) {
      const site = parseSite(v);
      if (!HOST_RE.test(host) || !site) {
        problems.push(`dropped an invalid entry for "${host.slice(0, 60)}"`);
        continue;
      }
      if (!isDefault(site)) sites[host.toLowerCase()] = site;
    }
  }
  let traditional = DEFAULT_SETTINGS.traditional;
  if (obj.traditional !== undefined) {
    if (isTraditional(obj.traditional)) traditional = obj.traditional;
    else problems.push('invalid 繁體 variant: reset');
  }
  return { settings: { version: SETTINGS_VERSION, sites, traditional }, problems };
}

/** One site's entry; v1 entries ({ cleanup }) migrate with the new fields at their defaults. */
function parseSite(v: unknown): SiteSettings | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  if (typeof o.cleanup !== 'boolean') return null;
  if (o.script !== undefined && !isScriptChoice(o.script)) return null;
  if (o.reader !== undefined && typeof o.reader !== 'boolean') return null;
  return { cleanup: o.cleanup, script: (o.script as ScriptChoice | undefined) ?? 'original', reader: (o.reader as boolean | undefined) ?? false };
}

function isDefault(s: SiteSettings): boolean {
  return s.cleanup === DEFAULT_SITE.cleanup && s.script === DEFAULT_SITE.script && s.reader === DEFAULT_SITE.reader;
}

/**
 * One site's settings straight from the stored value: what siteSettings(parseSettings(raw).settings,
 * host) gives, without checking, repairing and describing every other site's entry (the content
 * scripts of every page want one entry; a corrupt value is reported where settings are shown).
 */
export function readSite(raw: unknown, host: string): SiteSettings {
  const sites = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as { sites?: unknown }).sites : undefined;
  if (typeof sites !== 'object' || sites === null || Array.isArray(sites)) return DEFAULT_SITE;
  const h = host.toLowerCase();
  let found = DEFAULT_SITE;
  for (const [key, v] of Object.entries(sites)) {
    if (key.toLowerCase() !== h || !HOST_RE.test(key)) continue;
    const site = parseSite(v);
    if (site && !isDefault(site)) found = site;
  }
  return found;
}

export function siteSettings(settings: Settings, host: string): SiteSettings {
  return settings.sites[host.toLowerCase()] ?? DEFAULT_SITE;
}

/** A copy with `host`'s settings changed; sites back at the defaults are not stored. */
export function withSite(settings: Settings, host: string, change: Partial<SiteSettings>): Settings {
  const h = host.toLowerCase();
  const next = { ...siteSettings(settings, h), ...change };
  const sites = { ...settings.sites };
  if (isDefault(next)) delete sites[h];
  else sites[h] = next;
  return { ...settings, sites };
}

/** Hosts whose pages convert as they load: the background registers a script for them. */
export function autoConvertHosts(settings: Settings): string[] {
  return Object.entries(settings.sites)
    .filter(([, s]) => s.script !== 'original')
    .map(([h]) => h)
    .sort();
}
