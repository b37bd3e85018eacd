/**
 * Simplified/Traditional conversion of the live page, in place, with an exact way back.
 *
 * - What is converted: text nodes, the <title>, and the user-visible attributes `title`, `alt`,
 *   `placeholder`, `aria-label`; `<html lang>` follows the variant. Never form values, editable
 *   regions, scripts, styles, code or preformatted text (no cursor jumps, no broken code samples).
 * - Always converted from the page's ORIGINAL text (switching 繁體 → 香港繁體 never converts a
 *   conversion), and written only when the text changes (STYLE.md habit 4), so another extension
 *   doing the same cannot ping-pong with us.
 * - Content that scripts add later is queued by a MutationObserver and converted once per frame;
 *   our own writes are recognised (the node still holds what we wrote) and never re-processed.
 * - `set(null)` restores every node we changed that the page has not changed since.
 * - A huge page is converted in slices of about 20 ms (dom/frame.ts `sliced`), with the page's own
 *   work in between; what the page adds or changes meanwhile is queued as usual. On an ordinary
 *   page the whole pass fits in the first slice and is done when `set` returns.
 * - `ahead(convert)` converts the page's texts beforehand, in idle time, writing nothing (the popup
 *   is open: a click on a variant will likely follow). The `set(convert)` after it takes those
 *   results for every text that still reads the same, so the click only writes; what changed in
 *   between is converted then. When nothing on the page changed since `ahead`'s walk began (a
 *   MutationObserver says so), the set does not walk the page again: it takes that walk's text
 *   nodes. Output never depends on it.
 */

import { perFrame, sliced } from './frame';

/** A converter: one text, and optionally many at once (each on its own, as one by one gives it;
 * core/convert/converter.ts `convertMany`), which a pass over thousands of nodes uses. */
export type Convert = ((text: string) => string) & { many?: (texts: readonly string[]) => string[] };

/** Subtrees never converted: code and scripts, form controls, editable regions. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'input', 'code', 'pre', 'kbd', 'samp', 'var', 'iframe', 'object']);
/** What is never converted inside, as one selector: SKIP, an <option> that has no value (its text
 * is its value), and an editable region. */
const SKIP_SELECTOR = `${[...SKIP].join(',')},option:not([value]),[contenteditable]:not([contenteditable="false"])`;
/** Attributes a reader sees (tooltips, image text, field hints, screen-reader names). */
const ATTRS = ['title', 'alt', 'placeholder', 'aria-label'] as const;
const ATTR_SELECTOR = ATTRS.map((a) => `[${a}]`).join(',');
/** NodeFilter.SHOW_TEXT (a constant: no global needed). */
const SHOW_TEXT = 4;
/** Tunable: past this many queued additions one full pass is cheaper than per-node work. */
const MAX_QUEUED = 2000;
/** Tunable: a sliced pass may pause after this many text nodes. */
const STEP = 1000;
/** Tunable: a node someone else rewrites after us this often (another converter extension, a
 * page script fighting back) is left to them: no ping-pong. */
const MAX_FIGHTS = 3;
/** Tunable: `ahead` stops after this many text nodes at a time (a few ms: idle time is short). */
const AHEAD_STEP = 200;
/** Tunable: `ahead` converts no more than this many characters of a page (its results are held
 * until the next `set`: about four bytes each). */
const AHEAD_CHARS = 400_000;

export interface PageConverterOptions {
  signal: AbortSignal;
  /** Called once with the first error; the page goes on unconverted or half-converted. */
  onError?: (error: unknown) => void;
  /** How long the pass may hold the main thread before it goes on in a later task, ms (SLICE_MS;
   * Infinity: at once). */
  sliceMs?: number;
}

