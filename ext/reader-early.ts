/**
 * The reading view's two storage reads (the article under its key, the preferences), started by a
 * small classic script in the page's head (entrypoints/reader-early.ts) as soon as the page
 * commits, while the view's modules are still loading; main.tsx takes them when it runs, or reads
 * itself when they are not there (the script failed to load, another key).
 */
import { browser } from '#imports';
import { readerStorageKey } from '../core/reader/model';
import { READER_PREFS_KEY } from '../core/reader/prefs';

export interface EarlyReads {
  key: string | null;
  /** storage.session.get of the article's key: its raw value (validated by the taker). */
  article: Promise<unknown>;
  /** storage.local.get of the preferences' key: its raw value. */
  prefs: Promise<unknown>;
}

const GLOBAL = '__qingduReaderReads';
type Holder = { [GLOBAL]?: EarlyReads };

const value = (area: 'session' | 'local', k: string): Promise<unknown> => {
  const p = browser.storage[area].get(k).then((got) => got[k]);
  p.catch(() => undefined); // taken (and its failure handled) later, or never
  return p;
};

export function startEarlyReads(key: string | null): void {
  (globalThis as Holder)[GLOBAL] = {
    key,
    article: key ? value('session', readerStorageKey(key)) : Promise.resolve(undefined),
    prefs: value('local', READER_PREFS_KEY),
  };
}

/** The reads started for `key`, once (later calls, and another key, read anew). */
export function takeEarlyReads(key: string | null): EarlyReads | undefined {
  const holder = globalThis as Holder;
  const early = holder[GLOBAL];
  delete holder[GLOBAL];
  return early && early.key === key ? early : undefined;
}

/** The article's raw value: the early read when there is one, else a read now. (The preferences'
 * early read goes to loadReaderPrefs, which reads itself without it.) */
export const articleRaw = (key: string, early?: EarlyReads): Promise<unknown> => early?.article ?? value('session', readerStorageKey(key));
