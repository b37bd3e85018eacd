/**
 * Context menu "convert the selection and copy it": the selection is read in the page (with its
 * line breaks, which the menu's selectionText loses), converted here in the service worker, and
 * written to the clipboard from the page, where the user's click gave the document focus.
 */
import { browser } from '#imports';
import { createConverter, type Converter } from '../core/convert/converter';
import type { Variant } from '../core/convert/variants';
import { loadPhrases } from './settings';
import { getDict } from './tab-actions';

const converters = new Map<Variant, Promise<Converter>>();

export function workerConverter(variant: Variant): Promise<Converter> {
  let c = converters.get(variant);
  if (!c) {
    c = Promise.all([getDict(variant), loadPhrases().catch(() => [])]).then(([data, overrides]) => createConverter(data, { overrides }));
    c.catch(() => converters.delete(variant));
    converters.set(variant, c);
  }
  return c;
}

/** The phrase table changed: converters are rebuilt on next use. */
export function dropWorkerConverters(): void {
  converters.clear();
}

export async function copyConverted(tabId: number, variant: Variant, frameId = 0): Promise<boolean> {
  try {
    const target = { tabId, frameIds: [frameId] };
    const [sel] = await browser.scripting.executeScript({ target, func: () => getSelection()?.toString() ?? '' });
    const text = typeof sel?.result === 'string' ? sel.result : '';
    if (!text) return false;
    const out = (await workerConverter(variant)).convert(text);
    const [done] = await browser.scripting.executeScript({
      target,
      args: [out],
      func: async (value: string) => {
        try {
          await navigator.clipboard.writeText(value);
          return true;
        } catch {
          // No clipboard API here (an older page context): the classic copy command.
          const area = document.createElement('textarea');
          area.value = value;
          area.style.cssText = 'position:fixed;top:0;left:0;opacity:0';
          document.documentElement.append(area);
          area.select();
          const ok = document.execCommand('copy');
          area.remove();
          return ok;
        }
      },
    });
    return done?.result === true;
  } catch (e) {
    console.warn('[Qingdu] could not copy the converted selection:', e);
    return false;
  }
}
