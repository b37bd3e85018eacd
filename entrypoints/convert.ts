/**
 * The page converter, injected into a tab only when conversion is asked for (popup, shortcut) or
 * registered at document_start for the sites that convert on load (ext/tab-actions.ts
 * syncAutoConvert). Thin wiring around dom/page-convert.ts and core/convert/converter.ts; the
 * dictionaries come from the background, one variant at a time, when first needed.
 */
import { browser, defineUnlistedScript } from '#imports';
import { createConverter } from '../core/convert/converter';
import { takeInjectedDict } from '../core/convert/dict-path';
import { VARIANT_LANG, type ScriptChoice, type Variant } from '../core/convert/variants';
import { isToConverter, type ConverterState, type ToBackground } from '../core/messages';
import { PHRASES_KEY } from '../core/phrases';
import { startPageConverter, type Convert } from '../dom/page-convert';
import { t } from '../ext/i18n';
import { loadPhrases, loadSite } from '../ext/settings';

/** Set in this extension's isolated world (never visible to the page): one converter per tab. */
const LOADED = Symbol.for('qingdu.convert');

export default defineUnlistedScript(() => {
  const g = globalThis as Record<symbol, unknown>;
  if (g[LOADED] || !(document instanceof HTMLDocument) || !document.documentElement) return;
  g[LOADED] = true;

  const page = startPageConverter(document, {
    signal: new AbortController().signal,
    onError: (e) => console.warn('[Qingdu] conversion stopped on an error; the page is unaffected.', e),
  });
  let script: ScriptChoice = 'original';
  let explicit = false;
  /** A converter for the page, which can also read its dictionary ahead (core/convert/converter.ts). */
  type PageConvert = Convert & { readAhead(enough: () => boolean): boolean };
  let converters = new Map<Variant, Promise<PageConvert>>();

  /** The variant's data: injected with this script (or on load), else asked for now. */
  const dictionary = async (variant: Variant): Promise<string> => {
    let data = takeInjectedDict(variant);
    if (data === undefined) {
      const msg: ToBackground = { type: 'qingdu:load-dict', variant };
      await browser.runtime.sendMessage(msg);
      data = takeInjectedDict(variant);
    }
    if (data === undefined) throw new Error(`no dictionary for ${variant}`);
    return data;
  };
  const converter = (variant: Variant): Promise<PageConvert> => {
    let p = converters.get(variant);
    if (!p) {
      p = (async () => {
        const t0 = performance.now();
        const [data, overrides] = await Promise.all([dictionary(variant), loadPhrases().catch(() => [])]);
        const t1 = performance.now();
        const c = createConverter(data, { overrides });
        // On the page's own timeline for `npm run bench`: the dictionary's trip, then the build.
        performance.measure('qingdu:convert-build', { start: t1, end: performance.now() });
        performance.measure('qingdu:convert-ready', { start: t0, end: performance.now() });
        return Object.assign((s: string) => c.convert(s), { many: (texts: readonly string[]) => c.convertMany(texts), readAhead: (enough: () => boolean) => c.readAhead(enough) });
      })();
      p.catch(() => converters.delete(variant));
      converters.set(variant, p);
    }
    return p;
  };

  /** In idle time, a few ms at a time (a second at most between steps, so a tab that is never idle
   * gets there too): converts the page's texts ahead (a click then only writes them), then reads
   * the rest of the converter's dictionary (for what the page adds later). */
  const readAheadWhenIdle = (c: PageConvert) => {
    if (typeof requestIdleCallback !== 'function') return;
    let ahead = false;
    const step = (deadline: IdleDeadline) => {
      const enough = () => deadline.timeRemaining() < 1;
      if (!ahead && page.ahead(c, enough)) {
        ahead = true;
        // For `npm run bench`: the page's texts are ready (not when a click came first and ended it).
        if (!page.active) performance.mark('qingdu:convert-ahead');
      }
      if (!ahead || !c.readAhead(enough)) requestIdleCallback(step, { timeout: 1000 });
    };
    requestIdleCallback(step, { timeout: 1000 });
  };

  let queue: Promise<unknown> = Promise.resolve();
  /** Changes run one after another, so quick clicks end in the last one chosen. */
  const apply = (next: ScriptChoice): Promise<ConverterState> => {
    const run = queue.then(async (): Promise<ConverterState> => {
      try {
        const convert = next === 'original' ? null : await converter(next);
        const t0 = performance.now();
        // Main-thread ms: a huge page is converted in slices (dom/page-convert.ts).
        const ms = await page.set(convert, next === 'original' ? undefined : VARIANT_LANG[next]);
        performance.measure(convert ? 'qingdu:convert-page' : 'qingdu:restore-page', { start: t0, end: t0 + ms });
        script = next;
        return { script };
      } catch (e) {
        console.warn('[Qingdu] conversion failed:', e);
        return { script, error: t('errConvertFailed') };
      }
    });
    queue = run;
    return run;
  };

  browser.runtime.onMessage.addListener((msg: unknown, _sender: unknown, sendResponse: (r: ConverterState) => void) => {
    if (!isToConverter(msg)) return;
    if (msg.type === 'qingdu:get-script') {
      sendResponse({ script });
      return;
    }
    if (msg.type === 'qingdu:prepare-script') {
      // The popup is open: build the converter now and read its dictionary in idle time, so that a
      // click on this variant only converts.
      void converter(msg.script).then(readAheadWhenIdle, () => undefined);
      sendResponse({ script });
      return;
    }
    explicit = true;
    void apply(msg.script).then(sendResponse);
    return true; // answers asynchronously
  });

  // A changed phrase table applies at once to what is on screen.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !changes[PHRASES_KEY]) return;
    converters = new Map();
    if (script !== 'original') void apply(script);
  });

  // The site's rule, when this script was registered for it (or loaded later on such a site).
  void loadSite(location.hostname)
    .then((site) => {
      if (!explicit && site.script !== 'original') return apply(site.script);
    })
    .catch(() => undefined);
});
