/**
 * Simplified ↔ Traditional conversion, identical in output to opencc-js's `Converter` for the same
 * variant (issue 4), from a data string that core/convert/compile.ts writes at build time. No
 * Node or browser API (TextDecoder is used where it exists, for speed only): it runs in content
 * scripts, extension pages, the worker and Node alike.
 *
 * Why not opencc-js at run time: its Converter builds Map tries from text (100–600 ms and 20–60
 * MB per tab). Here the data is already sorted and front-coded, and the trie is read lazily into
 * typed arrays: loading reads only the first line of each first character (~5,000 indexOf jumps,
 * a few ms); a node's children are read the first time a text reaches the node (a page reaches
 * a few thousand of the 90,000 nodes). One-unit prefixes are indexed by that unit, deeper edges
 * (parent node, code unit) → child go into one open-addressing hash table behind a 128 KB bit
 * filter, and values are read in place from the data string.
 *
 * ## Data format (one UTF-8 text file / one JS string per variant)
 * ```
 * qingdu-opencc/1 {"variant":"s2tw","opencc":"1.4.2","stages":2,"segmented":true,"units":…,
 *                  "nodes":…,"norm":…,"post":…,"main":…,"postMax":…}
 * #norm            ← CJK compatibility ideographs → unified (opencc-js's normalisation pass)
 * <entries>
 * #post            ← stage 2 of the chain (s2tw: Taiwan variants; s2twp: + Taiwan phrases; s2hk)
 * <entries>
 * #main            ← stage 1 (STPhrases+…+STCharacters, or TSPhrases+TSCharacters for t2s)
 * <entries>
 * ```
 * An entry is one line, sorted by key in UTF-16 code-unit order: one character `'0' + n` (n = code
 * units shared with the previous key, never half a surrogate pair), the rest of the key, a
 * separator (space; TAB marks a key that is a segment of its own, whose value is already carried
 * through stage 2), and the value.
 *
 * ## What runs (see compile.ts for why this is opencc-js's algorithm)
 * `#main` in one left-to-right longest-match pass (over code units: equivalent to opencc-js's
 * code points because every key is well-formed UTF-16, which the compiler checks). In segmented
 * variants, the stretches between segment keys ("runs") then go through `#post`, run by run, as
 * opencc-js runs its later stages per segment. While a run holds no unit that can start a
 * longer-than-one-unit `#post` key, stage 2 is a per-unit map applied on the fly. At such a unit,
 * stage 2 is probed there and then: within a run stage 1 maps one unit to one unit, so the
 * `#post` key can be read over the stage-1 outputs of the units ahead, up to where a segment
 * starts (most probes end at the next unit). Only where a unit ahead is not that simple is the
 * run collected and given to the full stage 2 when it ends or when no `#post` key started in it
 * can reach further (`postMax` units on). Text holding a
 * CJK compatibility ideograph is first normalised (`#norm`). Unmatched Ideographic Description
 * Sequences (⿰氵青) are copied whole, unconverted, as opencc-js does.
 */
import { isVariant, type Variant } from './variants';

/** First word of the data: bump when the layout changes, so stale data fails loudly. */
export const DATA_FORMAT = 'qingdu-opencc/1';
/** Separator after a key whose match is not a segment of its own. */
export const SEP_RUN = ' ';
/** Separator after a key that is a segment of its own (value precomposed through stage 2). */
export const SEP_SEGMENT = '\t';
/** The shared-prefix length is written as one character from here ('0'). */
export const PREFIX_BASE = 0x30;
/** Bounds that keep node info in 32 bits (OpenCC's longest key is 15 units). */
export const MAX_KEY_UNITS = 64;
export const MAX_VALUE_UNITS = 63;

export interface DataHeader {
  variant: Variant;
  /** opencc-js version the data was compiled from. */
  opencc: string;
  /** Dictionary groups in the chain (1, or 2 with `#post`). */
  stages: number;
  segmented: boolean;
  /** Distinct code units at index ≥ 1 of any #main/#post key (the radix of edge keys). */
  units: number;
  /** Trie nodes numbered in order: #post's (all its key prefixes), then #main's longer than one
   * unit (#main's one-unit prefixes are numbered by their unit). */
  nodes: number;
  norm: number;
  post: number;
  main: number;
  /** Longest #post key, in code units (how far stage 2 can look ahead). */
  postMax: number;
}

export interface Converter {
  readonly variant: Variant;
  /** Converts `text`; returns the very same string when nothing changes. */
  convert(text: string): string;
  /**
   * `texts.map(convert)` (each text on its own: no phrase spans two), in one pass over them
   * joined: one call, one output string, instead of one per text — a page's thousands of text
   * nodes. Texts that nothing changes come back as the very same strings.
   */
  convertMany(texts: readonly string[]): string[];
  /**
   * Reads ahead the parts of the dictionary no text has reached yet (about 50 ms in a fresh tab
   * for s2t, 20 ms once compiled), until `enough()` says stop — it is asked every few hundred
   * nodes — for a later first conversion not to pay for them. Resumable; true once all is read.
   * Output never depends on it.
   */
  readAhead(enough: () => boolean): boolean;
}

/** Joins the texts of convertMany. No dictionary key or value holds it (compile.ts checks), so
 * no match reaches across it; a text holding it is converted on its own. */
export const JOIN = '\0';
/** Ideographic Description Sequence operators: a sequence is copied whole and could take the
 * JOIN and the next text's first character as its parts; texts holding one go on their own. */
const IDS_OPERATOR = /[\u2ff0-\u2fff]/;

