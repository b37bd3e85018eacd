/**
 * The service worker: toolbar badge, dictionaries for the converter, the reading view, keyboard
 * shortcuts, the context menu, and the on-load converter registration. The logic is in
 * ext/tab-actions.ts; this file only routes.
 */
import { browser, defineBackground } from '#imports';
import { plural } from '../core/i18n';
import { isToBackground, maySend } from '../core/messages';
import { PHRASES_KEY } from '../core/phrases';
import { parseSettings, SETTINGS_KEY } from '../core/settings';
import { t } from '../ext/i18n';
import { onInstalled } from '../ext/migrate';
import { loadSettings } from '../ext/settings';
import { copyConverted, dropWorkerConverters } from '../ext/selection';
import { forgetPrepared, injectDict, openReader, prepareConvert, prepareReader, setScript, syncAutoConvert, toggleScript } from '../ext/tab-actions';
import { watchToolbarIcons } from '../ext/toolbar-icon';

const MENU = { simplified: 'qingdu-copy-simplified', traditional: 'qingdu-copy-traditional', reader: 'qingdu-reader' } as const;

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg: unknown, sender, sendResponse: (r: unknown) => void) => {
    // Exactly a known message (core/messages.ts), from a part that may ask for it: the
    // extension's pages for any tab, a content script for its own tab only.
    if (!isToBackground(msg) || !maySend(msg, sender, browser.runtime.id, browser.runtime.getURL('/'))) return;
    switch (msg.type) {
      case 'qingdu:report': {
        const tabId = sender.tab?.id;
        if (tabId === undefined || sender.frameId !== 0) return;
        const text = msg.count > 0 ? String(Math.min(msg.count, 999)) : '';
        void browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
        void browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }).catch(() => undefined);
        // The badge's tooltip says what the number is.
        void browser.action.setTitle({ tabId, title: msg.count > 0 ? plural(t, 'actionTitleCount', msg.count) : t('actionTitle') }).catch(() => undefined);
        return;
      }
      case 'qingdu:load-dict': {
        // The converter in a tab asks for a dictionary: it arrives as a script in its world.
        const tabId = sender.tab?.id;
        if (tabId === undefined) return;
        injectDict(tabId, sender.frameId ?? 0, msg.variant).then(sendResponse, () => sendResponse(false));
        return true;
      }
      case 'qingdu:set-script':
        void setScript(msg.tabId, msg.script).then(sendResponse);
        return true;
      case 'qingdu:open-reader':
        void openReader(msg.tabId, msg.auto).then(sendResponse);
        return true;
      case 'qingdu:prepare-reader':
        prepareReader(msg.tabId);
        return;
      case 'qingdu:prepare-convert':
        prepareConvert(msg.tabId);
        return;
      case 'qingdu:auto-reader': {
        // A page of a site with "open the reading view by itself" (the content script asks).
        const tabId = sender.tab?.id;
        if (tabId !== undefined && sender.frameId === 0) void openReader(tabId, true);
        return;
      }
    }
  });

  browser.commands.onCommand.addListener((command, tab) => {
    const tabId = tab?.id;
    if (tabId === undefined) return;
    if (command === 'open-reader') void openReader(tabId);
    else if (command === 'toggle-script') void toggleScript(tabId);
  });

  const setupMenus = () => {
    browser.contextMenus.removeAll(() => {
      browser.contextMenus.create({ id: MENU.simplified, title: t('menuCopySimplified'), contexts: ['selection'] });
      browser.contextMenus.create({ id: MENU.traditional, title: t('menuCopyTraditional'), contexts: ['selection'] });
      browser.contextMenus.create({ id: MENU.reader, title: t('menuOpenReader'), contexts: ['page'] });
    });
  };
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const tabId = tab?.id;
    if (tabId === undefined) return;
    if (info.menuItemId === MENU.reader) void openReader(tabId);
    else if (info.menuItemId === MENU.simplified) void copyConverted(tabId, 't2s', info.frameId);
    else if (info.menuItemId === MENU.traditional) void loadSettings().then((s) => copyConverted(tabId, s.traditional, info.frameId));
  });

  browser.runtime.onInstalled.addListener((details) => {
    setupMenus();
    // An update first brings the stored settings to this version's schema (ext/migrate.ts).
    void onInstalled(details).then(loadSettings).then(syncAutoConvert);
  });
  browser.runtime.onStartup.addListener(() => void loadSettings().then(syncAutoConvert));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const change = changes[SETTINGS_KEY];
    if (change) void syncAutoConvert(parseSettings(change.newValue).settings);
    // The worker's own converters (convert-and-copy) were built with the old phrase table.
    if (changes[PHRASES_KEY]) dropWorkerConverters();
  });

  // An article extracted when the popup opened is for the page it came from.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' || change.url) forgetPrepared(tabId);
  });
  browser.tabs.onRemoved.addListener(forgetPrepared);

  // The toolbar icon per tab: grey where cleanup is off for the tab's site.
  watchToolbarIcons();
});
