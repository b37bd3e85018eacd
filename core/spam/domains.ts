/**
 * Evidence from a link's host: off-site, cheap TLD, random-looking name, gambling/porn tokens.
 * Hosts are compared by registrable domain so www.x.gov.cn and news.x.gov.cn are one site.
 */
import data from './data/domains.json';
import { nameSet } from './scope';

// Each list a space-separated string (data/README.md): no quotes and commas in the content script.
const CHEAP_TLDS = nameSet(data.cheapTlds);
const PUBLIC_SUFFIXES = nameSet(data.publicSuffixes);
const TRUSTED = data.trustedSuffixes.split(' ');
const HOST_TOKEN_RE = new RegExp(data.hostTokens.replaceAll(' ', '|'));
/** A label mixing letters and 3+ digits (amjs8866, 7tb3x9) looks machine-made. Digits alone do
 * not: 163.com, 360.cn, 58.com, 12377.cn are household names in China. */
const RANDOM_LABEL_RE = /^(?=.*[a-z])(?=(?:.*\d){3})[a-z0-9-]{4,}$/;
/** Random short subdomains on cheap TLDs: "7tb3x.xyz", "x8k2.top". */
const MIXED_LABEL_RE = /^(?=.*[a-z])(?=.*\d)[a-z0-9]{4,8}$/;

export function registrableDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(h) || h.includes(':')) return h; // IP address
  const parts = h.split('.');
  if (parts.length <= 2) return h;
  const lastTwo = parts.slice(-2).join('.');
  return PUBLIC_SUFFIXES.has(lastTwo) ? parts.slice(-3).join('.') : lastTwo;
}

export function isTrustedHost(host: string): boolean {
  const h = host.toLowerCase();
  return TRUSTED.some((s) => h === s || h.endsWith('.' + s));
}

export interface HostEvidence {
  /** 0 when on-site or trusted; otherwise points for cheap TLD (2), random name (1), spam token (2). */
  score: number;
  /** Another site's, and not a trusted (government, school) one. */
  offsite: boolean;
  domain: string;
  /** The full host name (distinct random subdomains count as distinct sites). */
  host: string;
}

const cache = new Map<string, HostEvidence>();
/** Tunable: hosts remembered (a page links to a few hundred at most; the cache stays small). */
const CACHE_MAX = 2000;

/** Evidence about `host` for a page whose registrable domain is `siteDomain` (cached: a page
 * links to the same hosts again and again). */
export function hostEvidence(host: string, siteDomain: string): HostEvidence {
  const key = `${host} ${siteDomain}`;
  let e = cache.get(key);
  if (!e) {
    if (cache.size >= CACHE_MAX) cache.clear();
    e = computeHostEvidence(host, siteDomain);
    cache.set(key, e);
  }
  return e;
}

function computeHostEvidence(host: string, siteDomain: string): HostEvidence {
  const domain = registrableDomain(host);
  const offsite = domain !== siteDomain && domain !== '';
  // A government or school host is no spam evidence, and not "off-site" either: a tax bureau's
  // menu links its province's e-tax site, a Macau release the gaming regulator's statistics.
  if (!offsite || isTrustedHost(host)) return { score: 0, offsite: false, domain, host: host.toLowerCase() };
  const labels = domain.split('.');
  const tld = labels[labels.length - 1] ?? '';
  const name = labels[0] ?? '';
  let score = 0;
  if (CHEAP_TLDS.has(tld)) score += 2;
  if (RANDOM_LABEL_RE.test(name) || (CHEAP_TLDS.has(tld) && MIXED_LABEL_RE.test(name))) score += 1;
  if (HOST_TOKEN_RE.test(host)) score += 2;
  // Spider pools hang many random subdomains off one domain: k3x9w.example.com, m8q2.example.com.
  const sub = host.toLowerCase().slice(0, -domain.length - 1).split('.')[0] ?? '';
  if (sub && (RANDOM_LABEL_RE.test(sub) || MIXED_LABEL_RE.test(sub))) score += 1;
  return { score, offsite, domain, host: host.toLowerCase() };
}

/** Host of an absolute http(s) URL, or '' (relative URLs are on-site). Cheaper than new URL(). */
const HOST_RE = /^(?:https?:)?\/\/([^/?#:@]*@)?([^/?#:]+)/i;
const SCHEME_RE = /^[a-z][a-z0-9+.-]*:/i;
/** A URL carried in a query parameter, written out, percent-encoded or in base64 ("aHR0c" is
 * "http"): the target of a redirect (/go.php?url=…, /link?u=…). */
const TARGET_RE = /[?&][\w.-]+=(https?(?::|%3a)[^&#]*|aHR0c[\w+/=%-]*)/i;
export function hostOf(href: string, fallbackHost: string): string {
  // A redirect, the site's own or a search engine's, leads where its parameter says: a hacked
  // site's /go.php?url=… sends its visitors to the casino.
  const target = TARGET_RE.exec(href)?.[1];
  if (target) {
    try {
      const url = decodeURIComponent(target);
      return hostOf(url[0] === 'a' ? atob(url) : url, fallbackHost);
    } catch {
      // (not a URL after all: the link's own host)
    }
  }
  // A path ("/news/…", most links of a page) needs no regex.
  if (href.charCodeAt(0) === 47 /* / */ && href.charCodeAt(1) !== 47) return fallbackHost;
  const h = href.trim();
  const m = HOST_RE.exec(h);
  if (m) return (m[2] ?? '').toLowerCase();
  return SCHEME_RE.test(h) ? '' : fallbackHost;
}
