/**
 * All of Qingdu's settings as one JSON file (issue 5: export/import in the options page):
 * { "app": "qingdu", "format": 1, "exportedAt", "settings", "phrases", "readerPrefs" }.
 *
 * Import is all or nothing. A file is refused whole, with a message in Chinese, unless every key
 * holds a value its own validator (parseSettings, parsePhrases, parseReaderPrefs) accepts without
 * dropping or repairing anything: a half-valid file would silently lose the user's rules. Older
 * settings versions are accepted (parseSettings migrates them); newer ones are refused, since this
 * version cannot know what it would drop.
 */
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
export const PART_LABELS: Record<keyof SettingsData, string> = {
  settings: '网站规则与繁體标准',
  phrases: '词语表',
  readerPrefs: '阅读视图设置',
};
/** …and in a file's error messages, with the key to look for in the file. */
const PART_NAMES = Object.fromEntries(Object.entries(PART_LABELS).map(([k, v]) => [k, `${v}（${k}）`])) as Record<keyof SettingsData, string>;
const READER_PREF_NAMES: Record<string, string> = {
  theme: '主题',
  font: '字体',
  fontSize: '字号',
  lineHeight: '行距',
  width: '版面宽度',
  indent: '段首缩进',
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
const refuse = (why: string): SettingsFileResult => ({ ok: false, error: `${why}没有导入任何设置。` });
const list = (names: string[]) => names.slice(0, NAMED).join('、') + (names.length > NAMED ? ` 等 ${names.length} 项` : '');
const quote = (s: string) => `“${s.slice(0, 40)}”`;

export function parseSettingsFile(text: string): SettingsFileResult {
  if (text.length > MAX_SETTINGS_FILE_CHARS) return refuse(`文件太大（${Math.round(text.length / 1024)} KB），不是清读的设置文件。`);
  let file: unknown;
  try {
    file = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse('文件不是有效的 JSON，不是清读导出的设置文件。');
  }
  if (!isObject(file) || file.app !== SETTINGS_FILE_APP) return refuse('这不是清读导出的设置文件（缺少 "app": "qingdu"）。');
  if (typeof file.format !== 'number' || !Number.isInteger(file.format) || file.format < 1) {
    return refuse(`无法识别文件的格式版本（format: ${JSON.stringify(file.format) ?? '缺少'}）。`);
  }
  if (file.format > SETTINGS_FILE_FORMAT) return refuse(`此文件来自更新版本的清读（格式 ${file.format}），请先更新清读再导入。`);
  for (const key of Object.keys(PART_NAMES) as (keyof SettingsData)[]) {
    if (!(key in file)) return refuse(`文件缺少${PART_NAMES[key]}。`);
  }

  const problems: string[] = [];
  const settings = checkSettings(file.settings, problems);
  if (typeof settings === 'string') return refuse(settings);
  const phrases = checkPhrases(file.phrases);
  if (typeof phrases === 'string') return refuse(phrases);
  const readerPrefs = checkReaderPrefs(file.readerPrefs);
  if (typeof readerPrefs === 'string') return refuse(readerPrefs);

  const unknown = Object.keys(file).filter((k) => !KNOWN_KEYS.has(k));
  if (unknown.length) problems.push(`忽略了文件中不认识的项：${list(unknown)}。`);
  let exportedAt: string | undefined;
  if (typeof file.exportedAt === 'string' && !Number.isNaN(Date.parse(file.exportedAt))) exportedAt = file.exportedAt;
  else if (file.exportedAt !== undefined) problems.push('文件的导出时间无效，已忽略。');
  return { ok: true, data: { settings, phrases, readerPrefs }, exportedAt, problems };
}

/** The settings, or why they are refused. A migration from an older version is a notice. */
function checkSettings(raw: unknown, problems: string[]): Settings | string {
  const name = PART_NAMES.settings;
  if (!isObject(raw)) return `${name}不是对象。`;
  if (typeof raw.version === 'number' && raw.version > SETTINGS_VERSION) return `${name}来自更新版本的清读（版本 ${raw.version}），请先更新清读再导入。`;
  const parsed = parseSettings(raw);
  if (parsed.problems.length) {
    const sites = raw.sites ?? {};
    if (!isObject(sites)) return `${name}中的网站规则不是对象。`;
    const bad = Object.entries(sites)
      .filter(([host, site]) => parseSettings({ sites: { [host]: site } }).problems.length > 0)
      .map(([host]) => quote(host));
    if (bad.length) return `${name}中有无效的网站规则：${list(bad)}。`;
    if (parseSettings({ traditional: raw.traditional }).problems.length) return `${name}中的繁體标准${quote(String(raw.traditional))}无效。`;
    return `${name}无效（${parsed.problems[0]}）。`;
  }
  if (typeof raw.version === 'number' && raw.version < SETTINGS_VERSION) problems.push(`网站规则来自旧版本（版本 ${raw.version}），已升级为当前格式。`);
  return parsed.settings;
}

function checkPhrases(raw: unknown): Phrase[] | string {
  const name = PART_NAMES.phrases;
  const { phrases, problems } = parsePhrases(raw);
  if (!problems.length) return phrases;
  if (!Array.isArray(raw)) return `${name}不是列表。`;
  const seen = new Set<string>();
  const bad: string[] = [];
  raw.forEach((item, i) => {
    if (parsePhrases([item]).problems.length) return bad.push(`第 ${i + 1} 条`);
    const from = (item as [string, string])[0].trim();
    if (seen.has(from)) bad.push(`第 ${i + 1} 条（${quote(from)}重复）`);
    seen.add(from);
  });
  if (bad.length) return `${name}中有无效的词条：${list(bad)}。`;
  return `${name}无效（${problems[0]}）。`;
}

function checkReaderPrefs(raw: unknown): ReaderPrefs | string {
  const name = PART_NAMES.readerPrefs;
  if (!isObject(raw)) return `${name}不是对象。`;
  if (typeof raw.version === 'number' && raw.version > READER_PREFS_VERSION) return `${name}来自更新版本的清读（版本 ${raw.version}），请先更新清读再导入。`;
  const { prefs, problems } = parseReaderPrefs(raw);
  if (!problems.length) return prefs;
  const bad = Object.keys(raw).filter((k) => parseReaderPrefs({ [k]: raw[k] }).problems.length > 0);
  if (bad.length) return `${name}中的${list(bad.map((k) => READER_PREF_NAMES[k] ?? k))}无效。`;
  return `${name}无效（${problems[0]}）。`;
}
