/**
 * The options page's link to storage.local: the three parts (settings, phrases, readerPrefs)
 * read and validated together, written in one set() call (so an import or a reset is never half
 * done: a full quota fails it whole), and changes made elsewhere (the popup, a reader tab) passed on.
 */
import { browser } from '#imports';
import { changedParts, PART_KEYS, PARTS, readStored, toStorage, type Repair } from '../../core/options';
import type { SettingsData } from '../../core/settings-file';
import { saveReaderPrefs } from '../../ext/reader-prefs';

export interface OptionsStore {
  /** All three parts, repaired where the stored value was corrupt (nothing is written back). */
  load(): Promise<{ data: SettingsData; repairs: Repair[] }>;
  /** One storage.local.set of the given parts; rejects (quota full…) with nothing written. */
  save(data: Partial<SettingsData>): Promise<void>;
  /** Calls `onChange` with the parts another page changed. Returns the unsubscribe function. */
  watch(onChange: (data: Partial<SettingsData>, repairs: Repair[]) => void): () => void;
}

export function connectStore(): OptionsStore {
  return {
    async load() {
      const items = await browser.storage.local.get(Object.values(PART_KEYS));
      const { data, repairs } = readStored(items, PARTS);
      return { data: data as SettingsData, repairs };
    },
    async save(data) {
      const parts = Object.keys(data);
      // The reading view's own module writes its preferences (the same single set()).
      if (parts.length === 1 && data.readerPrefs) return saveReaderPrefs(data.readerPrefs);
      await browser.storage.local.set(toStorage(data));
    },
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area !== 'local') return;
        const parts = changedParts(changes);
        if (!parts.length) return;
        const values = Object.fromEntries(Object.entries(changes).map(([k, c]) => [k, c.newValue]));
        const { data, repairs } = readStored(values, parts);
        onChange(data, repairs);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
