/**
 * The vocabulary pre-filter's anchors: for each non-weak term, its least common CJK character
 * (by data/common-chars.json), or the whole term when it has none (ASCII terms). Text with none of
 * the characters and none of the ASCII terms has no non-weak term, which two native regex scans
 * tell in a fraction of a millisecond on most pages (English pages never touch the matcher).
 * Pure: scripts/normalize-terms.mjs writes data/anchors.json with it; a test keeps it current.
 */
export interface Anchors {
  /** Anchor characters, with their traditional forms. */
  chars: string;
  /** Terms without CJK characters, regex-escaped, none containing another (the pre-filter
   * matches them anywhere, without word edges). */
  ascii: string[];
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CJK = /[^\x00-\x7f]/;

export function computeAnchors(nonWeakTerms: string[], commonByFrequency: string, variants: Record<string, string>): Anchors {
  const rank = new Map<string, number>();
  [...commonByFrequency].forEach((c, i) => rank.set(c, i));
  const rankOf = (c: string) => Math.min(rank.get(c) ?? Infinity, ...[...(variants[c] ?? '')].map((v) => rank.get(v) ?? Infinity));
  const chars = new Set<string>();
  const ascii: string[] = [];
  for (const term of [...nonWeakTerms].sort()) {
    const cjk = [...term].filter((c) => CJK.test(c));
    if (cjk.length === 0) {
      ascii.push(esc(term));
      continue;
    }
    // Least common first; unknown (rank Infinity) is rarest. Ties: the later character.
    const best = cjk.reduce((a, b) => (rankOf(b) >= rankOf(a) ? b : a));
    chars.add(best);
    for (const v of variants[best] ?? '') chars.add(v);
  }
  // A term that contains another ("online casino" ⊃ "casino") needs no anchor of its own.
  return { chars: [...chars].sort().join(''), ascii: ascii.filter((t) => !ascii.some((u) => u !== t && t.includes(u))) };
}
