/**
 * Dev loop for the page converter's speed (issue 4): where the first conversion of a tab spends
 * its time, by function, and its CPU time. Build without minifying first, into its own folder:
 *   QINGDU_OUT=.output-prof QINGDU_NOMINIFY=1 npx wxt build
 *   QINGDU_OUT=.output-prof npx tsx scripts/profile-convert.ts [tabs] [variant]   (PROFILE=0: times only;
 *   PASS=2: profile the second conversion; PASS=prepared: the first, after the popup's preparation)
 * Per fresh tab: the set-script message sent as the popup sends it, twice (convert, restore,
 * convert again). Prints, for the first and the second conversion, the medians of the page's
 * `qingdu:convert-page` measure and of the tab's main-thread CPU time across the message
 * (CDP Performance.getMetrics ThreadTime: less swayed than wall time on a loaded machine), then
 * self time per function of convert.js in the first (or second) conversion (CPU samples at 50 µs;
 * DOM calls count in their caller).
 */
import type { CDPSession, Page } from 'playwright-core';
import type { Variant } from '../core/convert/variants';
import { launch, tabIdOf } from '../e2e/harness';
import { articlePage, chineseParagraphs } from './bench-article';

declare const chrome: { runtime: { sendMessage(msg: object): Promise<unknown> } };

const tabs = Number(process.argv[2] ?? 5);
/** PROFILE=0: times only (the sampling profiler slows the tab several times over). */
const sample = process.env.PROFILE !== '0';
/** PASS=2: profile the second conversion (code compiled, trie read) instead of the first.
 * PASS=prepared: the first, after the popup's preparation (prepare-convert, then PREPARED_MS). */
const PASS = process.env.PASS === '2' ? 2 : 1;
const PREPARED = process.env.PASS === 'prepared';
const PREPARED_MS = 2000;
const variant = (process.argv[3] ?? 's2tw') as Variant;
const { html, chars } = articlePage(chineseParagraphs(), 100_000); // bench-tab's page
const URL = 'http://www.pyxw.qingdu.test/news/2024-05/14/content_5562001.html';
const HOME = 'http://home.qingdu.test/';

const h = await launch();
h.serve(URL, html);
h.serve(HOME, '<!doctype html><meta charset="utf-8"><title>home</title><p>清读</p>');
const home = await h.context.newPage();
await home.goto(HOME);
const ext = await h.context.newPage();
await ext.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${await tabIdOf(h, HOME)}`);
await ext.waitForLoadState('load');
const setScript = (tabId: number, script: string) => ext.evaluate((m) => chrome.runtime.sendMessage(m), { type: 'qingdu:set-script', tabId, script });

const threadTime = async (cdp: CDPSession) => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
};
const pageMs = (page: Page) => page.evaluate(() => performance.getEntriesByName('qingdu:convert-page', 'measure').map((e) => e.duration));
const readyMs = (page: Page) => page.evaluate(() => performance.getEntriesByName('qingdu:convert-ready', 'measure').map((e) => e.duration));

const self = new Map<string, number>();
const rows: { first: number; second: number; cpu1: number; cpu2: number; ready: number }[] = [];
for (let t = 0; t < tabs; t++) {
  const page = await h.context.newPage();
  const url = `${URL}?t=${t}`;
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const tabId = await tabIdOf(h, url);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  const none = { profile: { nodes: [], samples: [], timeDeltas: [] } };
  if (PREPARED) {
    await ext.evaluate((m) => chrome.runtime.sendMessage(m), { type: 'qingdu:prepare-convert', tabId });
    await page.waitForTimeout(PREPARED_MS);
  }
  if (sample && PASS === 1) await cdp.send('Profiler.start');
  const c0 = await threadTime(cdp);
  await setScript(tabId, variant);
  const c1 = await threadTime(cdp);
  const first = sample && PASS === 1 ? await cdp.send('Profiler.stop') : none;
  await setScript(tabId, 'original');
  const c2 = await threadTime(cdp);
  if (sample && PASS === 2) await cdp.send('Profiler.start');
  await setScript(tabId, variant);
  const c3 = await threadTime(cdp);
  const { profile } = sample && PASS === 2 ? await cdp.send('Profiler.stop') : first;
  const pm = await pageMs(page);
  rows.push({ first: pm[0]!, second: pm[1]!, cpu1: c1 - c0, cpu2: c3 - c2, ready: (await readyMs(page))[0]! });

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const frame = (id: number): string | null => {
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
      const f = byId.get(x)!.callFrame;
      if (f.url.endsWith('/convert.js')) {
        const own = byId.get(id)!.callFrame;
        const native = own.url.endsWith('convert.js') ? '' : ` → ${own.functionName || '(anon)'}`;
        return `${f.functionName || '(anon)'}:${f.lineNumber + 1}${native}`;
      }
    }
    const own = byId.get(id)!.callFrame;
    return own.functionName === '(garbage collector)' ? '(gc)' : null;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const k = frame(samples[i]!);
    if (k) self.set(k, (self.get(k) ?? 0) + (deltas[i + 1] ?? 0));
  }
  await cdp.detach().catch(() => undefined);
  await page.close();
  process.stdout.write('.');
}
await h.close();

const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const f = (x: number) => x.toFixed(1);
console.log(`\n${variant}, ${chars.toLocaleString('en')} characters, ${tabs} tabs (median; each tab's values in brackets)`);
for (const [name, key] of [['ready ms', 'ready'], ['1st page ms', 'first'], ['1st CPU ms (whole message)', 'cpu1'], ['2nd page ms', 'second'], ['2nd CPU ms (whole message)', 'cpu2']] as const) {
  console.log(`${name.padEnd(28)} ${f(med(rows.map((r) => r[key])))}  [${rows.map((r) => f(r[key])).join(' ')}]`);
}
console.log(`self time per ${PASS === 2 ? 'second' : 'first'} conversion, ms:`);
for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(us / 1000 / tabs).toFixed(2).padStart(8)}  ${k}`);
