/**
 * Build-time compiler (Node): one variant's OpenCC dictionaries from opencc-js → the compact data
 * string that core/convert/converter.ts loads in a few milliseconds (format described there).
 *
 * What opencc-js's `Converter` does for our variants (opencc-js 1.4.2, dist/esm-lib/core.js and
 * preset/full.js `configs`), and what this file turns it into:
 * 1. Normalisation: one pass over the text with CJK_Compatibility_Ideographs (one code point →
 *    one code point). Kept as it is (section `#norm`); the runtime runs it only on text that holds
 *    a compatibility ideograph.
 * 2. Segmentation (s2tw, s2twp, s2hk): the text is cut at the longest matches of the phrase
 *    dictionaries (STPhrases + STPhrases_GeneratedFromRegionalPhrases); unmatched stretches are
 *    merged into one segment each. Every stage of the chain then runs on each segment separately.
 * 3. The conversion chain: one or two dictionary groups. Within a group the dictionaries are
 *    merged into one trie, the FIRST dictionary winning on equal keys (loadDictGroup loads them
 *    in reverse), the last line winning within one dictionary; each stage is a left-to-right
 *    longest match over code points; an unmatched Ideographic Description Sequence (⿰氵青…) is
 *    skipped whole, unconverted.
 *
 * Segmentation + stage 1 fuse into one longest-match pass (section `#main`) when (checked below):
 * every segmentation key is a stage-1 key, every other stage-1 key is one code point, and no key
 * starts with an IDS operator. Then a stage-1 match on a segmentation key IS a segment: its value
 * is precomposed through stage 2 here (flag "segment", separator TAB), and stage 2 (section
 * `#post`) only runs at run time over the unmatched stretches between segments. Anything these
 * checks reject throws: the build fails rather than ship a converter that differs from opencc-js.
 */
import { Trie } from 'opencc-js/core';
import type { DictGroup, DictLike } from 'opencc-js/core';
import { configs } from 'opencc-js/preset';
import {
  DATA_FORMAT,
  JOIN,
  MAX_KEY_UNITS,
  MAX_VALUE_UNITS,
  PREFIX_BASE,
  SEP_RUN,
  SEP_SEGMENT,
  type DataHeader,
} from './converter';
import type { Variant } from './variants';

/** The opencc-js config each variant is built from (names as in opencc-js's `configs`, which is
 * what `Converter({ from, to })` picks: cn→t is `s2t`, t→cn is `t2s`, cn→twp is `s2twp`…). */
const CONFIG_OF: Record<Variant, string> = { t2s: 't2s', s2t: 's2t', s2tw: 's2tw', s2twp: 's2twp', s2hk: 's2hk' };

interface Config {
  normalizationChain?: readonly DictGroup[];
  segmentation?: DictLike | DictGroup;
  conversionChain: readonly DictGroup[];
}

const isIdsOperator = (cp: number): boolean => cp >= 0x2ff0 && cp <= 0x2fff;

/** One dictionary, as opencc-js's Trie.loadDict reads it (later lines win). */
function readDict(d: DictLike, into: Map<string, string>): void {
  if (typeof d === 'string') {
    for (const line of d.split('|')) {
      const [l, r] = line.split(' ');
      if (typeof r !== 'string' || l === undefined) throw new TypeError(`bad dictionary line ${JSON.stringify(line)}`);
      into.set(l, r);
    }
  } else {
    for (const [l, r] of d) into.set(l, r);
  }
}

/** A dictionary group merged as Trie.loadDictGroup does: the first dictionary wins. Empty keys are
 * dropped (opencc-js stores them on the root, where matchPrefix never looks). */
function mergeGroup(group: DictGroup): Map<string, string> {
  const m = new Map<string, string>();
  for (const d of group.slice().reverse()) readDict(d, m);
  m.delete('');
  return m;
}

