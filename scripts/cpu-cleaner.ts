/**
 * Dev loop for the cleaner's speed that a busy machine does not spoil: the renderer main thread's
 * CPU time (CDP Performance.getMetrics ThreadTime), not wall time, around
 *   start-up  evaluating the cleaner's core (the vocabulary tables, as at document_start), and
 *   scan      one cold scan(document) (the first pass, without marking),
 * on each page in headless Chromium without the extension (core/spam bundled here with esbuild).
 *   npx tsx scripts/cpu-cleaner.ts [corpus|fixtures|generated|all] [--list]   (LIMIT=n: first n corpus pages)
 */
import { build } from 'esbuild';
import type { CDPSession, Page } from 'playwright-core';
import { corpusPages, loadFixtures } from '../e2e/fixtures';
import { ROOT, launch } from '../e2e/harness';
import { generatedPages } from './bench-pages';

const set = process.argv[2] ?? 'corpus';
const list = process.argv.includes('--list');
const generated = generatedPages().pages;
const fixtures = () => loadFixtures().map((f) => ({ name: f.name, url: f.url, html: f.html }));
const pages = set === 'fixtures' ? fixtures() : set === 'generated' ? generated : set === 'all' ? [...fixtures(), ...corpusPages(), ...generated] : corpusPages().slice(0, Number(process.env.LIMIT ?? 1e9));

const bundle = (
  await build({
    stdin: { contents: `import { scan } from './core/spam/scan'; globalThis.__qingduScan = scan;`, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'chrome120',
  })
).outputFiles[0]!.text;

const h = await launch({ extension: false });
for (const p of pages) h.serve(p.url, p.html);
const page: Page = await h.context.newPage();
const cdp: CDPSession = await h.context.newCDPSession(page);
await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
const threadMs = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
/** CPU of `run` on the page's main thread, less the cost of an empty evaluate (the protocol's own). */
async function cpu(run: () => Promise<unknown>): Promise<number> {
  const a = await threadMs();
  await run();
  return (await threadMs()) - a;
}

interface Row { name: string; startup: number; scan: number; findings: number; links: number }
const rows: Row[] = [];
for (const p of pages) {
  await page.goto(p.url, { waitUntil: 'load' }).catch(() => undefined);
  const empty = Math.min(await cpu(() => page.evaluate('0')), await cpu(() => page.evaluate('0')));
  const startup = (await cpu(() => page.evaluate(bundle))) - empty;
  let findings = 0;
  const scanMs = (await cpu(async () => (findings = await page.evaluate('globalThis.__qingduScan(document).length') as number))) - empty;
  const links = (await page.evaluate('document.links.length')) as number;
  rows.push({ name: p.name, startup, scan: scanMs, findings, links });
  if (list) console.log(p.name.padEnd(36), `start ${startup.toFixed(2)}`, `scan ${scanMs.toFixed(2)}`, `findings ${findings}`, `links ${links}`);
}
await h.close();
const q = (xs: number[], f: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(f * s.length))]!; };
const line = (label: string, xs: number[]) => xs.length && console.log(label.padEnd(28), `median ${q(xs, 0.5).toFixed(2)}  p95 ${q(xs, 0.95).toFixed(2)}  max ${Math.max(...xs).toFixed(2)}  (${xs.length})`);
line('start-up (ms CPU)', rows.map((r) => r.startup));
line('scan, all', rows.map((r) => r.scan));
line('scan, no findings', rows.filter((r) => !r.findings).map((r) => r.scan));
line('scan, with findings', rows.filter((r) => r.findings).map((r) => r.scan));
