import { inScope } from '../scope';
import type { DocumentTechnique, Finding } from '../types';

/** Scripts that read the referrer, name a search engine, and then navigate or cover the page
 * (SPAM-PATTERNS.md "Scripts that redirect, or cover the page with a full-screen iframe, only when
 * the visitor arrives from a search engine"). Analytics snippets read the referrer too but never
 * navigate, so all three are required. */
const REFERRER = String.raw`(?:document\s*\.\s*referrer|\[\s*['"]referrer['"]\s*\])`;
const ENGINE = String.raw`(?:baidu|sogou|so\.com|sm\.cn|bing|google|soso|youdao|haosou|yahoo|toutiao|360\.cn)`;
/** The referrer and a search engine's name within a few lines of each other: big ad and
 * analytics bundles mention both, far apart. */
const CHECKS_ENGINE = new RegExp(`${REFERRER}[\\s\\S]{0,400}?${ENGINE}|${ENGINE}[\\s\\S]{0,400}?${REFERRER}`, 'i');
/** Engine names one after another (lastIndex set before each use). */
const ENGINES = new RegExp(ENGINE, 'gi');
/** A word every referrer check (REFERRER) contains. */
const REFERRER_WORD = /referrer/i;
const PACKED = /eval\s*\(\s*function\s*\(\s*p\s*,\s*a\s*,\s*c\s*,\s*k\s*,\s*e\s*,\s*[dr]\s*\)/;
/** A packed script's dictionary word that names an engine (so.com and sm.cn are "so", "sm" there). */
const PACKED_ENGINE = new RegExp(`^${ENGINE.replace(/\\\.\w+/g, '')}$`, 'i');
const OBFUSCATED = /\b(?:unescape|atob|fromCharCode|eval)\s*\(|\\x[0-9a-f]{2}|%u[0-9a-f]{4}/i;
/** Tunable: how far (characters) after the referrer check its consequence must be. */
const NEAR = 250;
/** Tunable: engine names this close (characters) to each other are one list. */
const LIST_GAP = 40;
/** Tunable: injected cloaking scripts are short; megabyte ad bundles are not read. */
const MAX_SCRIPT = 20_000;
/** What a cloaking script does next: navigate, write, or build an overlay (a fixed box, an iframe). */
const ACTS = /position\s*:\s*fixed|location\s*(?:\.\s*href\s*)?=(?!=)|location\s*\.\s*(?:replace|assign)\s*\(|window\s*\.\s*open\s*\(|top\s*\.\s*location|document\s*\.\s*write|createElement\s*\(\s*['"]iframe|<iframe|innerHTML\s*=|\.src\s*=/i;
/** Tunable: an overlay covers at least this share of the viewport either way. */
const COVER = 0.9;

/**
 * Marks such scripts, and any full-viewport off-site iframe they already added. The visitor is
 * kept on the article by the MAIN-world guard (entrypoints/referrer-guard.content.ts), which hides
 * a search-engine referrer from page scripts before they run.
 */
export const searchRedirect: DocumentTechnique = {
  id: 'search-redirect',
  kind: 'document',
  detect(ctx) {
    const out: Finding[] = [];
    for (const s of inScope(ctx, 'script')) {
      if (s.hasAttribute('src') || ctx.isHandled(s)) continue;
      const code = s.textContent ?? '';
      if (code.length > MAX_SCRIPT) continue;
      // Both patterns below need one of these words: most scripts are out after two substring scans.
      if (!code.includes('eval') && !REFERRER_WORD.test(code)) continue;
      if (PACKED.test(code)) {
        // Dean Edwards' packer: the words sit in a |-separated dictionary at the end.
        const split = code.lastIndexOf('.split(');
        const close = split - 1;
        const quote = code[close];
        const open = quote === "'" || quote === '"' ? code.lastIndexOf(quote, close - 1) : -1;
        const words = new Set(open >= 0 ? code.slice(open + 1, close).split('|') : []);
        if (words.has('referrer') && [...words].some((w) => PACKED_ENGINE.test(w)) && (words.has('location') || words.has('href') || words.has('iframe'))) {
          out.push({ reason: 'search-redirect', element: s, detail: 'packed script that redirects search-engine visitors', links: [] });
        }
        continue;
      }
      // Engine names written as \x62aidu or atob('YmFpZHU=') are read as written out.
      const plain = code.replace(/\\x([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/atob\(\s*(['"])([\w+/=]+)\1\s*\)/g, (m, q: string, b: string) => {
        try {
          return q + atob(b) + q;
        } catch {
          return m;
        }
      });
      const check = CHECKS_ENGINE.exec(plain);
      if (!check) continue;
      // ...and the navigation or overlay follows right after the check (not in a share
      // button's handler further down the same script)...
      // (From the end of the list of engines the check names, when it names several.)
      let end = (ENGINES.lastIndex = check.index + check[0].length);
      for (let m; (m = ENGINES.exec(plain)) && m.index - end < LIST_GAP; ) end = ENGINES.lastIndex;
      const near = plain.slice(Math.max(0, check.index - 100), end + NEAR);
      if (!ACTS.test(near)) continue;
      // ...to another site (or an address hidden by obfuscation): a site sending its own search
      // visitors to one of its own pages (folha.com's election page does) is no hijack.
      // (An overlay's address comes after its styles: looked for a little further.)
      const target = [...plain.slice(check.index, end + 2 * NEAR).matchAll(/https?:\/\/[^'"\s)]+/gi)].find((m) => ctx.hostAt(m[0]).offsite)?.[0] ?? '';
      // (The same stretch of the script as written: decoding only shortens it.)
      if (target || OBFUSCATED.test(code.slice(Math.max(0, check.index - 100), end + NEAR + code.length - plain.length))) {
        out.push({ reason: 'search-redirect', element: s, detail: `redirects search-engine visitors${target ? ` to ${target}` : ''}`, links: target ? [{ href: target, text: '' }] : [] });
      }
    }
    const win = ctx.doc.defaultView;
    if (!win || !ctx.env.hasLayout) return out;
    for (const f of inScope(ctx, 'iframe')) {
      const src = f.getAttribute('src') ?? '';
      const host = ctx.hostAt(src);
      if (!host.offsite || host.score < 1 || ctx.isHandled(f)) continue;
      const cs = ctx.env.style(f);
      if (cs.position !== 'fixed' && cs.position !== 'absolute') continue;
      const r = f.getBoundingClientRect();
      if (r.width >= COVER * win.innerWidth && r.height >= COVER * win.innerHeight) {
        out.push({ reason: 'search-redirect', element: f, detail: `full-page overlay from ${host.domain}`, links: [{ href: src, text: '' }] });
      }
    }
    return out;
  },
};
