/**
 * The cleaner's judgement: finds spam units (links, <option>s, keyword runs in text), measures
 * how they are hidden and which enclosing block they dominate, and decides per block on the
 * combined evidence (SPAM-PATTERNS.md: "hidden and off-site and spam vocabulary is near-certain;
 * any one alone is not").
 */
import { hostEvidence, hostOf, registrableDomain, type HostEvidence } from './domains';
import { HEADLINE, pageHeadline } from './headline';
import { hidingTechniques, documentTechniques } from './registry';
import { createStyleEnv } from './style-env';
import { nameSet } from './scope';
import { findRuns, isStrongPhrase, meaningfulLength } from './text-runs';
import type { Finding, ScanContext, StyleEnv, TechniqueId } from './types';
import { ANY_CJK, hasAnchors, isContext, isStrong, scoreMany, scoreText, withSpamVocabulary, type Family, type TextScore } from './vocab';

/** Tunables (each one line of why). */
/** A block whose meaningful text is at least this share spam units is an injected block. */
const DOMINANCE = 0.75;
/** Hidden blocks: total evidence needed, and the higher bar when no link leaves the site. */
const HIDDEN_MIN_EVIDENCE = 3;
const HIDDEN_ONSITE_MIN_EVIDENCE = 6;
/** Visible lists: strong items needed (2 with an off-site link, 3 when all on-site). */
const VISIBLE_MIN_STRONG = 2;
const VISIBLE_ONSITE_MIN_STRONG = 3;
/** A lone visible link slipped into a legitimate row: its text must score this (or its host be spammy). */
const INTRUDER_MIN_TEXT = 4;
/** Visible link lists with innocent text: this many distinct spam-looking domains. */
const DOMAIN_LIST_MIN = 3;
/** Distinct off-site spam-looking domains in one block that add evidence ("many unrelated domains"). */
const MANY_DOMAINS = 3;
/** On a page whose topic is gambling or the like, a comma-separated keyword list needs this many
 * items (a crackdown report's table cell listing the seized sites' games has three). */
const REPORTING_MIN_RUN_ITEMS = 8;
/** Where hidden on-site links are a menu, not a farm. */
const MENU = 'nav, header, li, [role=menu], [role=navigation]';
/** A hidden element whose only spam-worded links are a few of its links is a farm from this many
 * links up (when they all leave the site). */
const MIN_FARM = 3;
/** A hidden list of at least this many links, at most a fifth of them spam, is the site's (an
 * inactive tab of news links whose one headline names a casino). */
const SITE_LIST = 6;
/** Keyword text marks its whole element only when at most this many other characters are there. */
const TEXT_SLACK = 2;
/** A text scoring this much is stuffed: over the fixtures, the red teams' traps and the corpus,
 * paragraphs score < 6 except on pages about gambling (Macau's casino revenue: up to 17), where a
 * stuffed text does not count (decide). */
const STUFFED_TEXT = 12;
/** Elements whose text is never a keyword list (code, forms, scripts). */
const SKIP_TEXT = nameSet('script style noscript textarea template code pre xmp title option select');
/** A text node this long is asked where it sits before the vocabulary scan (collectTextUnits). */
const LONG_TEXT = 256;
/** The address of a spider pool's parasite page: a query whose value is a random name of letters
 * and digits ending .html (/?id=7fk2q9.html, /index.php?id=20250928abc.html). */
const PARASITE = /[?&][\w-]+=(?=[\w-]*\d)(?=[\w-]*[a-z])[\w-]+\.html?$/i;
/** A host name written out in a text: labels and a top-level domain of letters. */
const WRITTEN_HOST = /(?<![\w.-])(?:[a-z\d-]+\.)+[a-z]{2,}(?![\w.-])/gi;
/** A sliced scan (scanSteps) may pause after this many links, labels or text nodes: each step
 * is a few milliseconds of work even on a slow machine. */
const STEP = 2000;

