/** Stored settings across an extension update (core/migrate.ts), run by the background. */
import { browser } from '#imports';
import { migrations } from '../core/migrate';

/** Rewrites the parts stored by an older version in one storage write (all or nothing). Returns
 * the keys written. */
export async function migrateStorage(): Promise<string[]> {
  const writes = migrations(await browser.storage.local.get(null));
  const keys = Object.keys(writes);
  if (keys.length) await browser.storage.local.set(writes);
  return keys;
}

/** runtime.onInstalled: on an update, migrate (a failure is logged; the old values still parse). */
export async function onInstalled(details: { reason: string }): Promise<void> {
  if (details.reason !== 'update') return;
  try {
    const keys = await migrateStorage();
    if (keys.length) console.info('[Qingdu] settings migrated after the update:', keys.join(', '));
  } catch (e) {
    console.warn('[Qingdu] could not migrate the settings after the update:', e);
  }
}
