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
 */

import { perFrame, sliced } from './frame';

export type Convert = (text: string) => string;

/** Subtrees never converted: code and scripts, form controls, editable regions. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'input', 'code', 'pre', 'kbd', 'samp', 'var', 'iframe', 'object']);
/** Attributes a reader sees (tooltips, image text, field hints, screen-reader names). */
const ATTRS = ['title', 'alt', 'placeholder', 'aria-label'] as const;
/** Tunable: past this many queued additions one full pass is cheaper than per-node work. */
const MAX_QUEUED = 2000;
/** Tunable: a sliced pass may pause after this many text nodes. */
const STEP = 1000;
/** Tunable: a node someone else rewrites after us this often (another converter extension, a
 * page script fighting back) is left to them: no ping-pong. */
const MAX_FIGHTS = 3;

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
  readonly active: boolean;
}

interface Saved {
  original: string;
  written: string;
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

  /** The node's text as the page meant it: our original if it still shows what we wrote. */
  const convertText = (node: Text) => {
    const saved = texts.get(node);
    const data = node.data;
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
    const out = convert ? convert(base) : base;
    if (out === base) {
      if (saved && data !== base) node.data = base;
      texts.delete(node);
      return;
    }
    texts.set(node, { original: base, written: out });
    if (data !== out) node.data = out;
  };

  const convertAttr = (el: Element, name: string) => {
    const value = el.getAttribute(name);
    let perEl = attrs.get(el);
    const saved = perEl?.get(name);
    if (value === null) {
      perEl?.delete(name);
      return;
    }
    let base = value;
    if (saved) {
      if (value === saved.written) base = saved.original;
      else perEl!.delete(name);
    }
    const out = convert ? convert(base) : base;
    if (out === base) {
      if (saved && value !== base) el.setAttribute(name, base);
      perEl?.delete(name);
      return;
    }
    if (!perEl) attrs.set(el, (perEl = new Map()));
    perEl.set(name, { original: base, written: out });
    if (value !== out) el.setAttribute(name, out);
  };

  const skipped = (el: Element) => SKIP.has(el.localName) || (el.localName === 'option' && !el.hasAttribute('value')) || isEditable(el);

  const walkAttrs = (el: Element) => {
    for (const name of ATTRS) if (el.hasAttribute(name)) convertAttr(el, name);
  };
  /** Converts everything under `root` (an element not itself skipped), pausing after every STEP
   * text nodes. A skipped element's attributes are still converted (a field's placeholder), never
   * its content or value. In document order without recursion (5,000-deep pages); if the page
   * took the node it paused at out of `root`, it starts over (converting is idempotent). */
  function* walkSteps(root: Element): Generator<void, void, void> {
    walkAttrs(root);
    let count = 0;
    for (let n: Node | null = root.firstChild; n && n !== root; ) {
      let into = false;
      if (n.nodeType === 3) {
        convertText(n as Text);
        if (++count % STEP === 0) {
          yield;
          if (!root.contains(n)) n = root.firstChild;
          if (!n) return;
        }
      } else if (n.nodeType === 1) {
        walkAttrs(n as Element);
        into = !skipped(n as Element);
      }
      if (into && n.firstChild) n = n.firstChild;
      else {
        while (n && n !== root && !n.nextSibling) n = n.parentNode;
        n = n && n !== root ? n.nextSibling : null;
      }
    }
  }
  const walk = (root: Element) => {
    const steps = walkSteps(root);
    while (!steps.next().done);
  };

  function* documentSteps(): Generator<void, void, void> {
    const html = doc.documentElement;
    walkAttrs(html);
    for (let n = html.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const el = n as Element;
      if (el.localName === 'head') {
        const title = el.querySelector('title');
        if (title) yield* walkSteps(title);
      } else if (!skipped(el)) yield* walkSteps(el);
    }
  }

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
          if (n.nodeType === 3) convertText(n as Text);
          else if (n.nodeType === 1) walk(n as Element);
        }
      }),
    );
  };
  const schedule = perFrame(win, flush, opts.signal);
  const take = (records: MutationRecord[]) => {
    for (const r of records) {
      if (overflow) break;
      if (r.type === 'childList') {
        if (passing && r.removedNodes.length) moved = true;
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
    set(next, langValue) {
      if (opts.signal.aborted) return 0;
      pass.abort();
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
      return fullPass() ?? win.performance.now() - t0;
    },
  };
}

function isEditable(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  return v !== null && v !== 'false';
}

function inSkipped(n: Node): boolean {
  for (let el = n.nodeType === 1 ? (n as Element) : n.parentElement; el; el = el.parentElement) {
    const name = el.localName;
    if (SKIP.has(name) || isEditable(el)) return true;
    if (name === 'option' && !el.hasAttribute('value')) return true;
    if (name === 'head') return n.nodeType === 3 ? n.parentElement?.localName !== 'title' : (n as Element).localName !== 'title';
  }
  return false;
}