interface Unit {
  kind: 'link' | 'option' | 'text';
  /** The element the unit's text sits in (the link, the option, or the text node's parent). */
  el: Element;
  text: TextScore;
  host: HostEvidence | null;
  href: string;
  label: string;
  chars: number;
  run?: { node: Text; start: number; end: number; items: number; commas: boolean; data: string };
  /** A hidden-only unit: a strong phrase, too short for a list, that counts only when hidden. */
  hiddenOnly?: boolean;
}

interface Hidden {
  el: Element;
  reason: TechniqueId;
}

export interface ScanOptions {
  roots?: readonly Element[];
  isHandled?: (el: Element) => boolean;
  env?: StyleEnv;
  firstTitle?: string | null;
}

export function createContext(doc: Document, opts: ScanOptions = {}): ScanContext {
  const siteHost = (doc.location?.hostname ?? '').toLowerCase();
  const siteDomain = registrableDomain(siteHost);
  return {
    doc,
    siteHost,
    siteDomain,
    hostAt: (href) => hostEvidence(hostOf(href, siteHost), siteDomain),
    roots: opts.roots,
    env: opts.env ?? createStyleEnv(doc),
    firstTitle: opts.firstTitle ?? null,
    isHandled: opts.isHandled ?? ((el) => el.closest('[data-qingdu-spam]') !== null),
  };
}

