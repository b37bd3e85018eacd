/**
 * The user phrase table: the user's own conversions (either direction), which win over OpenCC's
 * dictionaries. Kept under its own storage key, validated like the settings.
 */
export const PHRASES_KEY = 'phrases';


/** Tunables: a phrase table is small hand-made data; bounds keep a pasted novel out of storage. */
export const MAX_PHRASES = 5000;
export const MAX_PHRASE_LENGTH = 32;

/** A user phrase: `from` is replaced by `to` (either script); it wins over OpenCC's dictionaries. */
export type Phrase = readonly [from: string, to: string];

export function parsePhrases(raw: unknown): { phrases: Phrase[]; problems: string[] } {
  const problems: string[] = [];
  const phrases: Phrase[] = [];
  if (raw === undefined || raw === null) return { phrases, problems };
  if (!Array.isArray(raw)) return { phrases, problems: ['the phrase table was not a list; reset'] };
  const seen = new Set<string>();
  for (const item of raw) {
    if (
      !Array.isArray(item) ||
      item.length !== 2 ||
      typeof item[0] !== 'string' ||
      typeof item[1] !== 'string' ||
      !item[0].trim() ||
      !item[1].trim() || // an empty replacement would delete text from pages
      item[0].length > MAX_PHRASE_LENGTH ||
      item[1].length > MAX_PHRASE_LENGTH
    ) {
      problems.push(`dropped an invalid phrase ${JSON.stringify(item).slice(0, 60)}`);
      continue;
    }
    const from = item[0].trim();
    if (seen.has(from)) {
      problems.push(`dropped a second entry for "${from}"`);
      continue;
    }
    if (phrases.length >= MAX_PHRASES) {
      problems.push(`kept the first ${MAX_PHRASES} phrases`);
      break;
    }
    seen.add(from);
    phrases.push([from, item[1].trim()]);
  }
  return { phrases, problems };
}
