/**
 * All of Qingdu's settings as one JSON file (issue 5: export/import in the options page):
 * { "app": "qingdu", "format": 1, "exportedAt", "settings", "phrases", "readerPrefs" }.
 *
 * Import is all or nothing. A file is refused whole, with a message in the user's language, unless every key
 * holds a value its own validator (parseSettings, parsePhrases, parseReaderPrefs) accepts without
 * dropping or repairing anything: a half-valid file would silently lose the user's rules. Older
 * settings versions are accepted (parseSettings migrates them); newer ones are refused, since this
 * version cannot know what it would drop.
 */
import type { MessageKey, Translate } from './i18n';
import { parsePhrases, type Phrase } from './phrases';
import { parseReaderPrefs, READER_PREFS_VERSION, type ReaderPrefs } from './reader/prefs';
import { parseSettings, SETTINGS_VERSION, type Settings } from './settings';

export const SETTINGS_FILE_APP = 'qingdu';
export const SETTINGS_FILE_FORMAT = 1;
/** A real file is a few KB (5000 phrases ≈ 200 KB); anything much larger is not one of ours. */
export const MAX_SETTINGS_FILE_CHARS = 2_000_000;

export interface SettingsData {
  settings: Settings;
  phrases: Phrase[];
  readerPrefs: ReaderPrefs;
}

export interface SettingsFile extends SettingsData {
  app: typeof SETTINGS_FILE_APP;
  format: typeof SETTINGS_FILE_FORMAT;
  exportedAt: string;
}

export type SettingsFileResult =
  | { ok: true; data: SettingsData; exportedAt?: string; problems: string[] }
  | { ok: false; error: string };

/** What each part is called in the options page. */
export const PART_LABELS: Record<keyof SettingsData, MessageKey> = {
  settings: 'partSettings',
  phrases: 'partPhrases',
  readerPrefs: 'partReaderPrefs',
};
const PARTS = Object.keys(PART_LABELS) as (keyof SettingsData)[];
/** …and in a file's error messages, with the key to look for in the file. */
const partName = (t: Translate, part: keyof SettingsData) => t('filePartName', t(PART_LABELS[part]), part);
const READER_PREF_NAMES: Record<string, MessageKey> = {
  theme: 'readerTheme',
  font: 'readerFont',
  fontSize: 'readerFontSize',
  lineHeight: 'readerLineHeight',
  width: 'readerWidth',
  indent: 'readerIndentName',
};
const KNOWN_KEYS = new Set(['app', 'format', 'exportedAt', 'settings', 'phrases', 'readerPrefs']);
/** How many bad entries a message names before "等". */
const NAMED = 5;

export function makeSettingsFile(data: SettingsData, now: Date): SettingsFile {
  return { app: SETTINGS_FILE_APP, format: SETTINGS_FILE_FORMAT, exportedAt: now.toISOString(), ...data };
}

export function serializeSettingsFile(data: SettingsData, now: Date): string {
  return `${JSON.stringify(makeSettingsFile(data, now), null, 2)}\n`;
}