export function scan(doc: Document, opts: ScanOptions = {}): Finding[] {
  const steps = scanSteps(doc, opts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The same scan as steps: it pauses (yields) after each few thousand links or text nodes, so a
 * caller can give the page its main thread back in between (dom/cleaner.ts on a 100,000-link
 * page) and go on later. What the page changed meanwhile is its own business: a finding whose
 * element left the document, or whose text node's text changed, is dropped at the end (the
 * cleaner's watcher scans what was added).
 */
export function* scanSteps(doc: Document, opts: ScanOptions = {}): Generator<void, Finding[], void> {
  const ctx = createContext(doc, opts);
  const findings: Finding[] = [];
  for (const t of documentTechniques) {
    findings.push(...t.detect(ctx));
    yield;
  }
  findings.push(...(yield* scanBlocks(ctx)));
  return dedupe(findings).filter((f) => (f.wrap ? f.wrap.node.isConnected && f.wrap.node.data === f.wrap.data : f.element.isConnected));
}

function rootsOf(ctx: ScanContext): readonly Element[] {
  if (ctx.roots) return ctx.roots;
  return ctx.doc.body ? [ctx.doc.body] : [];
}

function* collectUnits(ctx: ScanContext): Generator<void, Unit[], void> {
  const units: Unit[] = [];
  // Per-link checks only where they can matter (most pages have neither).
  const anyMarked = ctx.doc.querySelector('[data-qingdu-spam]') !== null;
  const noscriptLinks = ctx.doc.querySelector('noscript a') !== null;
  for (const root of rootsOf(ctx)) {
    /** Text nodes that are all of a link's text: on a page of 10,000 links, most of its text. */
    const linkTexts = new Set<Node>();
    // Per-link attribute reads only where they can matter: a title on few links of any page, and
    // a host other than the site's only in an href with "//" (a path, a "#", "mailto:" or
    // "javascript:" has none, and such a link is a unit only by its words). On a 10,000-link
    // page these selectors spare 20,000 reads.
    // Both selections are in document order, as the links are: each is read alongside them
    // (a cursor), not copied into a set.
    const titled = subset(root, 'a[href][title], area[href][title]');
    const absolute = subset(root, 'a[href*="//"], area[href*="//"]');
    yield;
    // Read from the static NodeList a few thousand at a time, each lot scored (scoreMany: each
    // label alone) and let go before the next: on a 100,000-link page, neither one long step nor
    // 100,000 labels kept alive across steps (the garbage collector's pause after them).
    const all = root.querySelectorAll('a[href], area[href]');
    for (let j = root.matches('a[href], area[href]') ? -1 : 0; j < all.length; ) {
      yield;
      const links: Element[] = [];
      const labels: string[] = [];
      const offsite: boolean[] = [];
      for (const end = Math.min(all.length, j + STEP); j < end; j++) {
        const a = j < 0 ? root : all[j]!;
        const isTitled = titled(a);
        const isAbsolute = absolute(a);
        if ((anyMarked && ctx.isHandled(a)) || (noscriptLinks && a.closest('noscript'))) continue;
        // (An image map's <area>, or a link's image, has no text: its alt is what it says.)
        const own = a.textContent || (a.querySelector('img') ?? a).getAttribute('alt') || '';
        const title = isTitled ? a.getAttribute('title') : null;
        links.push(a);
        labels.push(title && !own.includes(title.trim()) ? `${own} ${title}` : own);
        offsite.push(isAbsolute);
      }
      const scores = scoreMany(labels);
      // The text nodes that are all of a link's text are judged with their link: the text scan
      // passes them by (two reads per link). Only where the labels are Chinese: the text scan
      // reads far more of a Chinese page than of an English one, where its native pre-filter
      // rejects most (the reads cost English pages more than they saved).
      if (ANY_CJK.test(labels.join(''))) {
        for (const a of links) {
          const t = a.firstChild;
          if (t && t === a.lastChild && t.nodeType === 3) linkTexts.add(t);
        }
      }
      for (let i = 0; i < links.length; i++) {
        const a = links[i]!;
        const text = scores[i]!;
        // An on-site link with innocent words is no unit (most links of most pages).
        if (text.score < 1 && !offsite[i]) continue;
        const href = a.getAttribute('href') ?? '';
        const host = hostOf(href, ctx.siteHost);
        if (text.score < 1 && host === ctx.siteHost) continue;
        // (A parasite page on the hacked site itself, /?id=7fk2q9.html, counts as another site's.)
        const evidence = host === ctx.siteHost && PARASITE.test(href) ? { score: 2, offsite: true, domain: ctx.siteDomain, host } : hostEvidence(host, ctx.siteDomain);
        if (text.score >= 1 || evidence.score >= 1) {
          units.push({ kind: 'link', el: a, text, host: evidence, href, label: labels[i]!.trim(), chars: Math.max(1, meaningfulLength(a.textContent ?? '')) });
        }
      }
    }
    // An option is a unit only on words past the weak tier, which need an anchor: one native scan
    // of all the labels first (a country list has hundreds of options and never one). (Medium
    // words count with a spam-looking host, as a link's do: 威尼斯人在线 on wns769.vip.)
    const options = [...root.querySelectorAll('option')];
    const optionLabels = options.map((o) => o.textContent ?? '');
    if (hasAnchors(optionLabels.join('\u0000'))) {
      for (const [i, o] of options.entries()) {
        const label = optionLabels[i]!;
        const text = scoreText(label);
        if (text.score < 2 || ctx.isHandled(o)) continue;
        const value = o.getAttribute('value') ?? '';
        const host = ctx.hostAt(value);
        units.push({ kind: 'option', el: o, text, host, href: value, label: label.trim(), chars: Math.max(1, meaningfulLength(label)) });
      }
    }
    yield* collectTextUnits(ctx, root, units, linkTexts);
  }
  return units;
}

/** A cursor over the elements of `root` (itself included) that match `selector`, for a walk over
 * a superset of them in document order: is this the next one? Asked of every element of the walk,
 * in order. */
function subset(root: Element, selector: string): (el: Element) => boolean {
  const list = root.querySelectorAll(selector);
  const self = root.matches(selector);
  let k = 0;
  return (el) => (el === root ? self : list[k] === el && ++k > 0);
}

function* collectTextUnits(ctx: ScanContext, root: Element, units: Unit[], linkTexts: ReadonlySet<Node>): Generator<void, void, void> {
  const walker = ctx.doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode() as Text | null; n; ) {
    yield;
    // A few thousand text nodes at a time (their strings let go before the next lot), their
    // vocabulary in one pre-filter and matcher pass (withSpamVocabulary), not thousands of short
    // cold ones. Where a node sits (in a link, a script…) is asked only of the few with spam
    // words: two reads per text node fewer, on every page, cost more than the native scan of the
    // script text they would have kept out.
    const nodes: Text[] = [];
    const texts: string[] = [];
    for (let seen = 0; n && texts.length < STEP && seen < 4 * STEP; n = walker.nextNode() as Text | null, seen++) {
      const data = n.data;
      if (data.length < 4 || linkTexts.has(n)) continue;
      // A long text is asked where it sits, and dropped here if SKIP_TEXT would drop it after the
      // vocabulary scan: the source of inline scripts and style sheets is most of the text of
      // many pages (58% of the corpus's characters). Few text nodes are long (2% of the
      // corpus's), so the reads are few.
      if (data.length >= LONG_TEXT && SKIP_TEXT.has(n.parentElement?.localName ?? '')) continue;
      nodes.push(n);
      texts.push(data);
    }
    for (const i of withSpamVocabulary(texts)) {
      const node = nodes[i]!;
      const data = texts[i]!;
      const parent = node.parentElement;
      // Link text is judged with its link.
      if (!parent || parent.localName === 'a' || SKIP_TEXT.has(parent.localName)) continue;
      if (parent.closest('a, noscript, script, style, textarea, select, [contenteditable=""], [contenteditable=true]')) continue;
      if (ctx.isHandled(parent)) continue;
      const runs = findRuns(data);
      const push = (text: TextScore, label: string, chars: number, more: Pick<Unit, 'run' | 'hiddenOnly'>) => units.push({ kind: 'text', el: parent, text, host: null, href: '', label: label.trim(), chars, ...more });
      for (const r of runs) {
        const slice = data.slice(r.start, r.end);
        push({ score: r.score, notWeakOnly: true, context: false, families: scoreText(slice).families }, slice, r.chars, { run: { ...r, node, data } });
      }
      if (runs.length === 0) {
        const text = scoreText(data);
        // A text as stuffed with spam words as no news paragraph is (澳门新葡京、威尼斯人娱乐城、
        // 金沙娱乐场… 首存即送彩金, in a cherry-festival story), or of strong words that writes
        // out a spam-looking address (a fake comment's 注册送88元，首存送100%…官方网址
        // www.js3983.vip): a prose run of its own (items 0); a shorter strong phrase counts only
        // where it is hidden.
        const stuffed = isStrong(text) && (text.score >= STUFFED_TEXT || [...data.matchAll(WRITTEN_HOST)].some((m) => ctx.hostAt(`//${m[0]}`).score >= 2));
        if (stuffed || isStrongPhrase(data, text)) {
          push(text, data, meaningfulLength(data), stuffed ? { run: { node, start: 0, end: data.length, items: 0, commas: true, data } } : { hiddenOnly: true });
        }
      }
    }
  }
}

/** A tab pane or carousel slide not shown now: hidden by the site's class rules, and a sibling of
 * the same tag has its classes and more (on, active); or an accordion's body, whose item is so
 * (.acc-item beside .acc-item.open). What hides it is the page's own UI state. (An injected block
 * hides itself inline, or by a class of its own that no sibling extends.) */
function isStatePane(el: Element): boolean {
  return (
    !/none|hid|:\s*0|-\d/.test(el.getAttribute('style') ?? '') &&
    [el, el.parentElement!].some((p) => {
      const own = p.classList;
      return own.length > 0 && [...p.parentElement!.children].some((s) => s.localName === p.localName && s.classList.length > own.length && [...own].every((c) => s.classList.contains(c)));
    })
  );
}

/** The highest element from `start` up that hides `start`, and how. */
function findHiding(start: Element, ctx: ScanContext, cache: Map<Element, ReadonlyArray<[TechniqueId, number]>>): Hidden | null {
  const body = ctx.doc.body;
  let best: Hidden | null = null;
  /** Inherited techniques still holding along the chain from `start`. */
  let inherited: Set<TechniqueId> | null = null;
  for (let el: Element | null = start; el && el !== body && el !== ctx.doc.documentElement; el = el.parentElement) {
    let hits = cache.get(el);
    if (!hits) {
      const list: [TechniqueId, number][] = [];
      for (const t of hidingTechniques) {
        const h = t.test(el, ctx.env);
        if (h) list.push([t.id, h]);
      }
      // (Its siblings are read only for an element that hides: a parent may have 90,000 children.)
      hits = list.length && isStatePane(el) ? [] : list;
      cache.set(el, hits);
    }
    const next = new Set<TechniqueId>();
    let here: TechniqueId | null = null; // the first technique in registry order names the hiding
    for (const [id, h] of hits) {
      if (h === 1) here ??= id;
      else if (h === 2 && (inherited === null || inherited.has(id))) {
        next.add(id);
        here ??= id;
      }
    }
    if (here) best = { el, reason: here };
    inherited = next;
  }
  return best;
}

function* scanBlocks(ctx: ScanContext): Generator<void, Finding[], void> {
  const units = yield* collectUnits(ctx);
  if (units.length === 0) return [];
  const body = ctx.doc.body;
  const html = ctx.doc.documentElement;

  // How many meaningful characters of each ancestor belong to spam units, and how many spam links
  // it holds: an ancestor holding many more links than that is not dominated, which is known
  // without reading its (possibly page-sized) text.
  const tally = new Map<Element, number>();
  const linkTally = new Map<Element, number>();
  // (A strong phrase that counts only when hidden counts here too: a hidden farm mixes links with
  // spans that a script opens, 时时彩计划群 among 百家乐 links.)
  for (const u of units) {
    const link = u.kind === 'link' ? 1 : 0;
    for (let el: Element | null = u.el; el && el !== body && el !== html; el = el.parentElement) {
      tally.set(el, (tally.get(el) ?? 0) + u.chars);
      if (link) linkTally.set(el, (linkTally.get(el) ?? 0) + 1);
    }
  }
  /** An element's meaningful characters (with digits or without), each read once. */
  const measured = (digits: boolean) => {
    const known = new Map<Element, number>();
    return (el: Element) => {
      let n = known.get(el);
      if (n === undefined) known.set(el, (n = meaningfulLength(el.textContent ?? '', digits)));
      return n;
    };
  };
  const lengthOf = measured(true);
  /** Meaningful characters but digits: what a row's date or a list's count does not add. */
  const wordsOf = measured(false);
  /** `p` adds nothing to `block` but numbers, and every link in it is spam: an injected table row
   * (its link cell and a date cell), a list item with its date. (Links first: a large container
   * fails there without its text being read.) */
  const onlyNumbersBesides = (p: Element, block: Element) => p.getElementsByTagName('a').length === (linkTally.get(p) ?? 0) && wordsOf(p) === wordsOf(block);
  const dominated = (el: Element) => {
    const spam = tally.get(el) ?? 0;
    if (spam === 0) return false;
    const links = el.getElementsByTagName('a').length + el.getElementsByTagName('area').length;
    const spamLinks = linkTally.get(el) ?? 0;
    if (links > 2 * spamLinks + 2) return false;
    // (Image links have no text: a row of logos is dominated only when all its links are spam,
    // not when two of six partners' logos are.)
    const length = lengthOf(el);
    return length ? spam >= DOMINANCE * length : links <= spamLinks;
  };

  interface Group {
    block: Element | null;
    units: Unit[];
  }
  // 1. Group units by the outermost block they dominate (text only: no style read yet).
  const groups = new Map<Element | Unit, Group>();
  for (const u of units) {
    // The outermost block the spam dominates: the injected element. Keyword text inside a
    // legitimate element is wrapped instead, unless it is all the element holds; and it climbs only
    // into an element that holds (almost) nothing else: the site's own line around it (举报电话
    // 12377 before the list) is not the injection's.
    const keyword = u.kind === 'text' && !u.hiddenOnly;
    let block: Element | null = keyword && lengthOf(u.el) - u.chars > TEXT_SLACK ? null : u.el;
    // (Nor does a lone link climb into words of the site's around it: 下一篇： before the link
    // that replaced the next article's.)
    const rest = (p: Element) => lengthOf(p) - tally.get(p)! > TEXT_SLACK;
    const stays = (p: Element) => (keyword ? rest(p) : u.kind === 'link' && linkTally.get(p) === 1 && rest(p) && !onlyNumbersBesides(p, block!));
    if (block) {
      for (let p = block.parentElement; p && p !== body && p !== html && p.localName !== 'head' && (dominated(p) || onlyNumbersBesides(p, block)) && !stays(p); p = p.parentElement) block = p;
    }
    const key: Element | Unit = block ?? u;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { block, units: [] }));
    g.units.push(u);
  }

  // 2. Only blocks whose words and hosts could add up to a verdict have their styles read:
  // reading computed style makes the browser bring style and layout up to date.
  const hidingCache = new Map<Element, ReadonlyArray<[TechniqueId, number]>>();
  const siteList = (el: Element) => {
    const n = el.getElementsByTagName('a').length;
    return n >= SITE_LIST && 5 * (linkTally.get(el) ?? 0) <= n;
  };
  const headline = pageHeadline(ctx.doc);
  const topic = scoreText(headline).families;
  const crackdown = isContext(headline);
  const page: PageContext = { topic: (f) => crackdown || topic.includes(f) };
  const findings: Finding[] = [];
  /** Hidden verdicts by hiding element, to merge blocks that share one (step 3). */
  const byHider = new Map<Element, Finding[]>();
  for (const g of groups.values()) {
    if (evidenceOf(g.units) < HIDDEN_MIN_EVIDENCE) continue;
    let hidden: Hidden | null = null;
    const counted: Unit[] = [];
    for (const u of g.units) {
      // (An <area> is display:none by the browser's own style sheet: its image is what shows.)
      const h = u.kind === 'option' ? null : findHiding(u.el.localName === 'area' ? (u.el.closest('map')?.parentElement ?? u.el) : u.el, ctx, hidingCache);
      // (A site's hidden list, an inactive tab of news or a collapsed list, may hold a headline
      // with the words: a unit on an ordinary host, among at least SITE_LIST links of which at
      // most a fifth are spam, is the list's.)
      if ((u.hiddenOnly && !h) || (h && !u.host?.score && siteList(h.el))) continue;
      counted.push(u);
      if (h && (!hidden || h.el.contains(hidden.el))) hidden = h;
    }
    if (counted.length === 0) continue;
    const reason = decide(counted, hidden, page);
    if (!reason) continue;
    const links = counted.filter((u) => u.href).map((u) => ({ href: u.href, text: u.label }));
    const detail = describe(counted, hidden);
    let block = g.block;
    // A hidden spam block inside a visible element with text of its own (a menu label, a
    // heading): mark the hidden element, not its visible parent.
    // (Not when each unit hides itself, white link by white link: the block is the farm.)
    if (block && hidden && block !== hidden.el && block.contains(hidden.el) && counted.every((u) => hidden.el.contains(u.el))) {
      const otherText = lengthOf(block) - lengthOf(hidden.el) - ((tally.get(block) ?? 0) - (tally.get(hidden.el) ?? 0));
      if (otherText > TEXT_SLACK) block = hidden.el;
    }
    if (block) {
      const f: Finding = { reason, element: block, detail, links };
      findings.push(f);
      if (hidden && hidden.el.contains(block) && hidden.el !== block) {
        let list = byHider.get(hidden.el);
        if (!list) byHider.set(hidden.el, (list = []));
        list.push(f);
      }
    } else for (const u of counted) if (u.run) findings.push({ reason, element: u.el, detail, links, wrap: { ...u.run } });
  }

  // 3. Spam links that one hiding element hides, each its own block because filler text sits
  // between them: when every link the hider holds is spam, the hider is the injected block. So it
  // is when the hider is a farm of a few links whose other links carry innocent words but all
  // leave the site too (代开发票 among 办理毕业证, 刻章: only some farm links use listed words),
  // and it holds nothing but those links (no text of its own, no menu: a collapsed section or a
  // hover menu with one link slipped in is the site's).
  for (const [hider, list] of byHider) {
    const spamLinks = new Set(list.flatMap((f) => f.links.map((l) => l.href)));
    const all = [...hider.querySelectorAll('a[href]')];
    const others = all.filter((a) => !spamLinks.has(a.getAttribute('href') ?? ''));
    if (
      others.length
        ? all.length < MIN_FARM ||
          hider.closest(MENU) ||
          siteList(hider) ||
          others.some((a) => !ctx.hostAt(a.getAttribute('href') ?? '').offsite) ||
          lengthOf(hider) - all.reduce((n, a) => n + meaningfulLength(a.textContent ?? ''), 0) > TEXT_SLACK
        : list.length < 2
    )
      continue;
    for (const f of list) findings.splice(findings.indexOf(f), 1);
    findings.push({ reason: list[0]!.reason, element: hider, detail: `${all.length} links in one hidden <${hider.localName}>`, links: all.map((a) => ({ href: a.getAttribute('href') ?? '', text: (a.textContent ?? '').trim() })) });
  }
  return findings;
}

