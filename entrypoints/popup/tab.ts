/** The popup's link to its tab: state queries and commands through messages, settings in storage. */
import { browser } from '#imports';
import type { ScriptChoice } from '../../core/convert/variants';
import { isConverterState, type ConverterState, type TabState, type ToBackground, type ToTab } from '../../core/messages';
import { siteSettings, type SiteSettings, type TraditionalVariant } from '../../core/settings';
import { t } from '../../ext/i18n';
import { getScript, locateItems, type OpenResult } from '../../ext/tab-actions';
import type { Place } from '../../core/spam/report';
import { loadSettings, saveSite, saveTraditional } from '../../ext/settings';
import { acknowledgeRepairs, storedRepairs } from '../../ext/repairs';
import type { Part, Repair } from '../../core/options';

export interface TabLink {
  state(): Promise<TabState | null>;
  setReveal(on: boolean): Promise<TabState | null>;
  setCleanup(host: string, on: boolean): Promise<TabState | null>;
  script(): Promise<ConverterState>;
  setScript(script: ScriptChoice): Promise<ConverterState>;
  openReader(): Promise<OpenResult>;
  /** Has the tab's article extracted now, for a reader-open click to find ready. */
  prepareReader(): void;
  /** Has the converter the toggle would use put into the tab now, for a click to find ready. */
  prepareConvert(): void;
  settings(host: string): Promise<{ site: SiteSettings; traditional: TraditionalVariant }>;
  saveSite(host: string, change: Partial<SiteSettings>): Promise<void>;
  saveTraditional(v: TraditionalVariant): Promise<void>;
  /** Stored parts that are corrupt (read only), and the user's acknowledgement of the notice. */
  repairs(): Promise<Repair[]>;
  acknowledgeRepairs(parts: readonly Part[]): Promise<void>;
  /** Where each hidden item is in the page (the evidence export; null when the tab cannot say). */
  places(): Promise<Place[] | null>;
}

export function connectTab(tabIdParam: number | null): TabLink {
  const tabId = (async () => {
    if (tabIdParam !== null && Number.isInteger(tabIdParam)) return tabIdParam;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? -1;
  })();
  const send = async (msg: ToTab): Promise<TabState | null> => {
    try {
      return ((await browser.tabs.sendMessage(await tabId, msg, { frameId: 0 })) as TabState | undefined) ?? null;
    } catch {
      return null; // no content script there: a browser page, the store, a PDF, a page still loading
    }
  };
  const background = async (msg: ToBackground): Promise<unknown> => browser.runtime.sendMessage(msg);
  return {
    state: () => send({ type: 'qingdu:get-state' }),
    setReveal: (on) => send({ type: 'qingdu:set-reveal', on }),
    async setCleanup(host, on) {
      await saveSite(host, { cleanup: on });
      return send({ type: 'qingdu:set-cleanup', on });
    },
    script: async () => getScript(await tabId),
    async setScript(script) {
      const r = await background({ type: 'qingdu:set-script', tabId: await tabId, script });
      return isConverterState(r) ? r : { script: 'original', error: t('errExtensionNoResponse') };
    },
    async openReader() {
      const r = (await background({ type: 'qingdu:open-reader', tabId: await tabId })) as OpenResult | undefined;
      return r ?? { opened: false, message: t('errExtensionNoResponse') };
    },
    prepareReader() {
      void tabId.then((id) => background({ type: 'qingdu:prepare-reader', tabId: id })).catch(() => undefined);
    },
    prepareConvert() {
      void tabId.then((id) => background({ type: 'qingdu:prepare-convert', tabId: id })).catch(() => undefined);
    },
    async settings(host) {
      const s = await loadSettings();
      return { site: siteSettings(s, host), traditional: s.traditional };
    },
    saveSite,
    saveTraditional,
    repairs: storedRepairs,
    acknowledgeRepairs,
    places: async () => locateItems(await tabId),
  };
}
