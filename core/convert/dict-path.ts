/**
 * How a variant's compiled dictionary (core/convert/compile.ts) ships in the built extension: as a
 * small script, `/dict/<variant>.js`, that puts the data string into the extension's isolated world
 * of a tab. The background injects it with scripting.executeScript (or lists it before convert.js
 * in the on-load registration), which costs the tab a script compile of one string literal instead
 * of a ~900 KB message from the worker (measured: the message was ~30 ms of the ~35 ms "ready").
 * The worker and extension pages read the same file as text (dictFromScript).
 */
import type { Variant } from './variants';

/** The slot in the isolated world's global: a Symbol.for key never collides with page names
 * (and the page's own world is a different global anyway). */
const SLOT = 'qingdu.dict';

export function dictPath(variant: Variant): string {
  return `/dict/${variant}.js`;
}

/** The script text for a variant's data (written at build time by the hook in wxt.config.ts). */
export function dictScript(variant: Variant, data: string): string {
  return `(globalThis[Symbol.for(${JSON.stringify(SLOT)})] ??= {})[${JSON.stringify(variant)}] = ${JSON.stringify(data)};\n`;
}

/** The data string back out of the script text (for the worker and extension pages). */
export function dictFromScript(text: string): string {
  const start = text.indexOf('= "');
  const end = text.lastIndexOf('"');
  if (start < 0 || end <= start + 2) throw new Error('not a dictionary script');
  return JSON.parse(text.slice(start + 2, end + 1)) as string;
}

/** Takes the data an injected dictionary script left in this world (and lets go of it there). */
export function takeInjectedDict(variant: Variant): string | undefined {
  const slot = (globalThis as Record<symbol, Record<string, string> | undefined>)[Symbol.for(SLOT)];
  const data = slot?.[variant];
  if (slot) delete slot[variant];
  return data;
}
