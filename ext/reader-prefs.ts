/** Reading-view preferences in storage.local under their own key, validated on every read
 * (core/reader/prefs.ts). A corrupt value never breaks the reading view: it reads as the defaults. */
import { browser } from '#imports';
import { DEFAULT_READER_PREFS, parseReaderPrefs, READER_PREFS_KEY, type ReaderPrefs } from '../core/reader/prefs';

function parseAndReport(raw: unknown): { prefs: ReaderPrefs } {
  const { prefs, problems } = parseReaderPrefs(raw);
  if (problems.length) console.warn('[Qingdu] reader preferences repaired:', problems.join('; '));
  return { prefs };
}

/** `raw`: the stored value's read, when already started (ext/reader-early.ts). */
export async function loadReaderPrefs(raw?: Promise<unknown>): Promise<ReaderPrefs> {
  try {
    const value = await (raw ?? browser.storage.local.get(READER_PREFS_KEY).then((got) => got[READER_PREFS_KEY]));
    // Not written back (as ext/settings.ts loadSettings): the next change saves the repaired value.
    return parseAndReport(value).prefs;
  } catch (e) {
    console.warn('[Qingdu] reader preferences could not be read; using defaults:', e);
    return { ...DEFAULT_READER_PREFS };
  }
}

export async function saveReaderPrefs(prefs: ReaderPrefs): Promise<void> {
  await browser.storage.local.set({ [READER_PREFS_KEY]: prefs });
}

/** Calls `onChange` when another page (another reader tab) changes the preferences. Returns the
 * unsubscribe function. */
export function watchReaderPrefs(onChange: (prefs: ReaderPrefs) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[READER_PREFS_KEY];
    if (area === 'local' && change) onChange(parseAndReport(change.newValue).prefs);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
