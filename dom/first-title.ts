/**
 * Records the page's <title> as the HTML parser first wrote it, before page scripts run: cloaking
 * scripts show search engines a spam title and set `document.title` to the headline for people
 * (SPAM-PATTERNS.md "sometimes with a script that sets document.title back"). Call at
 * document_start; the parser flushes mutation callbacks before it runs each script.
 */
export function captureFirstTitle(doc: Document, signal: AbortSignal): () => string | null {
  let first: string | null = null;
  const read = () => {
    const t = doc.querySelector('title');
    if (t && t.textContent) first = t.textContent;
    return first !== null;
  };
  if (read()) return () => first;
  const observer = new MutationObserver(() => {
    if (read() || doc.body) observer.disconnect();
  });
  observer.observe(doc, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect());
  doc.addEventListener('DOMContentLoaded', () => observer.disconnect(), { once: true });
  return () => first;
}
