/**
 * The translate function for components, from the page's entry point (ext/i18n.ts `t`) through
 * a context: components stay free of browser APIs, and a test renders them with a catalog read
 * from disk (tests/i18n.tsx).
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '../core/i18n';

export const I18n = createContext<Translate | null>(null);

export function useT(): Translate {
  const t = useContext(I18n);
  if (!t) throw new Error('no translator: render the component inside <I18n.Provider value={t}>');
  return t;
}
