/**
 * Pure helpers for the options page: what a user types (a site's address, a phrase, a pasted or
 * imported phrase table) checked and turned into the stored shapes, with messages in the user's
 * language (each function takes the Translate of core/i18n.ts).
 * The stored shapes' own validators (core/settings.ts, core/phrases.ts) stay the last word: what
 * is accepted here is what they accept (core/options.test.ts checks it).
 */
import type { Translate } from './i18n';
import { MAX_PHRASE_LENGTH, MAX_PHRASES, parsePhrases, PHRASES_KEY, type Phrase } from './phrases';
import { parseReaderPrefs, READER_PREFS_KEY } from './reader/prefs';
import { parseSettings, SETTINGS_KEY } from './settings';
import type { SettingsData } from './settings-file';

/** A hostname as location.hostname gives it: LDH labels (IDN already in punycode), or [IPv6].
 * Stricter than core/settings' HOST_RE (which only guards storage), so "-" or "a..b" is refused. */
const HOSTNAME_RE = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const IPV6_RE = /^\[[0-9a-f:.]+\]$/;
/** A scheme written by the user ("https://…"); without one the text is read as host[/path]. */
const SCHEME_RE = /^[a-z][a-z0-9+.-]*:\/\//i;
/** core/phrases.ts's bound on each side of a pair. */
export const PHRASE_MAX_LENGTH = MAX_PHRASE_LENGTH;
/** Separates the two sides of a pair in the text format: a tab, or else the first run of spaces
 * (ASCII or the ideographic space a Chinese input method types). */
const SPACES_RE = /[ \u3000]+/;

export type HostResult = { ok: true; host: string } | { ok: false; error: string };

/**
 * The hostname a rule is stored under, from what the user typed: a bare host ("www.dzwww.com"),
 * or a pasted address ("https://www.dzwww.com/news/1.html"). Lower case, IDN to punycode (the form
 * location.hostname has), no port, no trailing dot.
 */
export function normalizeHost(input: string, t: Translate): HostResult {
  const text = input.trim();
  if (!text) return { ok: false, error: t('hostEmpty') };
  let url: URL;
  try {
    url = new URL(SCHEME_RE.test(text) ? text : `http://${text}`);
  } catch {
    return { ok: false, error: t('hostBadUrl', text.slice(0, 60)) };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, error: t('hostNotWeb') };
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (!HOSTNAME_RE.test(host) && !IPV6_RE.test(host)) return { ok: false, error: t('hostBadHost', text.slice(0, 60)) };
  return { ok: true, host };
}

/** Why a phrase pair cannot be saved (null: it can). `others` is the table without the pair being
 * edited; `to` must not be empty here (an empty replacement silently deletes text). */
export function checkPhrase(others: readonly Phrase[], from: string, to: string, t: Translate): string | null {
  const f = from.trim();
  const tt = to.trim();
  if (!f) return t('phraseNoFrom');
  if (!tt) return t('phraseNoTo');
  if (f.length > PHRASE_MAX_LENGTH || tt.length > PHRASE_MAX_LENGTH) return t('phraseTooLong', PHRASE_MAX_LENGTH);
  if (others.some(([o]) => o === f)) return t('phraseExists', f);
  return null;
}

/** The table with the pair at `index` replaced (or, with index null, the pair appended). */
export function withPhrase(phrases: readonly Phrase[], index: number | null, from: string, to: string): Phrase[] {
  const pair: Phrase = [from.trim(), to.trim()];
  if (index === null) return [...phrases, pair];
  return phrases.map((p, i) => (i === index ? pair : p));
}

export function withoutPhrase(phrases: readonly Phrase[], index: number): Phrase[] {
  return phrases.filter((_, i) => i !== index);
}

/** `incoming` merged into `current`: a pair whose original is already there replaces it in place,
 * new ones go at the end. */
export function mergePhrases(current: readonly Phrase[], incoming: readonly Phrase[]): { phrases: Phrase[]; added: number; updated: number } {
  const at = new Map(current.map(([f], i) => [f, i]));
  const phrases = [...current];
  let added = 0;
  let updated = 0;
  for (const pair of incoming) {
    const i = at.get(pair[0]);
    if (i === undefined) {
      at.set(pair[0], phrases.length);
      phrases.push(pair);
      added++;
    } else if (phrases[i]![1] !== pair[1]) {
      phrases[i] = pair;
      updated++;
    }
  }
  return { phrases, added, updated };
}

/** One pair a line, tab-separated: what parsePhraseText reads back. */
export function formatPhraseText(phrases: readonly Phrase[]): string {
  return phrases.map(([f, t]) => `${f}\t${t}\n`).join('');
}

export interface TextProblem {
  /** 1-based line of the text (null: not about one line). */
  line: number | null;
  message: string;
}
export type PhraseTextResult = { ok: true; phrases: Phrase[] } | { ok: false; errors: TextProblem[] };

/**
 * A phrase table as text: one pair a line, `原词<Tab>目标` or `原词 目标`; blank lines and lines
 * starting with # are skipped. Text starting with [ or { is JSON instead: the stored shape
 * [["原词","目标"], …] or an object {"原词": "目标", …}. Any bad line refuses the whole text, each
 * reported with its line number, so nothing half-imported is ever saved.
 */