interface PageContext {
  /** Whether the page's own headline is about this family of spam words (gambling: casino
   * earnings, a lottery shop, a Macau trip; every family: a crackdown report). Such pages use the
   * words themselves; spam of another family (pharma links on a Macau paper's page) is still spam. */
  topic: (family: Family) => boolean;
}

/** Words and hosts of a block's units, plus a bonus for many unrelated spam-looking domains. */
function evidenceOf(units: Unit[]): number {
  let evidence = 0;
  const spamHosts = new Set<string>();
  for (const u of units) {
    evidence += u.text.score + (u.host?.score ?? 0);
    if (u.host && u.host.score >= 1) spamHosts.add(u.host.host);
  }
  return spamHosts.size >= MANY_DOMAINS ? evidence + 2 : evidence;
}

/** An option with no address: a line of the list the site shows, its words all it is. */
const listLine = (u: Unit) => u.kind === 'option' && !u.href;

/** Strong words, or words and a host that are each half-way there (皇冠娱乐平台 on hgyl.xyz). */
const strongUnit = (u: Unit) => isStrong(u.text) || (u.text.score >= 2 && (u.host?.score ?? 0) >= 2);

/** The verdict on one block, from all its units' evidence; null keeps it. */
function decide(all: Unit[], hidden: Hidden | null, page: PageContext): TechniqueId | null {
  // On a page about gambling the words are the topic: an off-site link counts only with a
  // spam-looking host (not a casino operator's, a Macau paper's), a text not as a stuffed
  // paragraph nor as a hidden phrase (a collapsed FAQ answer on a porn crackdown), an option only
  // with an address (a statistics page's 百家樂 in its list of games); hidden (展开全文, a
  // collapsed 延伸阅读, a forum post's spoiler) or not.
  const onTopic = (u: Unit) => u.text.families.some(page.topic);
  const topical = all.some(onTopic);
  const units = all.filter((u) => !onTopic(u) || (u.run?.items !== 0 && !u.hiddenOnly && !(u.host?.offsite && !u.host.score) && !listLine(u)));
  if (!units.length) return null;
  const evidence = evidenceOf(units);
  let strong = 0;
  let offsiteStrong = 0;
  let keywordStrong = 0;
  let anyOffsite = false;
  let words = false;
  let commaRunItems = 0;
  let runs = 0;
  let plainRuns = 0;
  const randomHosts = new Set<string>();
  for (const u of units) {
    if (u.host?.offsite) anyOffsite = true;
    if (u.text.score) words = true;
    if (u.host && u.host.score >= 3) randomHosts.add(u.host.host);
    if (u.run) {
      runs++;
      if (u.run.commas) commaRunItems += u.run.items;
      else plainRuns++;
    }
    const s = strongUnit(u);
    if (s) {
      strong++;
      if (u.host?.offsite) offsiteStrong++;
      if (!HEADLINE.test(u.label)) keywordStrong++;
    }
  }

  if (hidden) {
    // (A host alone is not enough: a county's hidden tab of hospital links has one on .top.)
    if (evidence >= HIDDEN_MIN_EVIDENCE && (anyOffsite || runs > 0) && (words || randomHosts.size > 1)) return hidden.reason;
    // On-site only: a parasite-page farm, unless it sits in a menu (a game portal's hover
    // submenu lists 斗地主 and 德州扑克 legitimately).
    if (evidence >= HIDDEN_ONSITE_MIN_EVIDENCE && !hidden.el.closest(MENU)) return hidden.reason;
    return null;
  }
  // A page reporting on gambling or porn enumerates the words (百家乐、龙虎斗、真人视讯); what is
  // injected into it comes as |/_-separated or long keyword lists, or off-site links.
  if (runs > 0) return !topical || plainRuns > 0 || commaRunItems >= REPORTING_MIN_RUN_ITEMS ? 'keyword-list' : null;
  const many = units.length >= 2;
  if (offsiteStrong >= VISIBLE_MIN_STRONG || (strong >= VISIBLE_MIN_STRONG && offsiteStrong >= 1 && !topical)) return many ? 'keyword-list' : 'link-intruder';
  // On-site keyword titles (parasite pages on the hacked site itself); news headlines about
  // casinos' earnings or a health campaign are not keyword titles.
  if (keywordStrong >= VISIBLE_ONSITE_MIN_STRONG && !topical) return 'keyword-list';
  if (randomHosts.size >= DOMAIN_LIST_MIN) return 'keyword-list';
  if (!many) {
    const u = units[0]!;
    // A link that passes no rank (rel=sponsored, nofollow: a labelled ad, a user's link) is no
    // link sold for search rank, which is what a lone injected link is.
    // (An option with no address counts by its words alone.)
    if (!strongUnit(u) || !(u.host?.offsite || listLine(u)) || /sponsored|nofollow|ugc/.test(u.el.getAttribute('rel') ?? '')) return null;
    // (A news headline, with its commas, quotes or figures, is a recommendation feed's link, not a
    // keyword title: 澳门11月博彩毛收入同比增长，旅客量恢复至疫情前九成 to a portal.)
    if ((u.text.score >= INTRUDER_MIN_TEXT && !HEADLINE.test(u.label)) || (u.host?.score ?? 0) >= 1) return 'link-intruder';
  }
  return null;
}

