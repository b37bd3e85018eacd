/**
 * The notice about corrupt stored settings, for the popup (the options page has its own, in its
 * store): which parts are corrupt (a read: writes nothing), and the user's acknowledgement, which
 * replaces exactly those keys with their repaired values in one write (so the notice is seen
 * once, and every other key stays as it was).
 */
import { browser } from '#imports';
import { PART_KEYS, PARTS, readStored, toStorage, type Part, type Repair } from '../core/options';

export async function storedRepairs(): Promise<Repair[]> {
  return readStored(await browser.storage.local.get(PARTS.map((p) => PART_KEYS[p]))).repairs;
}

export async function acknowledgeRepairs(parts: readonly Part[]): Promise<void> {
  if (!parts.length) return;
  const { data } = readStored(await browser.storage.local.get(parts.map((p) => PART_KEYS[p])), parts);
  await browser.storage.local.set(toStorage(data));
}
