/**
 * What the background does for a tab, in one place for every trigger (popup, keyboard shortcut,
 * context menu, a site rule): convert the page's script, open the reading view, serve the
 * conversion dictionaries, keep the "convert this site on load" registration in step with the
 * settings.
 *
 * The converter (entrypoints/convert.ts, with its dictionaries) and the extractor
 * (entrypoints/extract.ts, with Readability) are NOT in the content script that runs on every
 * page: they are injected into a tab only when asked for.
 */
import type { Place } from '../core/spam/report';
import { browser } from '#imports';
import type { PublicPath } from 'wxt/browser';
import { isConverterState, type ConverterState, type ToConverter } from '../core/messages';
import { READER_KEY_PREFIX, readerStorageKey, type Extraction } from '../core/reader/model';
import { Prepared } from '../core/reader/prepared';
import { PAGE_WATCH_KEY, pageChangedIn } from '../dom/page-changes';
import { isExtraction } from '../core/reader/validate';
import { autoConvertHosts, type Settings } from '../core/settings';
import type { ScriptChoice, Variant } from '../core/convert/variants';
import { detectScript } from '../core/convert/detect';
import { dictFromScript, dictPath } from '../core/convert/dict-path';
import { t } from './i18n';
import { loadSettings } from './settings';

const CONVERT_SCRIPT = '/convert.js';
const EXTRACT_SCRIPT = '/extract.js';
const WHERE_SCRIPT = '/where.js';
const REGISTERED_ID = 'qingdu-convert';
/** Tunables: reading-view articles kept in session storage (Back/reload still work for the last
 * few), and the prefix of their keys. */
const KEEP_ARTICLES = 12;

// ---- dictionaries ----

const dicts = new Map<Variant, Promise<string>>();

/** A variant's compiled dictionary for the worker's own use (convert-and-copy), read once from
 * the extension's files and kept. Tabs get theirs as a script instead (injectDict). */
export function getDict(variant: Variant): Promise<string> {
  let p = dicts.get(variant);
  if (!p) {
    p = fetch(browser.runtime.getURL(dictPath(variant) as PublicPath)).then(async (r) => {
      if (!r.ok) throw new Error(`dictionary ${variant}: HTTP ${r.status}`);
      return dictFromScript(await r.text());
    });
    p.catch(() => dicts.delete(variant));
    dicts.set(variant, p);
  }
  return p;
}

/** Puts a variant's dictionary into a tab frame's isolated world, where convert.js takes it. */
export async function injectDict(tabId: number, frameId: number, variant: Variant): Promise<boolean> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [dictPath(variant) as '/convert.js'] });
  return true;
}

// ---- conversion ----

async function converterState(tabId: number): Promise<ConverterState | null> {
  try {
    const msg: ToConverter = { type: 'qingdu:get-script' };
    const r: unknown = await browser.tabs.sendMessage(tabId, msg, { frameId: 0 });
    return isConverterState(r) ? r : null;
  } catch {
    return null; // no converter in that tab yet
  }
}

/** Puts the converter into the tab's top frame with a variant's dictionary before it, so that it
 * finds the dictionary without a round trip. */
async function injectConverter(tabId: number, variant: Variant): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [dictPath(variant) as '/convert.js', CONVERT_SCRIPT] });
}

/** The variant the script toggle goes to from the original: simplified on a traditional page,
 * else the user's 繁體. */
const toggleTarget = (pageLooksTraditional: boolean, traditional: Variant): Variant => (pageLooksTraditional ? 't2s' : traditional);

/** The tab's current script, 'original' when the converter was never loaded there. */
export async function getScript(tabId: number): Promise<ConverterState> {
  return (await converterState(tabId)) ?? { script: 'original' };
}

/** The first 4,000 characters of the tab's visible text ('' when it cannot be read). */
async function pageText(tabId: number): Promise<string> {
  const [r] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: () => document.body?.innerText.slice(0, 4000) ?? '' });
  return typeof r?.result === 'string' ? r.result : '';
}

/** Per tab: the converter being put in place as the popup opened (prepareConvert). */
const preparing = new Map<number, Promise<void>>();

/**
 * The popup opened on the tab: on a page in Chinese, the converter the toggle would use goes into
 * the tab now — the user's 繁體 variant on a simplified page, t2s on a traditional one — and reads
 * its dictionary in idle time, while the user looks at the popup. Getting the dictionary (a 1 MB
 * script) into a tab takes longer than converting the page (~100–300 ms on the 2-core test
 * machine), and a click would otherwise wait for it. Nothing on the page changes; on a page not in
 * Chinese, or where a converter is already, nothing is done.
 */