export interface PageConverter {
  /** Converts the page with `convert` (from the original text) and sets `lang`; null restores.
   * Gives the main-thread ms it took: at once, or a promise when the pass went on in slices (a
   * later `set` stops it). */
  set(convert: Convert | null, lang?: string): number | Promise<number>;
  /**
   * Converts the page's texts with `convert` ahead of a `set(convert)`, writing nothing, a step at a
   * time while `enough()` says go on (idle time). Resumable: call again to go on; true once done
   * (the page read, or AHEAD_CHARS of it), and at once when the page is already converted. The next
   * `set` stops it and uses what is ready when it is the same `convert`; its results go with it.
   */
  ahead(convert: Convert, enough: () => boolean): boolean;
  readonly active: boolean;
}

interface Saved {
  original: string;
  written: string;
}

/** What `ahead` converted for `convert`: per text node, its text then and the result; `steps`:
 * the walk going on (null once done), `chars` read so far. `texts`: the text nodes its walk
 * queued under each root, in order, and `whole` once that walk read the whole page; `watch` says
 * whether the page has changed since the walk began (`changed`). While it has not, the set after
 * it takes the texts from `texts` instead of walking the page again. */
interface Early {
  convert: Convert;
  map: Map<Text, Saved>;
  steps: Generator<void, void, void> | null;
  chars: number;
  texts: Map<Element, Text[]>;
  whole: boolean;
  watch: MutationObserver | null;
  changed: boolean;
}

