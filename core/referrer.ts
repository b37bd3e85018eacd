/** Search engines whose visitors referrer-cloaking scripts target (SPAM-PATTERNS.md). */
const SEARCH_HOSTS = /(^|\.)(baidu\.com|sogou\.com|so\.com|sm\.cn|bing\.com|google\.[a-z.]+|haosou\.com|soso\.com|youdao\.com|yahoo\.[a-z.]+|toutiao\.com|yandex\.[a-z.]+|duckduckgo\.com)$/i;

export function isSearchEngineReferrer(referrer: string): boolean {
  const m = /^https?:\/\/([^/?#:]+)/i.exec(referrer);
  return !!m && SEARCH_HOSTS.test(m[1] ?? '');
}