export interface ConverterOptions {
  /**
   * The user's phrase table, `[from, to]`. It wins over the dictionaries: the text is first cut at
   * every `from` (left to right, longest `from` first; on equal `from` the later entry wins), each
   * becomes its `to` as written (not converted further), and the text between them is converted
   * by the dictionaries piece by piece (so no dictionary phrase spans a user phrase). Matched on
   * the text as given, before OpenCC's normalisation. Empty `from` entries are ignored.
   */
  overrides?: ReadonlyArray<readonly [string, string]>;
  /**
   * Read the whole dictionary now and check it against the header (tests; a converter about to
   * convert a great deal). By default a first character's phrases are read the first time the
   * text holds it.
   */
  preload?: boolean;
}

const EOL = 0x0a;
const SEP_RUN_CODE = SEP_RUN.charCodeAt(0);
const SEP_SEGMENT_CODE = SEP_SEGMENT.charCodeAt(0);

// Node info, one Int32 per trie node: value offset in the data << 11 | value length << 5 | flags.
const N_VALUE = 1; // a key ends here (0 = no value)
const N_KIDS = 2; // longer keys go on from here
const N_SEGMENT = 4; // a segment of its own: ends the current run; value is final
const N_LAZY = 8; // N_KIDS, but the children are not in the trie yet (see expand)
const N_PAIR = 16; // the node's last unit is a high surrogate (see expand)
const LEN_SHIFT = 5; // 6 bits of value length
const OFF_SHIFT = 11;
/** Value offsets must fit the 20 bits left above OFF_SHIFT. */
const MAX_DATA = 1 << 20;
/** Main-trie nodes for one-unit prefixes are numbered by that unit; deeper ones from here. */
const FIRST_DEEP = 65536;
/** Tunable: bits in the edge pre-filter (2^20 bits = 128 KB, fits in L2 beside the hot tables;
 * about 8% false positives for s2t's 85K edges). Most trie steps in Chinese text fail: this
 * answers them without touching the larger edge table. */
const FILTER_BITS = 20;
/** Tunable: readAhead asks whether to stop after this many nodes (~0.1 ms of work). */
const READ_AHEAD_STEP = 128;
/** Tunable: edge table slots per node (power of two at or above; load ≤ 0.67). */
const SLOTS_PER_NODE = 1.5;

// Per code unit, the reasons it cannot take a one-table fast path.
const F_NORM = 1; // starts a CJK compatibility ideograph: the text needs normalising first
const F_IDS = 2; // an Ideographic Description Sequence operator (U+2FF0–U+2FFF)
const F_DIRTY = 4; // in a run, stage 2 cannot go unit by unit from here: it starts a #post key
// longer than one unit (or one whose value is not one unit), or is an IDS operator
const F_SURROGATE = 8; // half of a pair: the output may not be well-formed

/** Tunable: below this many units String.fromCharCode beats TextDecoder's per-call cost. */
const DECODER_MIN = 24;
/** Tunable: String.fromCharCode takes this many units per call (engines cap argument counts). */
const CHUNK = 8192;
/** Tunable: output buffers start at this size (units) and double; most text nodes fit. */
const MIN_BUFFER = 4096;
/** Tunable: buffers grown past this (a long text) are dropped after use (memory, not speed). */
const KEEP_BUFFER = 1 << 18;

function bad(why: string): never {
  throw new Error(`converter data: ${why}`);
}

function idsArity(c: number): number {
  if (c < 0x2ff0 || c > 0x2fff) return 0;
  return c === 0x2ff2 || c === 0x2ff3 ? 3 : 2;
}

/**
 * opencc-js's getIdeographicDescriptionSequenceEnd on the units `at(i)` below `limit`: the end of
 * the sequence that starts at i, or 0 when it is not a complete one (a child that is not
 * complete counts as one character; a sequence that runs out is not complete).
 *
 * opencc-js recurses without memory: a run of operators (⿰⿰⿰…) costs it Fibonacci time (about
 * 40 of them freeze a tab) and thousands overflow the stack. The result at a position depends on
 * nothing else, so here each position is worked out once (`memo`, one per text and limit), with
 * an explicit stack: linear time, same results.
 */
function idsEnd(at: (k: number) => number, i: number, limit: number, memo: Map<number, number>): number {
  if (idsArity(at(i)) === 0) return 0;
  const known = memo.get(i);
  if (known !== undefined) return known;
  const left = [idsArity(at(i))]; // children still to read, per open sequence
  const starts = [i];
  let end = i + 1;
  for (;;) {
    const top = left.length - 1;
    if (left[top] === 0 || end >= limit) {
      // Complete, or run out (not complete: the parent takes the operator as one character).
      const done = left[top] === 0;
      left.pop();
      const start = starts.pop()!;
      memo.set(start, done ? end : 0);
      if (!left.length) return done ? end : 0;
      if (!done) end = start + 1;
      continue;
    }
    left[top]!--;
    const a = idsArity(at(end));
    const r = a > 0 ? memo.get(end) : 0;
    if (r === undefined) {
      left.push(a);
      starts.push(end);
      end++;
    } else if (r > 0) end = r;
    else {
      const c = at(end);
      const d = end + 1 < limit ? at(end + 1) : 0;
      end += c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    }
  }
}

/** UTF-16LE decoding is a memory copy: far faster than String.fromCharCode for long text. It
 * would turn a lone surrogate into U+FFFD, so it only takes output known to be well-formed. */
const decoder =
  typeof TextDecoder === 'function' && new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? new TextDecoder('utf-16le') : null;

function unitsToString(buf: Uint16Array, len: number, wellFormed: boolean): string {
  if (decoder && wellFormed && len >= DECODER_MIN) return decoder.decode(buf.subarray(0, len));
  if (len <= CHUNK) return String.fromCharCode.apply(null, buf.subarray(0, len) as unknown as number[]);
  let s = '';
  for (let i = 0; i < len; i += CHUNK) {
    s += String.fromCharCode.apply(null, buf.subarray(i, Math.min(len, i + CHUNK)) as unknown as number[]);
  }
  return s;
}

