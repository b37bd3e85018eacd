/**
 * The UI's words come from the extension's message catalogs (public/_locales/<locale>/messages.json,
 * the WebExtensions i18n format). Core code never looks a message up itself: it is handed a
 * Translate function (ext/i18n.ts wraps browser.i18n.getMessage; tests and scripts use
 * `translator` below on a catalog read from disk), so core/ stays free of browser APIs.
 */
import type catalog from '../public/_locales/zh_CN/messages.json';

/** A message name. zh_CN is the default locale; tests/locales.test.ts keeps the others in step. */
export type MessageKey = keyof typeof catalog;
/** Substitutions: $1…$9 of the message's placeholders. */
export type Sub = string | number;
export type Translate = (key: MessageKey, ...subs: Sub[]) => string;

/** Messages that differ by count come in pairs, `<base>_one` and `<base>_other`. */
export type PluralBase = { [K in MessageKey]: K extends `${infer B}_one` ? (`${B}_other` extends MessageKey ? B : never) : never }[MessageKey];

/** `<base>_one` for exactly 1, else `<base>_other`; the count is $1. (Chinese has one form, so its
 * two messages are the same; English has two. That is all the languages here need.) */
export function plural(t: Translate, base: PluralBase, n: number, ...subs: Sub[]): string {
  return t(`${base}_${n === 1 ? 'one' : 'other'}` as MessageKey, n, ...subs);
}

export interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalog = Record<string, CatalogEntry>;

/** A message's $NAME$ placeholders, lower-cased (names are case-insensitive, as in browsers). */
export const PLACEHOLDER_RE = /\$([A-Za-z0-9_@]+)\$/g;

/**
 * A Translate over one catalog, with the browsers' substitution rules: `$name$` is the
 * placeholder's content, in which `$1`…`$9` are the substitutions; `$$` is a dollar sign. A
 * missing message is '' (as getMessage returns).
 */
export function translator(messages: Catalog): Translate {
  const lower = new Map(Object.entries(messages).map(([k, v]) => [k.toLowerCase(), v]));
  return (key, ...subs) => {
    const entry = lower.get(key.toLowerCase());
    if (!entry) return '';
    const holders = new Map(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
    const positional = (s: string) => s.replace(/\$(\d)/g, (_, d: string) => String(subs[Number(d) - 1] ?? ''));
    return entry.message
      .replace(/\$\$/g, '\u0000')
      .replace(PLACEHOLDER_RE, (m, name: string) => {
        const content = holders.get(name.toLowerCase());
        return content === undefined ? m : positional(content);
      })
      .replace(/\u0000/g, '$');
  };
}
