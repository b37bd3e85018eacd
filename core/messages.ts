/**
 * Messages between the extension's parts, and their validation: a message is only acted on when
 * it has exactly the expected shape (pages cannot send these, but a bug elsewhere could).
 */
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

export type ToBackground = { type: 'qingdu:report'; count: number };

export function isToTab(m: unknown): m is ToTab {
  if (typeof m !== 'object' || m === null) return false;
  const o = m as Record<string, unknown>;
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

export function isToBackground(m: unknown): m is ToBackground {
  if (typeof m !== 'object' || m === null) return false;
  const o = m as Record<string, unknown>;
  return o.type === 'qingdu:report' && typeof o.count === 'number' && Number.isInteger(o.count) && o.count >= 0;
}
