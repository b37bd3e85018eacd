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

export type ToConverter =
  | { type: 'qingdu:get-script' }
  | { type: 'qingdu:set-script'; script: ScriptChoice }
  /** Build the variant's converter now, and read its dictionary ahead in idle time: a click on it
   * is likely (the popup is open). Nothing on the page changes. */
  | { type: 'qingdu:prepare-script'; script: Variant };

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
  /** The popup opened on the tab: extract its article now, so that reader-open finds it ready. */
  | { type: 'qingdu:prepare-reader'; tabId: number }
  /** The popup opened on the tab: put the converter the toggle would use into it now. */
  | { type: 'qingdu:prepare-convert'; tabId: number }
  | { type: 'qingdu:auto-reader' };

function obj(m: unknown): Record<string, unknown> | null {
  return typeof m === 'object' && m !== null && !Array.isArray(m) ? (m as Record<string, unknown>) : null;
}
const isTabId = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
/** Exactly these keys (own, enumerable): an extra or unknown key refuses the message. */
const only = (o: Record<string, unknown>, ...keys: string[]) => Object.keys(o).every((k) => keys.includes(k));

export function isToTab(m: unknown): m is ToTab {
  // Kept short, it is in the content script that runs on every page (its size is capped): no
  // obj() (an array has no such type), and the keys counted, not listed (the ones it checks are there).
  const o = m as Record<string, unknown> | null;
  if (typeof o !== 'object' || !o) return false;
  const n = Object.keys(o).length;
  return o.type === 'qingdu:get-state' ? n < 2 : (o.type === 'qingdu:set-reveal' || o.type === 'qingdu:set-cleanup') && typeof o.on === 'boolean' && n < 3;
}

export function isToConverter(m: unknown): m is ToConverter {
  const o = obj(m);
  if (!o) return false;
  if (o.type === 'qingdu:get-script') return only(o, 'type');
  if (o.type === 'qingdu:prepare-script') return isVariant(o.script) && only(o, 'type', 'script');
  return o.type === 'qingdu:set-script' && isScriptChoice(o.script) && only(o, 'type', 'script');
}

export function isConverterState(m: unknown): m is ConverterState {
  const o = obj(m);
  return !!o && isScriptChoice(o.script) && (o.error === undefined || typeof o.error === 'string') && only(o, 'script', 'error');
}

export function isToBackground(m: unknown): m is ToBackground {
  const o = obj(m);
  if (!o) return false;
  switch (o.type) {
    case 'qingdu:report':
      return typeof o.count === 'number' && Number.isInteger(o.count) && o.count >= 0 && only(o, 'type', 'count');
    case 'qingdu:load-dict':
      return isVariant(o.variant) && only(o, 'type', 'variant');
    case 'qingdu:set-script':
      return isTabId(o.tabId) && isScriptChoice(o.script) && only(o, 'type', 'tabId', 'script');
    case 'qingdu:open-reader':
      return isTabId(o.tabId) && (o.auto === undefined || typeof o.auto === 'boolean') && only(o, 'type', 'tabId', 'auto');
    case 'qingdu:prepare-reader':
    case 'qingdu:prepare-convert':
      return isTabId(o.tabId) && only(o, 'type', 'tabId');
    case 'qingdu:auto-reader':
      return only(o, 'type');
    default:
      return false;
  }
}

/** Who sent a message to the background (the fields of runtime.MessageSender it reads). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Whether the background may act on `msg` from `sender`. Only this extension's own parts may
 * send (runtime.onMessage has no page senders, but check the id anyway). Its pages (popup,
 * reader, options: `sender.url` inside `extensionOrigin`) may act on any tab; a content script
 * speaks for its own tab only (the tab's page may be hostile, and a compromised content script
 * must not reach other tabs), and for its top frame where the action is the whole tab's.
 */
export function maySend(msg: ToBackground, sender: Sender, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  const fromPage = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
  const tab = sender.tab?.id;
  switch (msg.type) {
    case 'qingdu:set-script':
    case 'qingdu:open-reader':
      return fromPage || (tab === msg.tabId && sender.frameId === 0);
    case 'qingdu:prepare-reader':
    case 'qingdu:prepare-convert':
      return fromPage;
    case 'qingdu:load-dict':
      return tab !== undefined;
    case 'qingdu:report':
    case 'qingdu:auto-reader':
      return !fromPage && tab !== undefined && sender.frameId === 0;
  }
}
