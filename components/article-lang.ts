/**
 * The article's language, for `lang` on the <article> (line breaking, punctuation and font choice
 * follow it) and for the font stacks (Simplified, Traditional or Hong Kong glyph forms).
 */

export type FontScript = 'sc' | 'tc' | 'hk';

/** Languages whose own `lang` we trust as given. */
const CJK_LANG = /^(?:zh|yue|cmn|lzh|wuu|nan|hak|ja|ko)(?:-|$)/i;
const HAN = /\p{Script=Han}/gu;
const NON_SPACE = /\S/gu;
/** Share of Han characters above which a page whose `lang` is missing or wrong (many Chinese site
 * templates ship `<html lang="en">`) is taken to be Chinese. */
const HAN_SHARE = 0.3;
/** Text sampled for the guess: the start of the article says enough. */
const SAMPLE_CHARS = 3000;
/** Frequent characters written differently in Simplified and Traditional, pairwise. */
const SIMPLIFIED = '这个们来说为与国会时后对发经过还没进开关学问题东车长门见现点实书边业';
const TRADITIONAL = '這個們來說為與國會時後對發經過還沒進開關學問題東車長門見現點實書邊業';

/**
 * `lang` when it names a CJK language; else, when the text is mostly Han, zh-Hans or zh-Hant by
 * which of the paired characters it uses; else `lang` unchanged ('' for unknown).
 */
export function articleLang(lang: string | undefined, text: string): string {
  const given = (lang ?? '').trim();
  if (CJK_LANG.test(given)) return given;
  const sample = text.slice(0, SAMPLE_CHARS);
  const han = sample.match(HAN)?.length ?? 0;
  const all = sample.match(NON_SPACE)?.length ?? 0;
  if (all === 0 || han / all < HAN_SHARE) return given;
  let simp = 0;
  let trad = 0;
  for (const ch of sample) {
    if (SIMPLIFIED.includes(ch)) simp++;
    else if (TRADITIONAL.includes(ch)) trad++;
  }
  return trad > simp ? 'zh-Hant' : 'zh-Hans';
}

/** Which CJK font family variant suits `lang` (BCP 47): HK for Hong Kong/Macau Traditional, TC for
 * other Traditional (Taiwan, zh-Hant), SC otherwise (and for anything that is not Chinese). */
export function fontScript(lang: string): FontScript {
  const subtags = lang.toLowerCase().split(/[-_]/);
  if (subtags[0] === 'yue') return subtags.includes('hans') ? 'sc' : 'hk';
  if (subtags[0] !== 'zh' && subtags[0] !== 'lzh') return 'sc';
  if (subtags.includes('hans')) return 'sc';
  if (subtags.includes('hk') || subtags.includes('mo')) return 'hk';
  if (subtags.includes('hant') || subtags.includes('tw')) return 'tc';
  return 'sc';
}
