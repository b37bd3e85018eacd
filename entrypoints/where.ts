/**
 * The evidence export's places: run in a tab's top frame, in the cleaner's isolated world, when
 * the user saves an evidence report from the popup (ext/tab-actions.ts locateItems). It works out
 * each report item's CSS path and place in the page (core/spam/report.ts placeOf), which the
 * cleaner, running on every page, does not carry the code for. Its return value (plain data, in
 * the report's item order; null when no cleaner runs there) is executeScript's result.
 */
import { defineUnlistedScript } from '#imports';
import { placeOf, type Place } from '../core/spam/report';
import type { QingduWorld } from '../dom/cleaner';

export default defineUnlistedScript((): Place[] | null => {
  const located = (globalThis as QingduWorld).qingduLocated?.();
  return located ? located.map(([marked, at]) => placeOf(marked, at)) : null;
});