/** Reads and checks the header line. */
export function readHeader(data: string): { header: DataHeader; pos: number } {
  const nl = data.indexOf('\n');
  if (nl < 0 || !data.startsWith(`${DATA_FORMAT} `)) bad(`not ${DATA_FORMAT} data`);
  let h: unknown;
  try {
    h = JSON.parse(data.slice(DATA_FORMAT.length + 1, nl));
  } catch {
    bad('unreadable header');
  }
  const r = h as Record<string, unknown>;
  if (typeof h !== 'object' || h === null || !isVariant(r.variant) || typeof r.segmented !== 'boolean') bad('bad header');
  for (const k of ['stages', 'units', 'nodes', 'norm', 'post', 'main', 'postMax']) {
    const v = r[k];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) bad(`bad header field ${k}`);
  }
  return { header: h as DataHeader, pos: nl + 1 };
}

function expectLine(data: string, pos: number, line: string): number {
  if (!data.startsWith(`${line}\n`, pos)) bad(`expected ${line} at ${pos}`);
  return pos + line.length + 1;
}

/** Builds a converter from the data that compileVariant(variant) wrote. Throws on malformed data. */
export function createConverter(data: string, options: ConverterOptions = {}): Converter {
  const { header, pos: afterHeader } = readHeader(data);
  const { units, nodes } = header;
  const stage2 = header.stages === 2;
  if (header.stages !== 1 && !stage2) bad('1 or 2 stages');
  if (data.length >= MAX_DATA) bad('data too long for 20-bit value offsets');
  const radix = units + 1;
  if ((FIRST_DEEP + nodes + 1) * radix >= 2 ** 31) bad('too many nodes for 32-bit edge keys');

  // ---- storage ----
  const uflags = new Uint8Array(65536);
  const unitId = new Uint16Array(65536); // code unit → 1..units (0: at index ≥ 1 of no key)
  const postHead = stage2 ? new Int32Array(65536) : null; // first unit → #post node (0: none)
  const info = new Int32Array(FIRST_DEEP + nodes + 1);
  let bits = 4;
  while (1 << bits < nodes * SLOTS_PER_NODE) bits++;
  const shift = 32 - bits;
  const mask = (1 << bits) - 1;
  const table = new Int32Array(2 << bits); // [edge key, child]; key 0 = empty slot
  const filter = new Int32Array(1 << (FILTER_BITS - 5));
  const filterShift = 32 - FILTER_BITS;
  // Per #main first unit with longer keys, once its children are read: the output (XOR the
  // unit) when no longer key matches, as `act` (`kidAct`, also stage 1 of a collected run) and
  // `clean` (`kidClean`) hold it for other units; -1: the slow path.
  const kidAct = new Int32Array(65536).fill(-1);
  const kidClean = header.stages === 2 ? new Int32Array(65536).fill(-1) : kidAct;
  let kidsReady = false;
  let nextNode = FIRST_DEEP;
  let unitCount = 0;
  let entries = 0;
  /** First units of #main and #post keys (for the fast tables). */
  const mainFirsts: number[] = [];
  const postFirsts: number[] = [];
  // A node's longer keys are the lines [lazyFrom, lazyTo) of the data, until `expand` reads them.
  const lazyFrom = new Int32Array(FIRST_DEEP + nodes + 1);
  const lazyTo = new Int32Array(FIRST_DEEP + nodes + 1);
  const depthOf = new Uint8Array(FIRST_DEEP + nodes + 1); // key length - 1 (preload only)
  /** '\n' + the shared-prefix character of a line whose key starts a new unit at that index. */
  const markers = Array.from({ length: MAX_KEY_UNITS }, (_, i) => `\n${String.fromCharCode(PREFIX_BASE + i)}`);

  /**
   * Puts the children of `node` (a key prefix of d + 1 units; d = -1: the root of a section) into
   * the trie, from its lines [from, to): each child starts at a line that shares exactly d + 1
   * units with the line before it (found with indexOf, without reading the lines in between);
   * its own value is on that line if the key ends there, and its longer keys become its lazy
   * range. A pair is never split by the shared prefix, so below a high surrogate the lines that
   * change the low one share only d units, and a child that is a high surrogate can start at
   * several lines in a row (merged).
   */
  function expand(node: number, d: number, from: number, to: number, mainRoot = false): void {
    if (d >= 0) info[node]! &= ~N_LAZY;
    if (d === 0 && node < FIRST_DEEP && kidsReady) setKid(node);
    const childIdx = d + 1;
    if (childIdx >= MAX_KEY_UNITS) bad('key too long');
    let p = from;
    const marker = markers[d >= 0 && info[node]! & N_PAIR ? d : childIdx]!;
    // The search for the next child must stop at `to`: indexOf over `data` would run on to the
    // next such line anywhere after it (past the last child of every node: most of the cost of
    // expanding, when it was so). A substring of a flat string is a view, not a copy.
    const range = data.substring(from, to);
    while (p < to) {
      const q = data.charCodeAt(p) - PREFIX_BASE;
      if (!(q >= 0 && q <= childIdx)) bad(`bad line at ${p}`);
      const at = p + 1 + childIdx - q;
      const u = data.charCodeAt(at);
      if (u === SEP_RUN_CODE || u === SEP_SEGMENT_CODE) {
        // The node's own key: its value was read with the node.
        p = data.indexOf('\n', at) + 1;
        continue;
      }
      if (u !== u || u === EOL) bad(`bad key at ${at}`);
      let next = p;
      do {
        next = range.indexOf(marker, next + 1 - from) + 1;
        next = next === 0 ? to : next + from;
      } while (next < to && data.charCodeAt(next + 1 + childIdx - (data.charCodeAt(next) - PREFIX_BASE)) === u);
      let child: number;
      if (mainRoot) {
        child = u;
        mainFirsts.push(u);
      } else {
        child = ++nextNode;
        if (child > FIRST_DEEP + nodes) bad('more nodes than the header says');
        depthOf[child] = childIdx;
        if (d < 0) {
          postHead![u] = child;
          postFirsts.push(u);
        }
      }
      if (d >= 0) {
        let uid = unitId[u]!;
        if (uid === 0) {
          if (++unitCount > units) bad('more units than the header says');
          uid = unitId[u] = unitCount;
        }
        const key = node * radix + uid;
        let h = Math.imul(key, 0x9e3779b1) >>> shift;
        while (table[h * 2] !== 0) h = (h + 1) & mask;
        table[h * 2] = key;
        table[h * 2 + 1] = child;
        const f = Math.imul(key, 0x85ebca6b) >>> filterShift;
        filter[f >>> 5]! |= 1 << (f & 31);
      }
      let v = 0;
      let rest = p;
      const sep = data.charCodeAt(at + 1);
      if (sep === SEP_RUN_CODE || sep === SEP_SEGMENT_CODE) {
        const eol = data.indexOf('\n', at + 2);
        const vlen = eol - at - 2;
        if (!(vlen >= 0 && vlen <= MAX_VALUE_UNITS)) bad(`bad value at ${at + 2}`);
        v = ((at + 2) << OFF_SHIFT) | (vlen << LEN_SHIFT) | N_VALUE | (sep === SEP_SEGMENT_CODE ? N_SEGMENT : 0);
        entries++;
        rest = eol + 1;
      }
      if (u >= 0xd800 && u <= 0xdbff) v |= N_PAIR;
      if (rest < next) {
        v |= N_KIDS | N_LAZY;
        lazyFrom[child] = rest;
        lazyTo[child] = next;
      }
      info[child] = v;
      p = next;
    }
  }

  // ---- load ----
  let pos = expectLine(data, afterHeader, '#norm');
  const normStart = pos;
  const normFirsts: number[] = [];
  for (let e = 0; e < header.norm; e++) {
    // Keys are single code points, never front-coded into half a pair: no shared prefix means
    // a new first unit.
    if (data.charCodeAt(pos) === PREFIX_BASE) {
      const c = data.charCodeAt(pos + 1);
      uflags[c]! |= F_NORM;
      normFirsts.push(c);
    }
    pos = data.indexOf('\n', pos) + 1;
    if (pos === 0) bad('truncated #norm');
  }
  const postStart = expectLine(data, pos, '#post');
  const postEnd = data.indexOf('\n#main\n', postStart - 1) + 1;
  if (postEnd === 0) bad('no #main');
  const mainStart = expectLine(data, postEnd, '#main');
  if (!stage2 && postEnd !== postStart) bad('#post entries in a one-stage variant');
  if (data.charCodeAt(data.length - 1) !== EOL) bad('truncated');
  // The roots: #main's first level is numbered by unit, #post's gets nodes (postHead).
  if (stage2) expand(0, -1, postStart, postEnd);
  expand(0, -1, mainStart, data.length, true);
  /** Where readAhead goes on: an index into mainFirsts, then a node number. */
  let aheadFirst = 0;
  let aheadNode = FIRST_DEEP + 1;
  /** Reads every node not read yet (what a text would read as it reaches them), asking `enough`
   * every few nodes whether to stop there; true once all are read. Resumable. */
  function readAhead(enough: () => boolean): boolean {
    for (let k = 1; aheadFirst < mainFirsts.length; k++) {
      const c = mainFirsts[aheadFirst++]!;
      if (info[c]! & N_LAZY) expand(c, 0, lazyFrom[c]!, lazyTo[c]!);
      if (k % READ_AHEAD_STEP === 0 && enough()) return false;
    }
    // Children are numbered after their parents: one pass in order reaches every node (also those
    // a conversion in between reads: they are numbered past the cursor).
    for (let k = 1; aheadNode <= nextNode; k++) {
      const node = aheadNode++;
      if (info[node]! & N_LAZY) expand(node, depthOf[node]!, lazyFrom[node]!, lazyTo[node]!);
      if (k % READ_AHEAD_STEP === 0 && enough()) return aheadNode > nextNode;
    }
    return true;
  }
  if (options.preload) {
    readAhead(() => false);
    if (nextNode !== FIRST_DEEP + nodes || unitCount !== units || entries !== header.post + header.main) {
      bad('counts differ from the header');
    }
  }

  // Fast tables hold (output unit XOR input unit), so the zero they start with means "unchanged",
  // and -1 sends a unit to the slow path: only units that start a key or carry a flag are set.
  // `single`: stage 2 one unit at a time, which is what stage 2 does in a run before its first
  // F_DIRTY unit. `postAct`: stage 2 alone, over the dirty end of a run.
  const single = postHead ? new Uint16Array(65536) : null;
  const postAct = postHead ? new Int32Array(65536) : null;
  for (let c = 0x2ff0; c <= 0x2fff; c++) uflags[c]! |= F_IDS | (postHead ? F_DIRTY : 0);
  for (let c = 0xd800; c <= 0xdfff; c++) uflags[c]! |= F_SURROGATE;
  if (postHead && single && postAct) {
    postAct.fill(-1, 0x2ff0, 0x3000);
    postAct.fill(-1, 0xd800, 0xe000);
    for (const c of postFirsts) {
      const v = info[postHead[c]!]!;
      if (v & N_KIDS || ((v >>> LEN_SHIFT) & 63) !== 1) {
        uflags[c]! |= F_DIRTY;
        postAct[c] = -1;
      } else {
        single[c] = data.charCodeAt(v >>> OFF_SHIFT) ^ c;
        if (postAct[c] === 0) postAct[c] = single[c]!;
      }
    }
  }
  // `act`: stage 1 alone; `clean`: stage 1 then `single` (a run before its first F_DIRTY unit).
  const act = new Int32Array(65536);
  const clean = single ? new Int32Array(65536) : act;
  const dirtyAct = single ? new Int32Array(65536) : act; // `act`, but -1 where the output is F_DIRTY
  const postMax = header.postMax;
  const setFast = (c: number): void => {
    const v = info[c]!;
    let a = -1;
    if ((uflags[c]! & (F_NORM | F_IDS | F_SURROGATE)) === 0 && (v & (N_KIDS | N_SEGMENT)) === 0) {
      if (v === 0) a = c;
      else if (((v >>> LEN_SHIFT) & 63) === 1) a = data.charCodeAt(v >>> OFF_SHIFT);
    }
    act[c] = a < 0 ? -1 : a ^ c;
    if (single) {
      clean[c] = a < 0 || uflags[a]! & F_DIRTY ? -1 : a ^ single[a]! ^ c;
      dirtyAct[c] = a < 0 || uflags[a]! & F_DIRTY ? -1 : a ^ c;
      if (a >= 0 && uflags[a]! & F_DIRTY && (uflags[a]! & F_IDS) === 0) kidClean[c] = (a ^ c) | -0x20000;
    }
  };
  /** kidAct/kidClean for #main first unit c (its children read: the edge filter knows them). */
  function setKid(c: number): void {
    const v = info[c]!;
    if (uflags[c]! & (F_NORM | F_IDS | F_SURROGATE) || (v & N_KIDS) === 0 || v & N_SEGMENT) return;
    let a = c;
    if (v & N_VALUE) {
      if (((v >>> LEN_SHIFT) & 63) !== 1) return;
      a = data.charCodeAt(v >>> OFF_SHIFT);
    }
    if (uflags[a]! & F_DIRTY) {
      // Below -1: the slow path, but `probe` may take it (a XOR c in the low 16 bits).
      if (single && (uflags[a]! & F_IDS) === 0) kidClean[c] = (a ^ c) | -0x20000;
      return;
    }
    kidAct[c] = a ^ c;
    if (single) kidClean[c] = a ^ single[a]! ^ c;
  }
  for (const c of mainFirsts) setFast(c);
  for (const c of postFirsts) setFast(c);
  for (const c of normFirsts) setFast(c);
  for (let c = 0x2ff0; c <= 0x2fff; c++) setFast(c);
  act.fill(-1, 0xd800, 0xe000);
  clean.fill(-1, 0xd800, 0xe000);
  dirtyAct.fill(-1, 0xd800, 0xe000);

  for (const c of mainFirsts) if ((info[c]! & N_LAZY) === 0) setKid(c);
  kidsReady = true;

  // ---- conversion ----
  let out = new Uint16Array(MIN_BUFFER);
  let scratch = new Uint16Array(single ? MIN_BUFFER : 0);

  function grow(buf: Uint16Array, need: number): Uint16Array<ArrayBuffer> {
    let size = buf.length * 2;
    while (size < need) size *= 2;
    const b = new Uint16Array(size);
    b.set(buf);
    return b;
  }

  /** The longest key (from trie node `first`, which matched s[i]) at s[i..n): its node info (0:
   * none), its end in `matchEnd`. */
  let matchEnd = 0;
  function longestStr(s: string, i: number, n: number, first: number): number {
    let best = info[first]!;
    matchEnd = i + 1;
    if ((best & N_KIDS) === 0) return best;
    if (best & N_LAZY) expand(first, 0, lazyFrom[first]!, lazyTo[first]!);
    if ((best & N_VALUE) === 0) best = 0;
    let cur = first;
    for (let k = i + 1; k < n; ) {
      const uid = unitId[s.charCodeAt(k)]!;
      if (uid === 0) break;
      const key = cur * radix + uid;
      const f = Math.imul(key, 0x85ebca6b) >>> filterShift;
      if ((filter[f >>> 5]! & (1 << (f & 31))) === 0) break;
      let h = Math.imul(key, 0x9e3779b1) >>> shift;
      let hit = 0;
      for (;;) {
        const stored = table[h * 2]!;
        if (stored === key) {
          hit = table[h * 2 + 1]!;
          break;
        }
        if (stored === 0) break;
        h = (h + 1) & mask;
      }
      if (hit === 0) break;
      cur = hit;
      k++;
      const v = info[cur]!;
      if (v & N_VALUE) {
        best = v;
        matchEnd = k;
      }
      if ((v & N_KIDS) === 0) break;
      if (v & N_LAZY) expand(cur, k - i - 1, lazyFrom[cur]!, lazyTo[cur]!);
    }
    return best;
  }

  /** longestStr over a buffer (stage 2 reads stage 1's output). */
  function longestArr(s: Uint16Array, i: number, n: number, first: number): number {
    let best = info[first]!;
    matchEnd = i + 1;
    if ((best & N_KIDS) === 0) return best;
    if (best & N_LAZY) expand(first, 0, lazyFrom[first]!, lazyTo[first]!);
    if ((best & N_VALUE) === 0) best = 0;
    let cur = first;
    for (let k = i + 1; k < n; ) {
      const uid = unitId[s[k]!]!;
      if (uid === 0) break;
      const key = cur * radix + uid;
      const f = Math.imul(key, 0x85ebca6b) >>> filterShift;
      if ((filter[f >>> 5]! & (1 << (f & 31))) === 0) break;
      let h = Math.imul(key, 0x9e3779b1) >>> shift;
      let hit = 0;
      for (;;) {
        const stored = table[h * 2]!;
        if (stored === key) {
          hit = table[h * 2 + 1]!;
          break;
        }
        if (stored === 0) break;
        h = (h + 1) & mask;
      }
      if (hit === 0) break;
      cur = hit;
      k++;
      const v = info[cur]!;
      if (v & N_VALUE) {
        best = v;
        matchEnd = k;
      }
      if ((v & N_KIDS) === 0) break;
      if (v & N_LAZY) expand(cur, k - i - 1, lazyFrom[cur]!, lazyTo[cur]!);
    }
    return best;
  }

  /** Stage 2 over scratch[0..b) (the dirty end of one run) into `out` from `at`, keeping `room`
   * units free after it. Returns the new end. */
  function postRun(b: number, at: number, room: number): number {
    const src = scratch;
    const head = postHead!;
    const fast = postAct!;
    let dst = out;
    let idsMemo: Map<number, number> | undefined;
    // Invariant: room for one unit per source unit left, and `room` (values check for more).
    if (dst.length - at < b + room) dst = out = grow(dst, at + b + room);
    let t = at;
    for (let j = 0; j < b; ) {
      const c = src[j]!;
      const x = fast[c]!;
      if (x >= 0) {
        dst[t++] = x ^ c;
        j++;
        continue;
      }
      const first = head[c]!;
      const best = first === 0 ? 0 : longestArr(src, j, b, first);
      if (best !== 0) {
        const off = best >>> OFF_SHIFT;
        const len = (best >>> LEN_SHIFT) & 63;
        if (dst.length - t < len + (b - matchEnd) + room) dst = out = grow(dst, t + len + (b - matchEnd) + room);
        for (let k = 0; k < len; k++) dst[t++] = data.charCodeAt(off + k);
        j = matchEnd;
        continue;
      }
      const end = uflags[c]! & F_IDS ? idsEnd((k) => src[k]!, j, b, (idsMemo ??= new Map())) : 0;
      if (end > j) while (j < end) dst[t++] = src[j++]!;
      else {
        dst[t++] = c;
        j++;
      }
    }
    return t;
  }

  /**
   * Stage 2 at unit i of a clean run, whose stage-1 output is the one unit `u` that can start a
   * #post key longer than one unit: the longest #post key there, read over the stage-1 outputs
   * of the units after i, worked out as the main pass will work them out (within a run, stage 1
   * maps one unit to one unit), up to the end of the run (a unit where a segment starts). Most
   * probes end at the second unit, so the run stays clean instead of being collected for
   * postRun. Returns the key's node info (0: none, u is copied), its end in `probeEnd`; -1 when
   * a unit on the way is not that simple (a pair, an IDS operator, a longer stage-1 value): the
   * caller collects the run as before.
   */
  let probeEnd = 0;
  let probeUnit = 0;
  function probe(s: string, i: number, n: number, u: number): number {
    const first = postHead![u]!;
    probeUnit = u;
    probeEnd = i + 1;
    if (first === 0) return -1;
    let best = info[first]!;
    if ((best & N_KIDS) === 0) return best;
    if (best & N_LAZY) expand(first, 0, lazyFrom[first]!, lazyTo[first]!);
    if ((best & N_VALUE) === 0) best = 0;
    let cur = first;
    for (let k = i + 1; k < n; ) {
      const c = s.charCodeAt(k);
      const x = act[c]!;
      const y = x < 0 ? kidAct[c]! : -1;
      let o = c ^ x;
      if (y >= 0) o = c ^ y; // unless a segment starts at k: asked below, if o goes on a key
      else if (x < 0) {
        if (uflags[c]! & (F_NORM | F_IDS | F_SURROGATE)) return -1;
        const b = longestStr(s, k, n, c);
        if (b & N_SEGMENT) break; // the run ends at k
        if (b === 0) o = c;
        else if (((b >>> LEN_SHIFT) & 63) !== 1 || matchEnd !== k + 1) return -1;
        else o = data.charCodeAt(b >>> OFF_SHIFT);
      }
      const uid = unitId[o]!;
      if (uid === 0) break;
      const key = cur * radix + uid;
      const f = Math.imul(key, 0x85ebca6b) >>> filterShift;
      if ((filter[f >>> 5]! & (1 << (f & 31))) === 0) break;
      let h = Math.imul(key, 0x9e3779b1) >>> shift;
      let hit = 0;
      for (;;) {
        const stored = table[h * 2]!;
        if (stored === key) {
          hit = table[h * 2 + 1]!;
          break;
        }
        if (stored === 0) break;
        h = (h + 1) & mask;
      }
      if (hit === 0) break;
      if (y >= 0 && longestStr(s, k, n, c) & N_SEGMENT) break; // else its own key: y
      cur = hit;
      k++;
      const v = info[cur]!;
      if (v & N_VALUE) {
        best = v;
        probeEnd = k;
      }
      if ((v & N_KIDS) === 0) break;
      if (v & N_LAZY) expand(cur, k - i - 1, lazyFrom[cur]!, lazyTo[cur]!);
    }
    return best;
  }

  /** Writes what probe found into `out` at o (clean: `out` is where output goes); returns the
   * new end. Keeps room for one unit per input unit after probeEnd. */
  function emitProbe(best: number, o: number, n: number): number {
    if (best === 0) {
      out[o] = probeUnit;
      return o + 1;
    }
    const off = best >>> OFF_SHIFT;
    const len = (best >>> LEN_SHIFT) & 63;
    if (out.length - o < len + (n - probeEnd)) out = grow(out, o + len + (n - probeEnd) + MAX_VALUE_UNITS);
    for (let k = 0; k < len; k++) out[o++] = data.charCodeAt(off + k);
    return o;
  }

  /** The dictionaries on `s`, or null when `s` needs normalising first. */
  function core(s: string, normalized: boolean): string | null {
    const n = s.length;
    // Output can be longer than input (a few values are): an eighth more spares most regrowing.
    if (out.length < n + (n >> 3) + MAX_VALUE_UNITS) out = new Uint16Array(Math.max(n + (n >> 3) + MAX_VALUE_UNITS, out.length * 2));
    // Output goes to `w` at `o`: `out`, or in a dirty run `scratch` (stage 1 only), which
    // postRun then carries through stage 2 into `out` at `dirtyAt` when the run ends. A run is
    // the text since the last segment key (segmented variants) or the whole text; up to its
    // first F_DIRTY unit it takes stage 2 unit by unit (`clean`, `single`).
    let w = out;
    let o = 0;
    let fast = clean;
    let kid = kidClean;
    let dirtyAt = -1; // where the dirty part of the run goes in `out` (-1: clean)
    let lastDirty = 0; // in scratch: the last F_DIRTY unit
    let sticky = false; // an IDS operator in scratch: its extent is unbounded, wait for the run end
    let changed = 0; // from the fast paths: nonzero when a unit changed
    let wrote = false; // a value or stage 2 was written: compare at the end
    let wellFormed = true;
    let idsMemo: Map<number, number> | undefined;
    for (let i = 0; i < n; ) {
      const c = s.charCodeAt(i);
      const a = fast[c]!;
      if (a >= 0) {
        w[o++] = a ^ c;
        changed |= a;
        i++;
        continue;
      }
      // A unit that starts longer keys, where no key goes on with the next unit (most of them
      // in Chinese text: the edge filter answers), is its own one-unit key: a table too.
      const b = kid[c]!;
      if (b >= 0) {
        const uid = i + 1 < n ? unitId[s.charCodeAt(i + 1)]! : 0;
        const fk = Math.imul(c * radix + uid, 0x85ebca6b) >>> filterShift;
        if (uid === 0 || (filter[fk >>> 5]! & (1 << (fk & 31))) === 0) {
          w[o++] = b ^ c;
          changed |= b;
          i++;
          continue;
        }
      } else if (b < -1 && dirtyAt < 0) {
        // Its stage-1 output (one unit) can start a longer #post key: stage 2 is probed there.
        let go = (info[c]! & N_KIDS) === 0;
        if (!go) {
          const uid = i + 1 < n ? unitId[s.charCodeAt(i + 1)]! : 0;
          const fk = Math.imul(c * radix + uid, 0x85ebca6b) >>> filterShift;
          go = uid === 0 || (filter[fk >>> 5]! & (1 << (fk & 31))) === 0;
        }
        const p = go ? probe(s, i, n, c ^ (b & 0xffff)) : -1;
        if (p >= 0) {
          o = emitProbe(p, o, n);
          w = out;
          wrote = true;
          i = probeEnd;
          continue;
        }
      }
      const f = uflags[c]!;
      if (f & F_NORM && !normalized) return null;
      if (dirtyAt >= 0 && !sticky && o - lastDirty >= postMax) {
        // No #post key starting in scratch can reach past it: stage 2 there is settled, and what
        // follows is clean again.
        o = postRun(o, dirtyAt, MAX_VALUE_UNITS + (n - i));
        w = out;
        fast = clean;
        kid = kidClean;
        dirtyAt = -1;
        wrote = true;
      }
      const best = longestStr(s, i, n, c);
      if (best !== 0) {
        const end = matchEnd;
        const off = best >>> OFF_SHIFT;
        const len = (best >>> LEN_SHIFT) & 63;
        wrote = true;
        if (best & N_SEGMENT) {
          if (dirtyAt >= 0) {
            o = postRun(o, dirtyAt, MAX_VALUE_UNITS + (n - i));
            w = out;
            fast = clean;
            kid = kidClean;
            dirtyAt = -1;
          }
          if (out.length - o < len + (n - end)) w = out = grow(out, o + len + (n - end) + MAX_VALUE_UNITS);
          for (let k = 0; k < len; k++) w[o++] = data.charCodeAt(off + k);
          i = end;
          continue;
        }
        // Invariant: room for the value and then one unit per input unit left.
        if (w.length - o < len + (n - end)) {
          w = grow(w, o + len + (n - end) + MAX_VALUE_UNITS);
          if (dirtyAt >= 0) scratch = w;
          else out = w;
        }
        let k = 0;
        if (dirtyAt < 0 && single) {
          if (len === 1 && uflags[data.charCodeAt(off)]! & F_DIRTY) {
            const p = probe(s, i, n, data.charCodeAt(off));
            if (p >= 0) {
              o = emitProbe(p, o, n);
              w = out;
              i = probeEnd;
              continue;
            }
          }
          // A clean run: stage 2 unit by unit, until a unit that needs the full stage 2.
          for (; k < len; k++) {
            const u = data.charCodeAt(off + k);
            if (uflags[u]! & F_DIRTY) break;
            w[o++] = u ^ single[u]!;
          }
          if (k < len) {
            dirtyAt = o;
            if (scratch.length < n + MAX_VALUE_UNITS) scratch = new Uint16Array(Math.max(n + MAX_VALUE_UNITS, scratch.length * 2));
            w = scratch;
            o = 0;
            fast = dirtyAct;
            kid = kidAct;
            sticky = false;
          }
        }
        if (dirtyAt >= 0) {
          for (; k < len; k++) {
            const u = data.charCodeAt(off + k);
            const g = uflags[u]!;
            if (g & F_DIRTY) {
              lastDirty = o;
              if (g & F_IDS) sticky = true;
            }
            w[o++] = u;
          }
        } else for (; k < len; k++) w[o++] = data.charCodeAt(off + k);
        i = end;
        continue;
      }
      if (f & F_DIRTY) {
        if (dirtyAt < 0 && (f & F_IDS) === 0) {
          const p = probe(s, i, n, c);
          if (p >= 0) {
            o = emitProbe(p, o, n);
            w = out;
            wrote = true;
            i = probeEnd;
            continue;
          }
        }
        if (dirtyAt < 0) {
          dirtyAt = o;
          if (scratch.length < n + MAX_VALUE_UNITS) scratch = new Uint16Array(Math.max(n + MAX_VALUE_UNITS, scratch.length * 2));
          w = scratch;
          o = 0;
          fast = dirtyAct;
          kid = kidAct;
          sticky = false;
        }
        lastDirty = o;
        if (f & F_IDS) sticky = true;
      }
      if (f & F_SURROGATE) {
        // Unmatched: a pair is copied whole (one code point, as opencc-js steps); half a pair
        // makes the output ill-formed, which only String.fromCharCode can build.
        const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
        w[o++] = c;
        i++;
        if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
          w[o++] = d;
          i++;
        } else wellFormed = false;
        continue;
      }
      const end = f & F_IDS ? idsEnd((k) => s.charCodeAt(k), i, n, (idsMemo ??= new Map())) : 0;
      if (end > i) {
        while (i < end) w[o++] = s.charCodeAt(i++);
        wellFormed = false; // may hold half a pair; rare
      } else {
        const d = dirtyAt >= 0 || !single ? 0 : single[c]!;
        w[o++] = c ^ d;
        changed |= d;
        i++;
      }
    }
    if (dirtyAt >= 0) {
      o = postRun(o, dirtyAt, 0);
      wrote = true;
    }
    const buf = out;
    if (changed === 0) {
      if (!wrote) return s;
      if (o === n) {
        let k = 0;
        while (k < n && buf[k] === s.charCodeAt(k)) k++;
        if (k === n) return s;
      }
    }
    return unitsToString(buf, o, wellFormed);
  }

  let normMap: Map<number, string> | null = null;
  /** opencc-js's normalisation pass (rare: only text holding a compatibility ideograph). */
  function normalize(s: string): string {
    if (!normMap) {
      normMap = new Map();
      let p = normStart;
      let prevKey = '';
      for (let e = 0; e < header.norm; e++) {
        const sep = data.indexOf(SEP_RUN, p + 1);
        const eol = data.indexOf('\n', sep);
        const key = prevKey.slice(0, data.charCodeAt(p) - PREFIX_BASE) + data.slice(p + 1, sep);
        normMap.set(key.codePointAt(0)!, data.slice(sep + 1, eol));
        prevKey = key;
        p = eol + 1;
      }
    }
    let r = '';
    let last = 0;
    const n = s.length;
    let memo: Map<number, number> | undefined;
    for (let i = 0; i < n; ) {
      const cp = s.codePointAt(i)!;
      const w = cp > 0xffff ? 2 : 1;
      const v = normMap.get(cp);
      if (v !== undefined) {
        r += s.slice(last, i) + v;
        i += w;
        last = i;
      } else {
        const e = idsEnd((k) => s.charCodeAt(k), i, n, (memo ??= new Map()));
        i = e > i ? e : i + w;
      }
    }
    return last === 0 ? s : r + s.slice(last);
  }

  function convertDict(s: string): string {
    const r = core(s, false) ?? core(normalize(s), true)!;
    // A long text's buffers are not kept: a tab holds this converter for its lifetime.
    if (out.length > KEEP_BUFFER) out = new Uint16Array(MIN_BUFFER);
    if (scratch.length > KEEP_BUFFER) scratch = new Uint16Array(MIN_BUFFER);
    return r;
  }

  const overrides = options.overrides ?? [];
  const phrases = overrideTable(overrides);
  const convert = phrases ? (s: string) => withOverrides(s, phrases, convertDict) : convertDict;
  // A user phrase holding JOIN could match across two texts (or make one of them).
  const joinable = !overrides.some(([from, to]) => from.includes(JOIN) || to.includes(JOIN));

  function convertMany(texts: readonly string[]): string[] {
    if (texts.length < 2 || !joinable) return texts.map(convert);
    const joined = texts.join(JOIN);
    if (IDS_OPERATOR.test(joined)) return texts.map(convert);
    const result = convert(joined);
    if (result === joined) return texts.slice();
    const parts = result.split(JOIN);
    // More parts than texts: a text held JOIN itself.
    if (parts.length !== texts.length) return texts.map(convert);
    for (let i = 0; i < parts.length; i++) if (parts[i] === texts[i]) parts[i] = texts[i]!;
    return parts;
  }
  return { variant: header.variant, convert, convertMany, readAhead };
}