function describe(units: Unit[], hidden: Hidden | null): string {
  const domains = [...new Set(units.map((u) => u.host?.domain).filter((d): d is string => !!d && units.some((x) => x.host?.offsite)))];
  const families = [...new Set(units.flatMap((u) => u.text.families))];
  const parts: string[] = [];
  const links = units.filter((u) => u.kind !== 'text').length;
  if (links) parts.push(`${links} link${links > 1 ? 's' : ''}`);
  const texts = units.filter((u) => u.kind === 'text').length;
  if (texts) parts.push(`${texts} keyword run${texts > 1 ? 's' : ''}`);
  if (domains.length) parts.push(`to ${domains.slice(0, 4).join(', ')}${domains.length > 4 ? ` +${domains.length - 4}` : ''}`);
  if (families.length) parts.push(`(${families.join(', ')})`);
  if (hidden) parts.push(`hidden by <${hidden.el.localName}>`);
  return parts.join(' ');
}

/** Keep only the outermost finding of nested ones (wraps inside a marked element go too). */
function dedupe(findings: Finding[]): Finding[] {
  const elements = new Set(findings.filter((f) => !f.wrap).map((f) => f.element));
  const seen = new Set<Element>();
  return findings.filter((f) => {
    for (let p: Element | null = f.wrap ? f.element : f.element.parentElement; p; p = p.parentElement) {
      if (elements.has(p)) return false;
    }
    if (f.wrap) return true;
    if (seen.has(f.element)) return false;
    seen.add(f.element);
    return true;
  });
}
