/**
 * The UI's language: the browser picks the catalog (public/_locales) from its own UI language,
 * falling back to the default locale (zh_CN); `t` reads from it. Extension pages, the service
 * worker and injected scripts all use this `t`; core/ gets it passed in (core/i18n.ts), components
 * through a context (components/i18n.ts), static HTML through dom/localize.ts.
 */
import { browser } from '#imports';
import type { Translate } from '../core/i18n';

// WXT types getMessage with one overload per message name, which a union of names matches none of
// (hence `as never`); MessageKey already holds the names to the catalog's.
export const t: Translate = (key, ...subs) => browser.i18n.getMessage(key as never, subs.map(String));