interface OverrideNode {
  next: Map<number, OverrideNode>;
  to?: string;
}

function overrideTable(entries: ReadonlyArray<readonly [string, string]>): OverrideNode | null {
  const root: OverrideNode = { next: new Map() };
  let any = false;
  for (const [from, to] of entries) {
    if (!from) continue;
    let node = root;
    for (let i = 0; i < from.length; i++) {
      const c = from.charCodeAt(i);
      let next = node.next.get(c);
      if (!next) node.next.set(c, (next = { next: new Map() }));
      node = next;
    }
    node.to = to;
    any = true;
  }
  return any ? root : null;
}

/** The user's phrases first (leftmost, longest), the dictionaries on the text between them. */
function withOverrides(s: string, root: OverrideNode, convert: (s: string) => string): string {
  let r = '';
  let last = 0;
  const n = s.length;
  for (let i = 0; i < n; ) {
    let node = root.next.get(s.charCodeAt(i));
    let to: string | undefined;
    let end = i;
    for (let k = i + 1; node; k++) {
      if (node.to !== undefined) {
        to = node.to;
        end = k;
      }
      node = k < n ? node.next.get(s.charCodeAt(k)) : undefined;
    }
    if (to === undefined) {
      i++;
      continue;
    }
    if (i > last) r += convert(s.slice(last, i));
    r += to;
    i = last = end;
  }
  if (last === 0) return convert(s);
  return last < n ? r + convert(s.slice(last)) : r;
}
