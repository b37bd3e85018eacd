/**
 * The Simplified/Traditional variants the user can choose (issue 4), named as OpenCC configs.
 * `t2s` reads any traditional text (Taiwan, Hong Kong, OpenCC standard) into mainland simplified.
 */
export const VARIANTS = ['t2s', 's2t', 's2tw', 's2twp', 's2hk'] as const;
export type Variant = (typeof VARIANTS)[number];

/** Each variant as opencc-js's `Converter({ from, to })` names it: what our converter must
 * equal, character for character (the tests and benchmarks compare with it). */
export const OPENCC_OPTIONS: Record<Variant, { from: string; to: string }> = {
  t2s: { from: 't', to: 'cn' },
  s2t: { from: 'cn', to: 't' },
  s2tw: { from: 'cn', to: 'tw' },
  s2twp: { from: 'cn', to: 'twp' },
  s2hk: { from: 'cn', to: 'hk' },
};

/** What a page can be shown in: its own text, or one of the variants. */
export type ScriptChoice = 'original' | Variant;

export function isVariant(v: unknown): v is Variant {
  return typeof v === 'string' && (VARIANTS as readonly string[]).includes(v);
}

export function isScriptChoice(v: unknown): v is ScriptChoice {
  return v === 'original' || isVariant(v);
}

/** BCP 47 tag to put on <html lang> after converting, so fonts and screen readers follow. */
export const VARIANT_LANG: Record<Variant, string> = {
  t2s: 'zh-Hans',
  s2t: 'zh-Hant',
  s2tw: 'zh-Hant-TW',
  s2twp: 'zh-Hant-TW',
  s2hk: 'zh-Hant-HK',
};
