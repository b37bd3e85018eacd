/**
 * Articles extracted ahead of the click: the popup asks for its tab's article as it opens
 * (`qingdu:prepare-reader`), so that reader-open, a moment later, only checks that the page has not
 * changed since and shows it. This is the keeping part: per tab, the newest only, for a short time.
 * Whether the page changed is the tab's own business (dom/page-changes.ts).
 */

/** Tunables: how long an early extraction may wait for its click (a popup left open that long
 * has been forgotten; the page's lazy parts have loaded since), and how many tabs keep one. */
export const PREPARED_MAX_AGE_MS = 30_000;
export const PREPARED_MAX_TABS = 4;

export class Prepared<T> {
  private readonly byTab = new Map<number, { at: number; value: T }>();

  constructor(
    private readonly maxAgeMs = PREPARED_MAX_AGE_MS,
    private readonly maxTabs = PREPARED_MAX_TABS,
  ) {}

  /** Keeps `value` for `tabId` (replacing an older one), dropping the oldest tab past the limit. */
  put(tabId: number, value: T, now: number): void {
    this.byTab.delete(tabId);
    this.byTab.set(tabId, { at: now, value });
    for (const [id] of this.byTab) {
      if (this.byTab.size <= this.maxTabs) break;
      this.byTab.delete(id);
    }
  }

  /** The tab's value if it is fresh enough; taken either way (an extraction serves one click). */
  take(tabId: number, now: number): T | undefined {
    const hit = this.byTab.get(tabId);
    this.byTab.delete(tabId);
    return hit && now - hit.at <= this.maxAgeMs ? hit.value : undefined;
  }

  /** Forgets the tab (it navigated or closed). */
  drop(tabId: number): void {
    this.byTab.delete(tabId);
  }

  get size(): number {
    return this.byTab.size;
  }
}