export function startPageConverter(doc: Document, opts: PageConverterOptions): PageConverter {
  const win = doc.defaultView!;
  const texts = new Map<Text, Saved>();
  const attrs = new Map<Element, Map<string, Saved>>();
  let lang: { had: boolean; value: string | null; written: string } | null = null;
  let convert: Convert | null = null;
  let failed = false;
  const fights = new WeakMap<Node, number>();

  const guard = (fn: () => void) => {
    try {
      fn();
    } catch (e) {
      if (!failed) opts.onError?.(e);
      failed = true;
    }
  };

  /** Text nodes read for the next call to the converter, with their text then and the text to
   * convert (the page's original), in one batch: one call converts them all. */
  let batchNodes: Text[] = [];
  let batchData: string[] = [];
  let batchBases: string[] = [];

  /** Queues the node with its text as the page meant it: our original if it still shows what we
   * wrote. A node someone keeps rewriting after us is left alone. */
  const queueText = (node: Text, data = node.data) => {
    const saved = texts.get(node);
    let base = data;
    if (saved) {
      if (data === saved.written) base = saved.original;
      else {
        texts.delete(node); // the page changed it since: its new text is the original now
        const n = (fights.get(node) ?? 0) + 1;
        fights.set(node, n);
        if (n > MAX_FIGHTS) return;
      }
    } else if ((fights.get(node) ?? 0) > MAX_FIGHTS) return;
    batchNodes.push(node);
    batchData.push(data);
    batchBases.push(base);
  };

  let early: Early | null = null;
  const convertAll = (c: Convert, texts: string[]) => (c.many ? c.many(texts) : texts.map(c));
  /** `convert` on `bases`, taking `ahead`'s result for every node whose text is still the same. */
  const convertBatch = (c: Convert, nodes: Text[], bases: string[]): string[] => {
    if (early?.convert !== c) return convertAll(c, bases);
    const ready = early.map;
    const outs = new Array<string>(nodes.length);
    const missing: number[] = [];
    for (let i = 0; i < nodes.length; i++) {
      const e = ready.get(nodes[i]!);
      if (e !== undefined && e.original === bases[i]) outs[i] = e.written;
      else missing.push(i);
    }
    if (missing.length) {
      const done = convertAll(
        c,
        missing.map((i) => bases[i]!),
      );
      for (let k = 0; k < missing.length; k++) outs[missing[k]!] = done[k]!;
    }
    return outs;
  };

  /** Converts the queued texts in one call and writes those that change (only those). */
  const flushTexts = () => {
    const nodes = batchNodes;
    const datas = batchData;
    const bases = batchBases;
    const n = nodes.length;
    if (n === 0) return;
    batchNodes = [];
    batchData = [];
    batchBases = [];
    const outs = !convert ? bases : convertBatch(convert, nodes, bases);
    for (let i = 0; i < n; i++) {
      const node = nodes[i]!;
      const data = datas[i]!;
      const base = bases[i]!;
      const out = outs[i]!;
      if (out === base) {
        if (data !== base) node.data = base;
        texts.delete(node);
      } else {
        texts.set(node, { original: base, written: out });
        if (data !== out) node.data = out;
      }
    }
  };

  /** Attributes read for the next call to the converter (as the texts: one call for them all),
   * each with its value then and the value to convert (the page's original). */
  let attrEls: Element[] = [];
  let attrNames: string[] = [];
  let attrValues: string[] = [];
  let attrBases: string[] = [];
  const queueAttr = (el: Element, name: string) => {
    const value = el.getAttribute(name);
    const perEl = attrs.get(el);
    const saved = perEl?.get(name);
    if (value === null) {
      perEl?.delete(name);
      return;
    }
    let base = value;
    if (saved) {
      if (value === saved.written) base = saved.original;
      else perEl!.delete(name); // the page changed it since: its new value is the original now
    }
    attrEls.push(el);
    attrNames.push(name);
    attrValues.push(value);
    attrBases.push(base);
  };
  /** Converts the queued attributes in one call and writes those that change. */
  const flushAttrs = () => {
    const els = attrEls;
    const names = attrNames;
    const values = attrValues;
    const bases = attrBases;
    if (!els.length) return;
    attrEls = [];
    attrNames = [];
    attrValues = [];
    attrBases = [];
    const outs = convert ? convertAll(convert, bases) : bases;
    for (let i = 0; i < els.length; i++) {
      const el = els[i]!;
      const name = names[i]!;
      const value = values[i]!;
      const base = bases[i]!;
      const out = outs[i]!;
      let perEl = attrs.get(el);
      if (out === base) {
        if (value !== base) el.setAttribute(name, base);
        perEl?.delete(name);
        continue;
      }
      if (!perEl) attrs.set(el, (perEl = new Map()));
      perEl.set(name, { original: base, written: out });
      if (value !== out) el.setAttribute(name, out);
    }
  };

  /** Nodes the page added so far (while a sliced pass waits, new skipped elements may come). */
  let added = 0;

  /** Queues the element's attributes (flushAttrs converts them). */
  const walkAttrs = (el: Element) => {
    for (const name of ATTRS) if (el.hasAttribute(name)) queueAttr(el, name);
  };
  /** Text nodes inside the skipped elements under `root` (never converted). */
  const skippedTexts = (root: Element): Set<Node> => {
    const set = new Set<Node>();
    let outer: Element | null = null;
    for (const el of root.querySelectorAll(SKIP_SELECTOR)) {
      if (outer?.contains(el)) continue; // inside one already read
      outer = el;
      const w = doc.createTreeWalker(el, SHOW_TEXT);
      for (let t = w.nextNode(); t; t = w.nextNode()) set.add(t);
    }
    return set;
  };
  /** The attributes of `root` and of the elements under it, but for those inside a skipped one (a
   * skipped element's own attributes are converted: a field's placeholder). */
  const attrsUnder = (root: Element) => {
    walkAttrs(root);
    for (const el of root.querySelectorAll(ATTR_SELECTOR)) {
      const inside = el.parentElement?.closest(SKIP_SELECTOR);
      if (!inside || !root.contains(inside)) walkAttrs(el);
    }
    flushAttrs();
  };
  /** Reads the texts of `batch` (consecutive text nodes in document order) in one call, a range's
   * text, instead of one string per node, and queues those not in `skip`. */
  const range = doc.createRange();
  const queueBatch = (batch: Text[], skip: Set<Node>) => {
    const lens = batch.map((t) => t.length);
    const last = batch[batch.length - 1]!;
    range.setStart(batch[0]!, 0);
    range.setEnd(last, lens[lens.length - 1]!);
    const text = range.toString();
    range.collapse(true);
    let total = 0;
    for (const len of lens) total += len;
    if (text.length !== total) {
      for (const t of batch) if (!skip.has(t)) queueText(t); // (never seen: the same nodes)
      return;
    }
    let off = 0;
    for (let i = 0; i < batch.length; i++) {
      const t = batch[i]!;
      const len = lens[i]!;
      if (!skip.has(t)) queueText(t, text.slice(off, off + len));
      off += len;
    }
  };
  /** Converts everything under `root` (an element not itself skipped), STEP text nodes at a time,
   * pausing after each. In document order with a TreeWalker (no recursion: 5,000-deep pages); if
   * the page took the node it paused at out of `root`, it starts over (converting is idempotent),
   * and if it added nodes meanwhile, the skipped ones are read again. `dry`: `ahead`'s walk (no
   * attributes, nothing written, shorter steps). */
  function* walkSteps(root: Element, dry = false): Generator<void, void, void> {
    if (!dry) attrsUnder(root);
    if (dry) early!.texts.set(root, (aheadList = []));
    else {
      // The page is as `ahead` walked it: its texts, without walking again. If the page changes
      // in a pause, the walk below does the rest (what is converted already stays so).
      const e = replayable();
      const list = e?.texts.get(root);
      if (list) {
        const ready = e!.map;
        for (let k = 0; ; ) {
          const end = Math.min(list.length, k + STEP);
          for (; k < end; k++) {
            // flushTexts for a node whose result is ready, without the queue: it is the
            // first conversion (ahead runs only then), so nothing of ours is on the page.
            const node = list[k]!;
            const r = ready.get(node);
            const data = node.data;
            if (r?.original !== data) queueText(node, data); // (never while the page is unchanged)
            else if (r.written !== data) {
              texts.set(node, r);
              node.data = r.written;
            }
          }
          flushTexts();
          if (k === list.length) return;
          const seen = added;
          yield;
          if (added !== seen || moved) break;
        }
      }
    }
    let skip = skippedTexts(root);
    const walker = doc.createTreeWalker(root, SHOW_TEXT);
    const step = dry ? AHEAD_STEP : STEP;
    for (;;) {
      const batch: Text[] = [];
      for (let n = walker.nextNode(); n; n = batch.length < step ? walker.nextNode() : null) batch.push(n as Text);
      if (!batch.length) return;
      queueBatch(batch, skip);
      if (dry) flushAhead();
      else flushTexts();
      if (batch.length < step) return;
      const seen = added;
      yield;
      if (!root.contains(walker.currentNode)) walker.currentNode = root;
      if (added !== seen) skip = skippedTexts(root);
    }
  }
  const walk = (root: Element) => {
    const steps = walkSteps(root);
    while (!steps.next().done);
  };

  function* documentSteps(dry = false): Generator<void, void, void> {
    const html = doc.documentElement;
    if (!dry) {
      walkAttrs(html);
      flushAttrs();
    }
    for (let n = html.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const el = n as Element;
      if (el.localName === 'head') {
        const title = el.querySelector('title');
        if (title) yield* walkSteps(title, dry);
      } else if (!skipped(el)) yield* walkSteps(el, dry);
    }
  }

  /** `ahead`'s flush: the queued texts converted and kept, nothing written. (It runs only while
   * nothing is converted: every text's base is its text.) */
  let aheadList: Text[] = [];
  const flushAhead = () => {
    const e = early!;
    const nodes = batchNodes;
    const bases = batchBases;
    batchNodes = [];
    batchData = [];
    batchBases = [];
    if (!nodes.length) return;
    const outs = convertAll(e.convert, bases);
    for (let i = 0; i < nodes.length; i++) {
      e.map.set(nodes[i]!, { original: bases[i]!, written: outs[i]! });
      e.chars += bases[i]!.length;
      aheadList.push(nodes[i]!);
    }
  };
  function* aheadSteps(): Generator<void, void, void> {
    for (const step of documentSteps(true)) {
      if (early!.chars >= AHEAD_CHARS) return;
      yield step;
    }
    early!.whole = true;
  }
  /** `early`, when its walk read the whole page and the page has not changed since it began. */
  const replayable = (): Early | null => {
    const e = early;
    if (!e?.whole || e.changed) return null;
    if (e.watch?.takeRecords().length) e.changed = true;
    return e.changed ? null : e;
  };
  const dropEarly = () => {
    early?.watch?.disconnect();
    early = null;
  };
  /** Watches for any change that could make the page differ from what `ahead`'s walk read: nodes
   * added, moved or removed, text changed, a region made editable, an option given a value. */
  const watchEarly = (e: Early) => {
    e.watch = new win.MutationObserver(() => {
      e.changed = true;
      e.watch?.disconnect();
    });
    e.watch.observe(doc, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['contenteditable', 'value'] });
  };

  const setLang = (value: string | undefined) => {
    const html = doc.documentElement;
    if (value) {
      if (!lang || html.getAttribute('lang') !== lang.written) lang = { had: html.hasAttribute('lang'), value: html.getAttribute('lang'), written: value };
      else lang.written = value;
      if (html.getAttribute('lang') !== value) html.setAttribute('lang', value);
    } else if (lang) {
      if (html.getAttribute('lang') === lang.written) {
        if (lang.had) html.setAttribute('lang', lang.value ?? '');
        else html.removeAttribute('lang');
      }
      lang = null;
    }
  };

  /** Stops the sliced pass in progress (a later `set`, or the signal). */
  let pass = new AbortController();
  opts.signal.addEventListener('abort', () => pass.abort());

  // ---- later content: queue in the observer callback, convert once per frame ----
  let queued = new Set<Node>();
  let overflow = false;

  /** A sliced pass is going on; `moved`: meanwhile the page removed or moved nodes, which can
   * take the place the pass resumes from elsewhere (it would skip what lay between). */
  let passing = false;
  let moved = false;
  /** A sliced pass's main-thread ms, once done; an error in it is reported once. After a pass the
   * page moved nodes under, the whole page once more (converting is idempotent). */
  const msOf = (r: Promise<{ ms: number }>) => {
    passing = true;
    moved = false;
    return r.then(
      (done) => {
        passing = false;
        if (moved) {
          overflow = true;
          schedule();
        }
        return done.ms;
      },
      (e: unknown) => {
        passing = false;
        guard(() => {
          throw e;
        });
        return 0;
      },
    );
  };
  /** The whole page, in slices: undefined when done at once, or the promise of msOf. */
  const fullPass = () => {
    let r: ReturnType<typeof sliced<void>> | undefined;
    guard(() => (r = sliced(documentSteps(), pass.signal, opts.sliceMs, quietly)));
    return r instanceof Promise ? msOf(r) : undefined;
  };
  /** Converts what was queued: the nodes, or (past MAX_QUEUED) the whole page again, in slices
   * (perFrame counts them all in its back-off). */
  const flush = (): void | Promise<number> => {
    const nodes = queued;
    const full = overflow;
    queued = new Set();
    overflow = false;
    if (!convert) return; // (never after the signal: perFrame drops the pending run)
    if (full) return fullPass();
    quietly(() =>
      guard(() => {
        for (const n of nodes) {
          if (!n.isConnected) continue;
          if (inSkipped(n)) {
            if (n.nodeType === 1 && n.parentElement && !inSkipped(n.parentElement)) walkAttrs(n as Element);
            continue;
          }
          if (n.nodeType === 3) queueText(n as Text);
          else if (n.nodeType === 1) walk(n as Element);
        }
        flushTexts();
        flushAttrs();
      }),
    );
  };
  const schedule = perFrame(win, flush, opts.signal);
  const take = (records: MutationRecord[]) => {
    for (const r of records) {
      if (overflow) break;
      if (r.type === 'childList') {
        if (passing && r.removedNodes.length) moved = true;
        added += r.addedNodes.length;
        for (const n of r.addedNodes) if (n.nodeType === 1 || n.nodeType === 3) queued.add(n);
      } else if (r.type === 'characterData') {
        const t = r.target as Text;
        if (texts.get(t)?.written !== t.data) queued.add(t);
      } else if (r.type === 'attributes' && r.attributeName) {
        const el = r.target as Element;
        if (attrs.get(el)?.get(r.attributeName)?.written !== el.getAttribute(r.attributeName)) queued.add(el);
      }
      if (queued.size > MAX_QUEUED) {
        overflow = true;
        queued.clear();
      }
    }
    if (overflow || queued.size) schedule();
  };
  const observer = new win.MutationObserver(take);
  let observing = false;
  const observe = () => {
    if (observing || !convert) return;
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: [...ATTRS] });
    observing = true;
  };
  const unobserve = () => {
    if (!observing) return;
    take(observer.takeRecords());
    observer.disconnect();
    observing = false;
  };
  /** Runs our writes with the observer off, so they never come back as work. */
  const quietly = (write: () => void) => {
    const was = observing;
    unobserve();
    try {
      write();
    } finally {
      if (was) observe();
    }
  };
  opts.signal.addEventListener('abort', () => {
    observer.disconnect();
    observing = false;
  });

  const restoreAll = () => {
    for (const [node, saved] of texts) if (node.data === saved.written) node.data = saved.original;
    for (const [el, perEl] of attrs) for (const [name, saved] of perEl) if (el.getAttribute(name) === saved.written) el.setAttribute(name, saved.original);
    texts.clear();
    attrs.clear();
  };

  return {
    get active() {
      return convert !== null;
    },
    ahead(c, enough) {
      if (opts.signal.aborted || failed || convert || texts.size) return true;
      if (early?.convert !== c) {
        dropEarly();
        early = { convert: c, map: new Map(), steps: aheadSteps(), chars: 0, texts: new Map(), whole: false, watch: null, changed: false };
        watchEarly(early);
      }
      const e = early;
      let done = false;
      guard(() => {
        while (e.steps && !(done = !!e.steps.next().done)) if (enough()) return;
      });
      if (done || failed) e.steps = null;
      return !e.steps;
    },
    set(next, langValue) {
      if (opts.signal.aborted) return 0;
      pass.abort();
      // What `ahead` made serves this pass only (and only when it is for the same converter): its
      // walk stops here, and its results go when the pass is done.
      const ready = early?.convert === next ? early : null;
      if (ready) {
        ready.steps = null;
        replayable(); // (takes the watch's last records)
        ready.watch?.disconnect(); // our writes are not the page's changes
      } else dropEarly();
      early = ready;
      pass = new AbortController();
      const t0 = win.performance.now();
      convert = next;
      if (!next) {
        quietly(() =>
          guard(() => {
            restoreAll();
            setLang(undefined);
          }),
        );
        unobserve();
        queued.clear();
        return win.performance.now() - t0;
      }
      quietly(() => guard(() => setLang(langValue)));
      // Observing from the start: what the page changes between slices is queued.
      observe();
      const r = fullPass();
      if (!r) {
        early = null;
        return win.performance.now() - t0;
      }
      if (ready) void r.finally(() => early === ready && (early = null));
      return r;
    },
  };
}

const skipped = (el: Element) => el.matches(SKIP_SELECTOR);

function inSkipped(n: Node): boolean {
  for (let el = n.nodeType === 1 ? (n as Element) : n.parentElement; el; el = el.parentElement) {
    if (skipped(el)) return true;
    if (el.localName === 'head') return n.nodeType === 3 ? n.parentElement?.localName !== 'title' : (n as Element).localName !== 'title';
  }
  return false;
}