/** YYYYMMDD in local time, for file names. */
export function dateStamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}`;
}

/** qingdu-settings-YYYYMMDD.json, in local time (the day the user sees). */
export function settingsFileName(now: Date): string {
  return `qingdu-settings-${dateStamp(now)}.json`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const clip = (s: string) => s.slice(0, 40);

export function parseSettingsFile(text: string, t: Translate): SettingsFileResult {
  const refuse = (why: string): SettingsFileResult => ({ ok: false, error: t('fileRefused', why) });
  const list = (names: string[]) => names.slice(0, NAMED).join(t('listSeparator')) + (names.length > NAMED ? ` ${t('fileListMore', names.length)}` : '');
  if (text.length > MAX_SETTINGS_FILE_CHARS) return refuse(t('fileTooLarge', Math.round(text.length / 1024)));
  let file: unknown;
  try {
    file = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse(t('fileNotJson'));
  }
  if (!isObject(file) || file.app !== SETTINGS_FILE_APP) return refuse(t('fileNotOurs'));
  if (typeof file.format !== 'number' || !Number.isInteger(file.format) || file.format < 1) {
    return refuse(t('fileBadFormat', JSON.stringify(file.format) ?? t('fileMissingValue')));
  }
  if (file.format > SETTINGS_FILE_FORMAT) return refuse(t('fileNewerFormat', file.format));
  for (const key of PARTS) {
    if (!(key in file)) return refuse(t('fileMissingPart', partName(t, key)));
  }

  const problems: string[] = [];
  const settings = checkSettings(file.settings, problems, t, list);
  if (typeof settings === 'string') return refuse(settings);
  const phrases = checkPhrases(file.phrases, t, list);
  if (typeof phrases === 'string') return refuse(phrases);
  const readerPrefs = checkReaderPrefs(file.readerPrefs, t, list);
  if (typeof readerPrefs === 'string') return refuse(readerPrefs);

  const unknown = Object.keys(file).filter((k) => !KNOWN_KEYS.has(k));
  if (unknown.length) problems.push(t('fileUnknownKeys', list(unknown)));
  let exportedAt: string | undefined;
  if (typeof file.exportedAt === 'string' && !Number.isNaN(Date.parse(file.exportedAt))) exportedAt = file.exportedAt;
  else if (file.exportedAt !== undefined) problems.push(t('fileBadExportTime'));
  return { ok: true, data: { settings, phrases, readerPrefs }, exportedAt, problems };
}

type List = (names: string[]) => string;

/** The settings, or why they are refused. A migration from an older version is a notice. */
function checkSettings(raw: unknown, problems: string[], t: Translate, list: List): Settings | string {
  const name = partName(t, 'settings');
  if (!isObject(raw)) return t('filePartNotObject', name);
  if (typeof raw.version === 'number' && raw.version > SETTINGS_VERSION) return t('filePartNewer', name, raw.version);
  const parsed = parseSettings(raw);
  if (parsed.problems.length) {
    const sites = raw.sites ?? {};
    if (!isObject(sites)) return t('fileSitesNotObject', name);
    const bad = Object.entries(sites)
      .filter(([host, site]) => parseSettings({ sites: { [host]: site } }).problems.length > 0)
      .map(([host]) => t('quoted', clip(host)));
    if (bad.length) return t('fileBadSites', name, list(bad));
    if (parseSettings({ traditional: raw.traditional }).problems.length) return t('fileBadVariant', name, clip(String(raw.traditional)));
    return t('filePartInvalid', name, parsed.problems[0]!);
  }
  if (typeof raw.version === 'number' && raw.version < SETTINGS_VERSION) problems.push(t('fileSettingsUpgraded', raw.version));
  return parsed.settings;
}

function checkPhrases(raw: unknown, t: Translate, list: List): Phrase[] | string {
  const name = partName(t, 'phrases');
  const { phrases, problems } = parsePhrases(raw);
  if (!problems.length) return phrases;
  if (!Array.isArray(raw)) return t('filePartNotList', name);
  const seen = new Set<string>();
  const bad: string[] = [];
  raw.forEach((item, i) => {
    if (parsePhrases([item]).problems.length) return bad.push(t('fileEntry', i + 1));
    const from = (item as [string, string])[0].trim();
    if (seen.has(from)) bad.push(t('fileEntryDuplicate', i + 1, clip(from)));
    seen.add(from);
  });
  if (bad.length) return t('fileBadPhrases', name, list(bad));
  return t('filePartInvalid', name, problems[0]!);
}

function checkReaderPrefs(raw: unknown, t: Translate, list: List): ReaderPrefs | string {
  const name = partName(t, 'readerPrefs');
  if (!isObject(raw)) return t('filePartNotObject', name);
  if (typeof raw.version === 'number' && raw.version > READER_PREFS_VERSION) return t('filePartNewer', name, raw.version);
  const { prefs, problems } = parseReaderPrefs(raw);
  if (!problems.length) return prefs;
  const bad = Object.keys(raw).filter((k) => parseReaderPrefs({ [k]: raw[k] }).problems.length > 0);
  if (bad.length) return t('fileBadReaderPrefs', name, list(bad.map((k) => (READER_PREF_NAMES[k] ? t(READER_PREF_NAMES[k]) : k))));
  return t('filePartInvalid', name, problems[0]!);
}
