import type { Variant } from './variants';

/** Where a variant's compiled dictionary sits in the built extension (written at build time by
 * the hook in wxt.config.ts from core/convert/compile.ts). */
export function dictPath(variant: Variant): string {
  return `/dict/${variant}.txt`;
}
