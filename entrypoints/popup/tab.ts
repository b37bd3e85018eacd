/** The popup's link to its tab: state queries and commands through messages, settings in storage. */
import { browser } from '#imports';
import type { TabState, ToTab } from '../../core/messages';
import { saveSite } from '../../ext/settings';

export interface TabLink {
  state(): Promise<TabState | null>;
  setReveal(on: boolean): Promise<TabState | null>;
  setCleanup(host: string, on: boolean): Promise<TabState | null>;
}

export function connectTab(tabIdParam: number | null): TabLink {
  const tabId = (async () => {
    if (tabIdParam !== null && Number.isInteger(tabIdParam)) return tabIdParam;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? -1;
  })();
  const send = async (msg: ToTab): Promise<TabState | null> => {
    try {
      return ((await browser.tabs.sendMessage(await tabId, msg)) as TabState | undefined) ?? null;
    } catch {
      return null; // no content script there: a browser page, the store, a PDF, a page still loading
    }
  };
  return {
    state: () => send({ type: 'qingdu:get-state' }),
    setReveal: (on) => send({ type: 'qingdu:set-reveal', on }),
    async setCleanup(host, on) {
      await saveSite(host, { cleanup: on });
      return send({ type: 'qingdu:set-cleanup', on });
    },
  };
}
