/** The catalogs as the browser would serve them, for tests and scripts: a Translate per locale,
 * read from public/_locales. */
import fs from 'node:fs';
import path from 'node:path';
import { translator, type Catalog, type Translate } from '../core/i18n';

export const LOCALES = ['zh_CN', 'zh_TW', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const LOCALES_DIR = path.resolve(import.meta.dirname, '../public/_locales');

export function catalog(locale: Locale): Catalog {
  return JSON.parse(fs.readFileSync(path.join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Catalog;
}

export const zh: Translate = translator(catalog('zh_CN'));
export const tw: Translate = translator(catalog('zh_TW'));
export const en: Translate = translator(catalog('en'));
