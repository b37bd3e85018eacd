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
 */

import { perFrame } from './frame';

export type Convert = (text: string) => string;

/** Subtrees never converted: code and scripts, form controls, editable regions. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'input', 'code', 'pre', 'kbd', 'samp', 'var', 'iframe', 'object']);
/** Attributes a reader sees (tooltips, image text, field hints, screen-reader names). */
const ATTRS = ['title', 'alt', 'placeholder', 'aria-label'] as const;
/** Tunable: past this many queued additions one full pass is cheaper than per-node work. */
const MAX_QUEUED = 2000;
/** Tunable: a node someone else rewrites after us this often (another converter extension, a
 * page script fighting back) is left to them: no ping-pong. */
const MAX_FIGHTS = 3;

export interface PageConverterOptions {
  signal: AbortSignal;
  /** Called once with the first error; the page goes on unconverted or half-converted. */
  onError?: (error: unknown) => void;
}

export interface PageConverter {
  /** Converts the page with `convert` (from the original text) and sets `lang`; null restores. */
  set(convert: Convert | null, lang?: string): void;
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
  /** Converts everything under `root` (an element not itself skipped). A skipped element's
   * attributes are still converted (a field's placeholder), never its content or value. */
  const walk = (root: Element) => {
    walkAttrs(root);
    for (let n = root.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) convertText(n as Text);
      else if (n.nodeType === 1) {
        if (skipped(n as Element)) walkAttrs(n as Element);
        else walk(n as Element);
      }
    }
  };

  const walkDocument = () => {
    const html = doc.documentElement;
    walkAttrs(html);
    for (let n = html.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const el = n as Element;
      if (el.localName === 'head') {
        const title = el.querySelector('title');
        if (title) walk(title);
      } else if (!skipped(el)) walk(el);
    }
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

  // ---- later content: queue in the observer callback, convert once per frame ----
  let queued = new Set<Node>();
  let overflow = false;

  const flush = () => {
    const nodes = queued;
    const full = overflow;
    queued = new Set();
    overflow = false;
    if (!convert) return; // (never after the signal: perFrame drops the pending run)
    quietly(() =>
      guard(() => {
        if (full) return walkDocument();
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
      if (opts.signal.aborted) return;
      quietly(() =>
        guard(() => {
          convert = next;
          if (next) {
            walkDocument();
            setLang(langValue);
          } else {
            restoreAll();
            setLang(undefined);
          }
        }),
      );
      if (next) observe();
      else {
        unobserve();
        queued.clear();
      }
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
