/**
 * The UI's language: the browser picks the catalog (public/_locales) from its own UI language,
 * falling back to the default locale (zh_CN); `t` reads from it. Extension pages, the service
 * worker and injected scripts all use this `t`; core/ gets it passed in (core/i18n.ts).
 */
import { browser } from '#imports';
import type { MessageKey, Sub, Translate } from '../core/i18n';

export const t: Translate = (key, ...subs) => browser.i18n.getMessage(key as never, subs.map(String));

/**
 * Localizes an extension page's static HTML: `data-i18n="key"` sets an element's text (the
 * page's <title> among them), and <html lang> becomes the language of the catalog in use (its
 * `htmlLang` message, so a fallback to the default locale is stated truly).
 */
export function localizePage(doc: Document, translate: Translate = t): void {
  doc.documentElement.lang = translate('htmlLang');
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = translate(el.dataset.i18n as MessageKey);
}

export type { MessageKey, Sub };
