/** Components rendered inside the i18n context, for unit tests (catalogs: tests/catalogs.ts). */
import type { ComponentChildren } from 'preact';
import { I18n } from '../components/i18n';
import type { Translate } from '../core/i18n';
import { zh } from './catalogs';

export * from './catalogs';

/** `children` in the i18n context (default: the Simplified Chinese catalog, the default locale). */
export function withT(children: ComponentChildren, t: Translate = zh) {
  return <I18n.Provider value={t}>{children}</I18n.Provider>;
}