function trieOf(group: DictGroup): Trie {
  const t = new Trie();
  t.loadDictGroup(group);
  return t;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

function isWellFormed(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}

/** Characters the line format reserves, and the converter's JOIN (convertMany relies on no
 * match reaching across it): an entry must not contain them. */
const RESERVED = new Set([SEP_RUN, SEP_SEGMENT, '\n', '\r', JOIN]);

function checkEntry(k: string, v: string, where: string): void {
  if (!isWellFormed(k) || !isWellFormed(v)) throw new Error(`${where}: ill-formed UTF-16 in ${k} → ${v}`);
  for (const ch of k + v) if (RESERVED.has(ch)) throw new Error(`${where}: reserved character in ${k} → ${v}`);
  if (k.length > MAX_KEY_UNITS || v.length > MAX_VALUE_UNITS) throw new Error(`${where}: entry too long: ${k} → ${v}`);
}

interface Entry {
  key: string;
  value: string;
  segment: boolean;
}

/** Sorted (by UTF-16 code units), front-coded lines, each ending in a newline: shared-prefix
 * length, key suffix, separator, value (format: converter.ts). */
function encodeSection(entries: Entry[]): string {
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  let out = '';
  let prev = '';
  for (const { key, value, segment } of entries) {
    let p = 0;
    while (p < prev.length && p < key.length && prev.charCodeAt(p) === key.charCodeAt(p)) p++;
    if (p === key.length) throw new Error(`duplicate or unsorted key ${key}`);
    // Never cut a surrogate pair: the file is UTF-8, where half a pair cannot be written.
    if (p > 0 && isHighSurrogate(key.charCodeAt(p - 1))) p--;
    out += String.fromCharCode(PREFIX_BASE + p) + key.slice(p) + (segment ? SEP_SEGMENT : SEP_RUN) + value + '\n';
    prev = key;
  }
  return out;
}

/** Distinct prefixes of a key set of at least `from` units (= trie nodes the runtime numbers),
 * and the code units seen past the first. */
function shape(keys: Iterable<string>, from: number, units: Set<number>): number {
  const prefixes = new Set<string>();
  for (const k of keys) {
    for (let i = from; i <= k.length; i++) prefixes.add(k.slice(0, i));
    for (let i = 1; i < k.length; i++) units.add(k.charCodeAt(i));
  }
  return prefixes.size;
}

export function compileVariant(variant: Variant): string {
  const config = (configs as Record<string, Config | undefined>)[CONFIG_OF[variant]];
  if (!config) throw new Error(`opencc-js has no config ${CONFIG_OF[variant]}`);

  const normChain = config.normalizationChain ?? [];
  if (normChain.length > 1) throw new Error(`${variant}: more than one normalisation group`);
  const norm = normChain[0] ? mergeGroup(normChain[0]) : new Map<string, string>();
  for (const [k, v] of norm) {
    checkEntry(k, v, `${variant} norm`);
    if ([...k].length !== 1) throw new Error(`${variant}: normalisation key of more than one character: ${k}`);
  }

  const chain = config.conversionChain;
  if (chain.length < 1 || chain.length > 2) throw new Error(`${variant}: chains of ${chain.length} stages are not supported`);
  const stage1 = mergeGroup(chain[0]!);
  const stage2 = chain[1] ? mergeGroup(chain[1]) : null;

  let seg: Map<string, string> | null = null;
  const segDict = config.segmentation;
  if (segDict && stage2) {
    seg = new Map();
    if (Array.isArray(segDict) && segDict.every((d) => typeof d === 'string')) {
      for (const [k, v] of mergeGroup(segDict as DictGroup)) seg.set(k, v);
    } else readDict(segDict as DictLike, seg);
    seg.delete('');
  }
  // With one stage, cutting into segments changes nothing (same longest matches, same IDS skips,
  // given the checks below hold for the stage-1 keys), so segmentation is dropped.

  for (const [k, v] of stage1) checkEntry(k, v, `${variant} stage 1`);
  if (stage2) for (const [k, v] of stage2) checkEntry(k, v, `${variant} stage 2`);
  for (const m of [stage1, stage2, seg, norm]) {
    if (!m) continue;
    for (const k of m.keys()) {
      if (isIdsOperator(k.codePointAt(0)!)) throw new Error(`${variant}: key ${k} starts with an IDS operator`);
    }
  }
  if (seg) {
    for (const k of seg.keys()) if (!stage1.has(k)) throw new Error(`${variant}: segmentation key ${k} is not a stage-1 key`);
    for (const k of stage1.keys()) {
      if (!seg.has(k) && [...k].length !== 1) throw new Error(`${variant}: stage-1 key ${k} is neither a segment nor one character`);
    }
  }

  const stage2Trie = stage2 ? trieOf(chain[1]!) : null;
  const main: Entry[] = [];
  for (const [key, v1] of stage1) {
    const segment = seg !== null && seg.has(key);
    // A segment of its own: opencc-js runs stage 1 on it (→ v1: the key is the whole segment, so
    // the longest match is the key itself) and then stage 2 on v1 alone.
    const value = segment ? stage2Trie!.convert(v1) : v1;
    checkEntry(key, value, `${variant} segment value`);
    main.push({ key, value, segment });
  }
  const post: Entry[] = stage2 ? [...stage2].map(([key, value]) => ({ key, value, segment: false })) : [];
  const normEntries: Entry[] = [...norm].map(([key, value]) => ({ key, value, segment: false }));

  const units = new Set<number>();
  const nodes = shape(stage1.keys(), 2, units) + (stage2 ? shape(stage2.keys(), 1, units) : 0);
  const header: DataHeader = {
    variant,
    opencc: OPENCC_VERSION,
    stages: chain.length,
    segmented: seg !== null,
    units: units.size,
    nodes,
    norm: normEntries.length,
    post: post.length,
    main: main.length,
    postMax: post.reduce((n, e) => Math.max(n, e.key.length), 0),
  };
  return (
    `${DATA_FORMAT} ${JSON.stringify(header)}\n` +
    `#norm\n${encodeSection(normEntries)}` +
    `#post\n${encodeSection(post)}` +
    `#main\n${encodeSection(main)}`
  );
}

/** Recorded in the data so a cached dictionary from another opencc-js is recognisable. */
const OPENCC_VERSION = '1.4.2';