export function prepareConvert(tabId: number): void {
  if (preparing.has(tabId)) return;
  const p = (async () => {
    if (await converterState(tabId)) return;
    const script = detectScript(await pageText(tabId));
    if (script === 'unknown') return;
    const variant = toggleTarget(script === 'traditional', (await loadSettings()).traditional);
    await injectConverter(tabId, variant);
    const msg: ToConverter = { type: 'qingdu:prepare-script', script: variant };
    await browser.tabs.sendMessage(tabId, msg, { frameId: 0 });
  })()
    .catch(() => undefined)
    .finally(() => preparing.delete(tabId));
  preparing.set(tabId, p);
}

export async function setScript(tabId: number, script: ScriptChoice): Promise<ConverterState> {
  // A click while the popup's preparation is on its way waits for it rather than doing it again.
  await preparing.get(tabId);
  if (!(await converterState(tabId))) {
    if (script === 'original') return { script };
    try {
      await injectConverter(tabId, script);
    } catch {
      return { script: 'original', error: t('errCannotConvert') };
    }
  }
  try {
    const msg: ToConverter = { type: 'qingdu:set-script', script };
    const r: unknown = await browser.tabs.sendMessage(tabId, msg, { frameId: 0 });
    return isConverterState(r) ? r : { script: 'original', error: t('errPageNoResponse') };
  } catch {
    return { script: 'original', error: t('errPageNoResponse') };
  }
}

/** The next script for the keyboard shortcut: original → the other script → original. The page's
 * text and the settings are read only on the way to the other script. */
export async function toggleScript(tabId: number): Promise<ConverterState> {
  if ((await getScript(tabId)).script !== 'original') return setScript(tabId, 'original');
  const [text, settings] = await Promise.all([pageText(tabId).catch(() => ''), loadSettings()]);
  return setScript(tabId, toggleTarget(detectScript(text) === 'traditional', settings.traditional));
}

let syncing: Promise<void> = Promise.resolve();

/** Registers the converter, with its dictionary, as a document_start content script on the sites
 * that convert on load (so their pages show in the chosen script without a flash), and on no
 * other site: one registration per variant in use. */
export function syncAutoConvert(settings: Settings): Promise<void> {
  const byVariant = new Map<Variant, string[]>();
  for (const host of autoConvertHosts(settings)) {
    const v = settings.sites[host]!.script as Variant;
    byVariant.set(v, [...(byVariant.get(v) ?? []), host]);
  }
  syncing = syncing
    .then(async () => {
      const have = (await browser.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(REGISTERED_ID));
      if (have.length) await browser.scripting.unregisterContentScripts({ ids: have.map((s) => s.id) });
      if (!byVariant.size) return;
      await browser.scripting.registerContentScripts(
        [...byVariant].map(([v, hosts]) => ({
          id: `${REGISTERED_ID}-${v}`,
          matches: hosts.map((h) => `*://${h}/*`),
          js: [dictPath(v).slice(1), CONVERT_SCRIPT.slice(1)],
          runAt: 'document_start' as const,
          persistAcrossSessions: true,
        })),
      );
    })
    .catch((e: unknown) => console.warn('[Qingdu] could not register the on-load converter:', e));
  return syncing;
}

// ---- evidence export ----

/** Where each item of the tab's report is in its page (entrypoints/where.ts), in the report's
 * order; null when the tab cannot tell (no cleaner there, or no access). */
export async function locateItems(tabId: number): Promise<Place[] | null> {
  try {
    const [r] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [WHERE_SCRIPT] });
    return Array.isArray(r?.result) ? (r.result as Place[]) : null;
  } catch {
    return null;
  }
}

// ---- reading view ----

export type OpenResult = { opened: true } | { opened: false; message: string };

/** Runs the extractor in the tab's top frame: its Extraction, or the message to show instead. */
async function extract(tabId: number): Promise<Extraction | string> {
  try {
    const [injected] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [EXTRACT_SCRIPT] });
    const result: unknown = injected?.result;
    return isExtraction(result) ? result : t('errCannotReadText');
  } catch {
    return t('errCannotReadPage');
  }
}

/** An early extraction, and the key it is already stored under (when storing it worked). */
interface Early {
  extraction: Extraction | string;
  key?: string;
}

/** Extractions started when the popup opened (prepareReader), waiting for its reader-open. */
const prepared = new Prepared<Promise<Early>>();
/** Per tab: the current preparation's token (a newer one, or forgetting, makes it stale). */
const current = new Map<number, object>();
/** Per tab: the key of an early extraction stored but not opened yet. Removed from storage when
 * the tab's preparation is replaced or forgotten, or reader-open does not use it. */
const unclaimed = new Map<number, string>();

const newKey = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
const removeStored = (key: string) => void browser.storage.session.remove(readerStorageKey(key)).catch(() => undefined);

