/**
 * What an extension update does to the stored settings (the background, on runtime.onInstalled
 * with reason "update"): each part stored by an older schema version is rewritten in the current
 * one, all in one write. A part that is corrupt is left exactly as it is — the user is told (popup
 * and options page) and it is replaced when they acknowledge or change it — and so is a part from
 * a newer version (a downgrade must not destroy what the newer version wrote).
 */
import { parseReaderPrefs, READER_PREFS_KEY, READER_PREFS_VERSION } from './reader/prefs';
import { parseSettings, SETTINGS_KEY, SETTINGS_VERSION } from './settings';

type Parse = (raw: unknown) => { problems: string[] } & Record<string, unknown>;

/** The versioned parts: their key, current version and validator (which also migrates). */
const VERSIONED: { key: string; version: number; parse: Parse; value: string }[] = [
  { key: SETTINGS_KEY, version: SETTINGS_VERSION, parse: parseSettings as unknown as Parse, value: 'settings' },
  { key: READER_PREFS_KEY, version: READER_PREFS_VERSION, parse: parseReaderPrefs as unknown as Parse, value: 'prefs' },
];

/** The storage items to write after an update, from what `items` (storage.local) holds. */
export function migrations(items: Record<string, unknown>): Record<string, unknown> {
  const writes: Record<string, unknown> = {};
  for (const part of VERSIONED) {
    const raw = items[part.key];
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) continue; // absent or corrupt
    const version = (raw as { version?: unknown }).version;
    // v1 settings carried no version; anything not a number below the current one stays.
    if (!(version === undefined || (typeof version === 'number' && version < part.version))) continue;
    const parsed = part.parse(raw);
    if (!parsed.problems.length) writes[part.key] = parsed[part.value];
  }
  return writes;
}
