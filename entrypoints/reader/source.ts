/** Where the reading view's data comes from: the Extraction the background left in storage.session
 * under `reader:<key>`, and the preferences in storage.local (ext/reader-prefs.ts). */
import type { Extraction } from '../../core/reader/model';
import type { ReaderPrefs } from '../../core/reader/prefs';
import { isExtraction } from '../../core/reader/validate';
import { articleRaw, type EarlyReads } from '../../ext/reader-early';
import { saveReaderPrefs, watchReaderPrefs } from '../../ext/reader-prefs';

export interface ReaderSource {
  /** undefined: nothing (or nothing usable) stored under the key. */
  extraction(): Promise<Extraction | undefined>;
  savePrefs(prefs: ReaderPrefs): Promise<void>;
  watchPrefs(onChange: (prefs: ReaderPrefs) => void): () => void;
}

/** `early`: the reads reader-early.js started for this key, taken once. */
export function readerSource(key: string | null, early?: EarlyReads): ReaderSource {
  return {
    async extraction() {
      if (!key) return undefined;
      const raw = await articleRaw(key, early);
      early = undefined;
      // Storage holds whatever an older or newer version wrote: only the exact shape is shown; anything
      // else reads as "gone" and the view says to open it again.
      return isExtraction(raw) ? raw : undefined;
    },
    savePrefs: saveReaderPrefs,
    watchPrefs: watchReaderPrefs,
  };
}
