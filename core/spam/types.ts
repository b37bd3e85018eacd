/** Shared types of the spam cleaner's pure core. */
import type { HostEvidence } from './domains';

export type TechniqueId =
  | 'css-hidden'
  | 'css-offscreen'
  | 'css-tiny'
  | 'css-behind'
  | 'css-color'
  | 'marquee-tiny'
  | 'iframe-hidden'
  | 'noscript-links'
  | 'keyword-list'
  | 'link-intruder'
  | 'junk-tags'
  | 'title-hijack'
  | 'meta-stuffed'
  | 'search-redirect';

/** What a technique found: an element to mark, or a run of text inside one to wrap. */
export interface Finding {
  reason: TechniqueId;
  /** The outermost injected element (for `wrap` findings: the text node's parent). */
  element: Element;
  /** Plain-language evidence, shown in the popup's list. */
  detail: string;
  /** Links (or option/iframe URLs) the finding hides. */
  links: { href: string; text: string }[];
  /** When set, only this slice of a text node is spam: wrap it instead of marking `element`. */
  wrap?: { node: Text; start: number; end: number; /** The node's text when scanned. */ data: string };
  /** For title-hijack: the headline to show instead. */
  realTitle?: string;
}

/** Per-scan cached access to computed style; created once per scan. */
export interface StyleEnv {
  style(el: Element): CSSStyleDeclaration;
  /** Effective background colour behind `el` as [r,g,b], or null when unknown (an image). */
  background(el: Element): [number, number, number] | null;
  /** true where the document has layout (a real browser, not jsdom). */
  hasLayout: boolean;
}

/** 0: not hidden by this technique. 1: hides el and all it contains. 2: hides el's own text via an
 * inherited property (font-size, colour, visibility, text-indent): only counts when it holds from
 * the spam element itself up to the hiding element. */
export type Hit = 0 | 1 | 2;

export interface HidingTechnique {
  id: TechniqueId;
  kind: 'hiding';
  test(el: Element, env: StyleEnv): Hit;
}

export interface ScanContext {
  doc: Document;
  /** Registrable domain of the page, to tell on-site from off-site links. */
  siteDomain: string;
  siteHost: string;
  /** The evidence of the host an address (href, src; relative or a redirect) points to. */
  hostAt(href: string): HostEvidence;
  /** Limit the scan to these subtrees (mutations); whole body when absent. */
  roots?: readonly Element[];
  env: StyleEnv;
  /** The <title> as first parsed, before page scripts could change it (null: unknown). */
  firstTitle: string | null;
  /** Elements already marked or wrapped: their contents are skipped. */
  isHandled(el: Element): boolean;
}

export interface DocumentTechnique {
  id: TechniqueId;
  kind: 'document';
  detect(ctx: ScanContext): Finding[];
}

/** Techniques whose findings come out of the link/text block analysis in scan.ts. */
export interface BlockTechnique {
  id: TechniqueId;
  kind: 'block';
}

/** What a technique targets, and where the pattern is documented, is its file's doc comment: as a
 * field it would ship with the content script to every page and never be read. */
export type Technique = HidingTechnique | DocumentTechnique | BlockTechnique;