function dropUnclaimed(tabId: number): void {
  const key = unclaimed.get(tabId);
  unclaimed.delete(tabId);
  if (key !== undefined) removeStored(key);
}

/** The popup opened on the tab: extract its article now, and store it, while the user looks at the
 * popup, so that reader-open only checks that the page is unchanged and navigates (issue 3's
 * speed target). Nothing is shown. */
export function prepareReader(tabId: number): void {
  dropUnclaimed(tabId);
  const token = {};
  current.set(tabId, token);
  const p = extract(tabId).then(async (extraction): Promise<Early> => {
    if (typeof extraction === 'string') return { extraction };
    const key = newKey();
    try {
      await storeArticle(key, extraction);
    } catch {
      return { extraction }; // stored again (or refused with a message) on reader-open
    }
    if (current.get(tabId) !== token) {
      removeStored(key); // replaced or forgotten meanwhile
      return { extraction };
    }
    unclaimed.set(tabId, key);
    return { extraction, key };
  });
  prepared.put(tabId, p, Date.now());
}

/** The tab navigated or closed: its early extraction is of no use. */
export function forgetPrepared(tabId: number): void {
  prepared.drop(tabId);
  current.delete(tabId);
  dropUnclaimed(tabId);
}

/** The early extraction of the tab, if there is one and the page has not changed since it
 * (dom/page-changes.ts: any DOM change, or a new document, counts). */
async function preparedExtraction(tabId: number): Promise<Early | undefined> {
  const early = prepared.take(tabId, Date.now());
  if (!early) return undefined;
  const ex = await early;
  if (typeof ex.extraction === 'string') return undefined; // failed then: try again, and say why if it fails again
  try {
    const [r] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: pageChangedIn, args: [PAGE_WATCH_KEY] });
    return r?.result === false ? ex : undefined;
  } catch {
    return undefined;
  }
}

/** Extracts the tab's article (or takes the one extracted when the popup opened, if the page is
 * unchanged) and shows it in the reading view, in the same tab (Back returns). `auto` (a site
 * rule): only when the page is an article, and silently otherwise. */
export async function openReader(tabId: number, auto = false): Promise<OpenResult> {
  const early = await preparedExtraction(tabId);
  // The early one's stored copy is used (claimed), or of no use.
  const claimed = early?.key !== undefined && unclaimed.get(tabId) === early.key ? early.key : undefined;
  if (claimed) unclaimed.delete(tabId);
  else dropUnclaimed(tabId);
  const extraction = early?.extraction ?? (await extract(tabId));
  if (typeof extraction === 'string') return { opened: false, message: extraction };
  if (auto && !extraction.ok) {
    if (claimed) removeStored(claimed);
    return { opened: false, message: extraction.message };
  }
  let key = claimed;
  if (!key) {
    key = newKey();
    try {
      await storeArticle(key, extraction);
    } catch {
      return { opened: false, message: t('errArticleTooLarge') };
    }
  }
  await browser.tabs.update(tabId, { url: browser.runtime.getURL(`/reader.html?key=${key}` as '/reader.html') });
  // Older articles are dropped after the navigation has started, not in front of it.
  void pruneArticles(key).catch((e: unknown) => console.warn('[Qingdu] old reading-view articles not dropped:', e));
  return { opened: true };
}

/** The keys of the stored articles, oldest first (keys start with their time). */
async function storedArticleKeys(): Promise<string[]> {
  const area = browser.storage.session as typeof browser.storage.session & { getKeys?: () => Promise<string[]> };
  // getKeys (Chrome 130) lists the keys without reading (and copying) every stored article.
  const keys = area.getKeys ? await area.getKeys() : Object.keys(await area.get(null));
  return keys.filter((k) => k.startsWith(READER_KEY_PREFIX)).sort();
}

/** Keeps the newest KEEP_ARTICLES (Back and reload still work for the last few), `keep` among
 * them, and the early extractions waiting for a click. */
async function pruneArticles(keep: string): Promise<void> {
  const waiting = new Set([keep, ...unclaimed.values()].map(readerStorageKey));
  const old = (await storedArticleKeys()).filter((k) => !waiting.has(k));
  const drop = old.slice(0, Math.max(0, old.length - (KEEP_ARTICLES - 1)));
  if (drop.length) await browser.storage.session.remove(drop);
}

async function storeArticle(key: string, extraction: Extraction): Promise<void> {
  const entry = { [readerStorageKey(key)]: extraction };
  try {
    await browser.storage.session.set(entry);
  } catch {
    // Quota: make room by dropping every older article, then try once more.
    await browser.storage.session.remove(await storedArticleKeys());
    await browser.storage.session.set(entry);
  }
}
