/**
 * An extension page's static HTML in the UI language: `data-i18n="name"` sets an element's text
 * (the page's <title> among them), and <html lang> becomes the language of the catalog in use (its
 * `htmlLang` message, so a fallback to the default locale is stated truly). Entry points call it
 * with ext/i18n.ts `t` before they render.
 */
import type { MessageKey, Translate } from '../core/i18n';

export function localizePage(doc: Document, t: Translate): void {
  doc.documentElement.lang = t('htmlLang');
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as MessageKey);
}
