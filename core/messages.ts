/**
 * Messages between the extension's parts, and their validation: a message is only acted on when
 * it has exactly the expected shape (pages cannot send these, but a bug elsewhere could).
 *
 * - ToTab: popup/background → the cleaner content script in a tab.
 * - ToConverter: popup/background → the converter script in a tab (entrypoints/convert.ts),
 *   which is only there once conversion was asked for or the site converts on load.
 * - ToBackground: any part → the service worker.
 */
import { isScriptChoice, isVariant, type ScriptChoice, type Variant } from './convert/variants';
import type { PageReport } from './spam/report';

export type ToTab =
  | { type: 'qingdu:get-state' }
  | { type: 'qingdu:set-reveal'; on: boolean }
  | { type: 'qingdu:set-cleanup'; on: boolean };

export interface TabState {
  host: string;
  cleanup: boolean;
  reveal: boolean;
  report: PageReport;
}

export type ToConverter = { type: 'qingdu:get-script' } | { type: 'qingdu:set-script'; script: ScriptChoice };

export interface ConverterState {
  script: ScriptChoice;
  /** Set when the last change failed (the page is left as it was). */
  error?: string;
}

export type ToBackground =
  | { type: 'qingdu:report'; count: number }
  | { type: 'qingdu:load-dict'; variant: Variant }
  | { type: 'qingdu:set-script'; tabId: number; script: ScriptChoice }
  | { type: 'qingdu:open-reader'; tabId: number; auto?: boolean }
  | { type: 'qingdu:auto-reader' };

function obj(m: unknown): Record<string, unknown> | null {
  return typeof m === 'object' && m !== null && !Array.isArray(m) ? (m as Record<string, unknown>) : null;
}
const isTabId = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export function isToTab(m: unknown): m is ToTab {
  const o = obj(m);
  if (!o) return false;
  switch (o.type) {
    case 'qingdu:get-state':
      return true;
    case 'qingdu:set-reveal':
    case 'qingdu:set-cleanup':
      return typeof o.on === 'boolean';
    default:
      return false;
  }
}

export function isToConverter(m: unknown): m is ToConverter {
  const o = obj(m);
  if (!o) return false;
  if (o.type === 'qingdu:get-script') return true;
  return o.type === 'qingdu:set-script' && o.tabId === undefined && isScriptChoice(o.script);
}

export function isConverterState(m: unknown): m is ConverterState {
  const o = obj(m);
  return !!o && isScriptChoice(o.script) && (o.error === undefined || typeof o.error === 'string');
}

export function isToBackground(m: unknown): m is ToBackground {
  const o = obj(m);
  if (!o) return false;
  switch (o.type) {
    case 'qingdu:report':
      return typeof o.count === 'number' && Number.isInteger(o.count) && o.count >= 0;
    case 'qingdu:load-dict':
      return isVariant(o.variant);
    case 'qingdu:set-script':
      return isTabId(o.tabId) && isScriptChoice(o.script);
    case 'qingdu:open-reader':
      return isTabId(o.tabId) && (o.auto === undefined || typeof o.auto === 'boolean');
    case 'qingdu:auto-reader':
      return true;
    default:
      return false;
  }
}
