/** Toolbar badge: the number of items hidden on each tab. */
import { browser, defineBackground } from '#imports';
import { isToBackground } from '../core/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg, sender) => {
    if (!isToBackground(msg) || sender.id !== browser.runtime.id) return;
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0) return;
    const text = msg.count > 0 ? String(Math.min(msg.count, 999)) : '';
    void browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
    void browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }).catch(() => undefined);
  });
});