export function parsePhraseText(input: string, t: Translate): PhraseTextResult {
  const text = input.replace(/^\uFEFF/, '');
  const head = text.trimStart()[0];
  if (head === '[' || head === '{') return parsePhraseJson(text, t);
  const errors: TextProblem[] = [];
  const pairs: Phrase[] = [];
  const firstLine = new Map<string, number>();
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim() || raw.trim().startsWith('#')) return;
    const pair = splitPair(raw);
    if (!pair) return errors.push({ line, message: t('phraseLineNoTarget') });
    const [from, to] = pair;
    const seen = firstLine.get(from);
    const problem = seen !== undefined ? t('phraseLineDuplicate', from, seen) : sentence(checkPhrase([], from, to, t));
    if (problem) return errors.push({ line, message: problem });
    firstLine.set(from, line);
    pairs.push([from, to]);
  });
  if (pairs.length > MAX_PHRASES) errors.push({ line: null, message: t('phrasesTooMany', MAX_PHRASES, pairs.length) });
  return errors.length ? { ok: false, errors } : gate(pairs, t);
}

/** A message as part of a list item: without its full stop. */
const sentence = (s: string | null | undefined) => s?.replace(/[。.]$/, '');

/** A line's two sides: split at the first tab if there is one (so either side may hold spaces),
 * else at the first run of spaces. */
function splitPair(s: string): [string, string] | null {
  const tab = s.indexOf('\t');
  if (tab >= 0) return [s.slice(0, tab).trim(), s.slice(tab + 1).trim()];
  const t = s.trim();
  const m = SPACES_RE.exec(t);
  return m ? [t.slice(0, m.index), t.slice(m.index + m[0].length)] : null;
}

function parsePhraseJson(text: string, t: Translate): PhraseTextResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ line: null, message: t('phraseJsonSyntax', e instanceof Error ? e.message : String(e)) }] };
  }
  if (typeof data !== 'object' || data === null) return { ok: false, errors: [{ line: null, message: t('phraseJsonShape') }] };
  const items: unknown[] = Array.isArray(data) ? data : Object.entries(data);
  const errors: TextProblem[] = [];
  const pairs: Phrase[] = [];
  const firstItem = new Map<string, number>();
  items.forEach((item, i) => {
    const n = i + 1;
    if (!Array.isArray(item) || item.length !== 2 || typeof item[0] !== 'string' || typeof item[1] !== 'string') {
      return errors.push({ line: null, message: t('phraseJsonItemShape', n) });
    }
    const from = item[0].trim();
    const seen = firstItem.get(from);
    const problem = seen !== undefined ? t('phraseJsonDuplicate', from, seen) : sentence(checkPhrase([], from, item[1], t));
    if (problem) return errors.push({ line: null, message: t('phraseJsonItemProblem', n, problem) });
    firstItem.set(from, n);
    pairs.push([from, item[1].trim()]);
  });
  if (pairs.length > MAX_PHRASES) errors.push({ line: null, message: t('phrasesTooMany', MAX_PHRASES, pairs.length) });
  return errors.length ? { ok: false, errors } : gate(pairs, t);
}

/** The stored shape's validator has the last word: anything it would drop refuses the import. */
function gate(pairs: Phrase[], t: Translate): PhraseTextResult {
  const { phrases, problems } = parsePhrases(pairs);
  if (problems.length) return { ok: false, errors: problems.map((p) => ({ line: null, message: t('phrasesInvalid', p) })) };
  return { ok: true, phrases };
}

/** A storage failure in words a reader can act on. Chrome's quota error reads
 * "QUOTA_BYTES quota exceeded"; Firefox's "QuotaExceededError". */
export function storageErrorMessage(e: unknown, t: Translate): string {
  const text = e instanceof Error ? e.message : String(e);
  if (/quota/i.test(text) || (e instanceof Error && /quota/i.test(e.name))) {
    return t('storageFull');
  }
  return t('storageFailed', text);
}

/** The three parts of the settings the options page edits, each under its own storage key. */
export type Part = keyof SettingsData;
export const PARTS: readonly Part[] = ['settings', 'phrases', 'readerPrefs'];
export const PART_KEYS: Record<Part, string> = { settings: SETTINGS_KEY, phrases: PHRASES_KEY, readerPrefs: READER_PREFS_KEY };

/** A stored part that was corrupt: what its validator dropped or replaced (the validator's words). */
export interface Repair {
  part: Part;
  problems: string[];
}

/**
 * `parts` read from `items` (storage keys → stored values, as storage.get or onChanged's newValue
 * give them; a missing key is the defaults), each through its own validator.
 */
export function readStored(items: Record<string, unknown>, parts: readonly Part[] = PARTS): { data: Partial<SettingsData>; repairs: Repair[] } {
  const data: Partial<SettingsData> = {};
  const repairs: Repair[] = [];
  const note = (part: Part, problems: string[]) => problems.length && repairs.push({ part, problems });
  for (const part of parts) {
    const raw = items[PART_KEYS[part]];
    if (part === 'settings') {
      const r = parseSettings(raw);
      data.settings = r.settings;
      note(part, r.problems);
    } else if (part === 'phrases') {
      const r = parsePhrases(raw);
      data.phrases = r.phrases;
      note(part, r.problems);
    } else {
      const r = parseReaderPrefs(raw);
      data.readerPrefs = r.prefs;
      note(part, r.problems);
    }
  }
  return { data, repairs };
}

/** The parts of `data` as storage items, for one storage.local.set. */
export function toStorage(data: Partial<SettingsData>): Record<string, unknown> {
  const items: Record<string, unknown> = {};
  for (const part of PARTS) if (data[part] !== undefined) items[PART_KEYS[part]] = data[part];
  return items;
}

/** Which parts a storage.onChanged batch touches. */
export function changedParts(changes: Record<string, unknown>): Part[] {
  return PARTS.filter((p) => PART_KEYS[p] in changes);
}
