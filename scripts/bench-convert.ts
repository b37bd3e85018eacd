/**
 * Converter benchmark (issue 4): in one run on the same text, for each variant, our converter
 * (core/convert/converter.ts on compileVariant's data) against opencc-js's `Converter`: init
 * time, memory added, throughput, and characters where the outputs differ (target 0). The native
 * `opencc` command, where installed (`apt-get install opencc`), is a correctness reference only:
 * its dictionaries are older than opencc-js's, so differences are reported, not failed.
 *
 *   npm run bench:convert            (writes bench-results/convert.json)
 *
 * Text: the visible text of every page in the readability corpus and tests/fixtures whose text is
 * mostly Chinese, concatenated and repeated to TARGET_CHARS; t2s reads a traditional copy of it
 * (opencc-js cn→tw). Init and memory are measured in a fresh Node process per variant and
 * converter (`--expose-gc`), as a tab would pay them: cold code, nothing else alive.
 * Throughput: for each variant, a plain 64K lookup table over the same text (the ceiling for
 * character-level work) is timed just before ours; ours as a share of it (medians) is the figure
 * least swayed by this machine's speed, which drifts by 2× over minutes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as OpenCC from 'opencc-js';
import { compileVariant } from '../core/convert/compile';
import { createConverter } from '../core/convert/converter';
import { OPENCC_OPTIONS, VARIANTS, type Variant } from '../core/convert/variants';
import { visibleText } from '../tests/corpus-text';

/** Tunable: text size; 1–5 M characters per the issue, large enough to swamp timer noise. */
const TARGET_CHARS = 2_000_000;
/** Tunable: a page counts as Chinese text when this share of its visible characters is CJK. */
const MIN_CJK_SHARE = 0.3;
/** Tunable: timed runs per converter after one warm-up (opencc-js is slow: keep it small). */
const RUNS = 7;
/** Tunable: fresh processes per init/memory measurement (median taken). */
const INIT_PROCESSES = 3;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CORPORA = [resolve(ROOT, '../shared/corpora/readability-pages'), resolve(ROOT, 'tests/fixtures')];


const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;

/** The corpus text with its blank lines folded (tests/corpus-text.ts). */
const benchVisibleText = (html: string): string => visibleText(html).replace(/\s*\n\s*/g, '\n');

function benchText(): { text: string; pages: number } {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const dir of CORPORA) {
    if (!existsSync(dir)) continue;
    const real = resolve(dir);
    if (seen.has(real)) continue;
    seen.add(real);
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name, 'source.html');
      if (!existsSync(file)) continue;
      const t = benchVisibleText(readFileSync(file, 'utf8')).trim();
      const cjk = t.match(CJK)?.length ?? 0;
      if (t && cjk / t.length >= MIN_CJK_SHARE) parts.push(t);
    }
  }
  if (!parts.length) throw new Error('no Chinese pages found');
  const once = parts.join('\n');
  return { text: once.repeat(Math.ceil(TARGET_CHARS / once.length)), pages: parts.length };
}

/** Characters that differ: position by position, plus the length difference. */
function diffCount(a: string, b: string): number {
  if (a === b) return 0;
  let d = Math.abs(a.length - b.length);
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) d++;
  return d;
}

/** Million characters per second: wall clock, and CPU time of this process (less hurt by other
 * work on the machine; both reported), best and median of `runs` after a warm-up. */
function timeRuns(f: (s: string) => string, text: string, runs: number): { best: number; median: number; cpuBest: number; out: string } {
  let out = f(text); // warm-up
  const rates: number[] = [];
  const cpuRates: number[] = [];
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    out = f(text);
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    rates.push(text.length / (wall * 1000));
    cpuRates.push(text.length / (cpu.user + cpu.system));
  }
  rates.sort((x, y) => x - y);
  return { best: rates[rates.length - 1]!, median: rates[rates.length >> 1]!, cpuBest: Math.max(...cpuRates), out };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

// ---- child: one cold init and its memory, in a fresh process ----

interface InitResult {
  /** Data string in hand → converter usable. */
  ms: number;
  /** Then converting the first FIRST_CHARS of the text (ours reads its tries on first use). */
  firstMs: number;
  heapMB: number;
  rssMB: number;
  /** After converting the whole text once (ours: every trie node that text needs is built). */
  heapAfterMB: number;
}

/** Tunable: a long page's worth of text for the cold first conversion. */
const FIRST_CHARS = 100_000;

function child(kind: 'ours' | 'opencc', variant: Variant, dataFile: string, textFile: string): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  const data = kind === 'ours' ? readFileSync(dataFile, 'utf8') : '';
  const text = readFileSync(textFile, 'utf8');
  const used = () => {
    const m = process.memoryUsage();
    return { heap: m.heapUsed + m.arrayBuffers, rss: m.rss };
  };
  gc();
  gc();
  const before = used();
  const t0 = performance.now();
  const conv = kind === 'ours' ? createConverter(data) : OpenCC.Converter(OPENCC_OPTIONS[variant]);
  const ms = performance.now() - t0;
  const f = typeof conv === 'function' ? conv : (s: string) => conv.convert(s);
  gc();
  gc();
  const after = used();
  const t1 = performance.now();
  let check = f(text.slice(0, FIRST_CHARS)).length;
  const firstMs = performance.now() - t1;
  check += f(text).length;
  gc();
  gc();
  const afterText = used();
  const r: InitResult = {
    ms,
    firstMs,
    heapMB: (after.heap - before.heap) / 2 ** 20,
    rssMB: (after.rss - before.rss) / 2 ** 20,
    heapAfterMB: (afterText.heap - before.heap) / 2 ** 20,
  };
  // The converter is still referenced here, so none of it was collected.
  process.stdout.write(JSON.stringify({ ...r, check: check + f('头发').length }));
}

function measureInit(kind: 'ours' | 'opencc', variant: Variant, dataFile: string, textFile: string): InitResult {
  const runs: InitResult[] = [];
  for (let k = 0; k < INIT_PROCESSES; k++) {
    const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', kind, variant, dataFile, textFile], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
    runs.push(JSON.parse(r.stdout) as InitResult);
  }
  const med = (k: keyof InitResult) => median(runs.map((r) => r[k]));
  return { ms: med('ms'), firstMs: med('firstMs'), heapMB: med('heapMB'), rssMB: med('rssMB'), heapAfterMB: med('heapAfterMB') };
}

// ---- main ----

function nativeOpencc(variant: Variant, file: string): string | null {
  try {
    return execFileSync('opencc', ['-c', `${variant}.json`, '-i', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
  } catch {
    return null;
  }
}

function nativeVersion(): string | null {
  try {
    return execFileSync('opencc', ['--version'], { encoding: 'utf8' }).trim().split('\n').pop() ?? null;
  } catch {
    return null;
  }
}

interface TabResult {
  initMs: number;
  firstMs: number;
  mcps: number;
}

/** The same converter in a Chromium tab (Debian's chromium through playwright-core, as the e2e
 * tests run it): cold init and first conversion in a fresh browser context each time (median of
 * INIT_PROCESSES), then throughput on the whole text. Skipped where Chromium is not installed. */
async function inChromium(inputs: Map<Variant, { data: string; text: string }>): Promise<Map<Variant, TabResult> | null> {
  if (!existsSync(CHROMIUM)) return null;
  const { build } = await import('esbuild');
  const bundle = await build({
    entryPoints: [join(ROOT, 'core/convert/converter.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'QingduConvert',
    write: false,
    logLevel: 'silent',
  });
  const code = bundle.outputFiles[0]!.text;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const results = new Map<Variant, TabResult>();
  try {
    for (const [variant, { data, text }] of inputs) {
      const runs: TabResult[] = [];
      for (let k = 0; k < INIT_PROCESSES; k++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.setContent('<!doctype html><meta charset="utf-8"><title>bench</title>');
        await page.addScriptTag({ content: `globalThis.__name ??= (f) => f;\n${code}` });
        runs.push(
          await page.evaluate(
            ([data, text, first, repeat]) => {
              const api = (globalThis as unknown as { QingduConvert: { createConverter: typeof createConverter } }).QingduConvert;
              const t0 = performance.now();
              const c = api.createConverter(data);
              const t1 = performance.now();
              c.convert(text.slice(0, first));
              const t2 = performance.now();
              let mcps = 0;
              for (let r = 0; r < repeat; r++) {
                const a = performance.now();
                c.convert(text);
                mcps = Math.max(mcps, text.length / ((performance.now() - a) * 1000));
              }
              return { initMs: t1 - t0, firstMs: t2 - t1, mcps };
            },
            [data, text, FIRST_CHARS, k === 0 ? RUNS : 0] as const,
          ),
        );
        await context.close();
      }
      results.set(variant, { initMs: median(runs.map((r) => r.initMs)), firstMs: median(runs.map((r) => r.firstMs)), mcps: runs[0]!.mcps });
    }
  } finally {
    await browser.close();
  }
  return results;
}

async function main(): Promise<void> {
  const { text, pages } = benchText();
  const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(text);
  const tmp = mkdtempSync(join(tmpdir(), 'qingdu-bench-convert-'));
  const native = nativeVersion();
  console.log(`text: ${text.length.toLocaleString()} chars from ${pages} pages (CJK ${(((text.match(CJK)?.length ?? 0) / text.length) * 100).toFixed(0)}%); native opencc: ${native ?? 'not installed'}`);

  // The ceiling for character-level work: one 64K lookup table, same output building.
  const table = new Uint16Array(65536).map((_, i) => i);
  const plain = (s: string): string => {
    const out = new Uint16Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = table[s.charCodeAt(i)]!;
    return new TextDecoder('utf-16le').decode(out);
  };
  const ceiling = timeRuns(plain, text, RUNS);
  console.log(`64K table reference: ${ceiling.best.toFixed(1)} M chars/s (median ${ceiling.median.toFixed(1)}, CPU ${ceiling.cpuBest.toFixed(1)}); load average ${loadavg()[0]!.toFixed(1)}\n`);

  const rows = [];
  const tabInputs = new Map<Variant, { data: string; text: string }>();
  for (const variant of VARIANTS) {
    const input = variant === 't2s' ? traditional : text;
    const inputFile = join(tmp, `${variant}.in.txt`);
    writeFileSync(inputFile, input);
    const t0 = performance.now();
    const data = compileVariant(variant);
    const compileMs = performance.now() - t0;
    const dataFile = join(tmp, `${variant}.txt`);
    writeFileSync(dataFile, data);
    tabInputs.set(variant, { data, text: input });

    const oursInit = measureInit('ours', variant, dataFile, inputFile);
    const theirsInit = measureInit('opencc', variant, dataFile, inputFile);
    const ours = createConverter(data);
    // Ours is timed before opencc-js's converter is built: a tab holds ours alone, not 40 MB of
    // opencc-js tries beside it for every collection to trace.
    const ref = timeRuns(plain, input, RUNS);
    const a = { ...timeRuns((s) => ours.convert(s), input, RUNS), ofRef: 0 };
    a.ofRef = a.median / ref.median;
    const theirs = OpenCC.Converter(OPENCC_OPTIONS[variant]);
    const b = timeRuns(theirs, input, Math.min(RUNS, 3));
    const diffs = diffCount(a.out, b.out);
    const nat = native ? nativeOpencc(variant, inputFile) : null;
    const row = {
      variant,
      dataBytes: Buffer.byteLength(data),
      dataGzipBytes: gzipSync(data, { level: 9 }).length,
      compileMs: Math.round(compileMs),
      ours: { ...oursInit, mcpsBest: a.best, mcpsMedian: a.median, mcpsCpuBest: a.cpuBest, ofTable: a.ofRef },
      openccJs: { ...theirsInit, mcpsBest: b.best, mcpsMedian: b.median, mcpsCpuBest: b.cpuBest },
      diffChars: diffs,
      native: nat === null ? null : { vsOpenccJs: diffCount(nat, b.out), vsOurs: diffCount(nat, a.out) },
    };
    rows.push(row);
    console.log(
      [
        variant.padEnd(6),
        `data ${(row.dataBytes / 1024).toFixed(0)} KB (gz ${(row.dataGzipBytes / 1024).toFixed(0)} KB)`,
        `init ${oursInit.ms.toFixed(1)} ms vs ${theirsInit.ms.toFixed(0)} ms`,
        `first ${FIRST_CHARS / 1000}K chars ${oursInit.firstMs.toFixed(1)} vs ${theirsInit.firstMs.toFixed(0)} ms`,
        `mem ${oursInit.heapMB.toFixed(1)}→${oursInit.heapAfterMB.toFixed(1)} MB vs ${theirsInit.heapMB.toFixed(1)}→${theirsInit.heapAfterMB.toFixed(1)} MB`,
        `speed ${a.best.toFixed(1)} (med ${a.median.toFixed(1)}; ${a.ofRef.toFixed(2)} of the 64K table's median) vs ${b.best.toFixed(1)} M chars/s = ×${(a.best / b.best).toFixed(1)}`,
        `diff ${diffs}`,
        row.native ? `native≠js ${row.native.vsOpenccJs}, native≠ours ${row.native.vsOurs}` : '',
      ].join(' | '),
    );
  }

  console.log('\nin a Chromium tab…');
  const tab = await inChromium(tabInputs);
  const table2 = rows.map((r) => ({
    variant: r.variant,
    'init ms': `${r.ours.ms.toFixed(1)} / ${r.openccJs.ms.toFixed(0)}`,
    [`1st ${FIRST_CHARS / 1000}K ms`]: `${r.ours.firstMs.toFixed(1)} / ${r.openccJs.firstMs.toFixed(0)}`,
    'heap MB (init→used)': `${r.ours.heapMB.toFixed(1)}→${r.ours.heapAfterMB.toFixed(1)} / ${r.openccJs.heapMB.toFixed(1)}→${r.openccJs.heapAfterMB.toFixed(1)}`,
    'RSS MB': `${r.ours.rssMB.toFixed(1)} / ${r.openccJs.rssMB.toFixed(1)}`,
    'M chars/s best (median; CPU)': `${r.ours.mcpsBest.toFixed(1)} (${r.ours.mcpsMedian.toFixed(1)}; ${r.ours.mcpsCpuBest.toFixed(1)}) / ${r.openccJs.mcpsBest.toFixed(1)}`,
    'of 64K table': r.ours.ofTable.toFixed(2),
    'ours/theirs': (r.ours.mcpsBest / r.openccJs.mcpsBest).toFixed(1),
    diffs: r.diffChars,
    'native≠js / native≠ours': r.native ? `${r.native.vsOpenccJs} / ${r.native.vsOurs}` : 'n/a',
  }));
  const tabRows = tab
    ? [...tab].map(([variant, t]) => ({
        variant,
        'init ms': t.initMs.toFixed(1),
        [`1st ${FIRST_CHARS / 1000}K ms`]: t.firstMs.toFixed(1),
        'M chars/s best': t.mcps.toFixed(1),
      }))
    : null;
  console.log('\nNode: ours / opencc-js');
  console.table(table2);
  if (tabRows) {
    console.log('Chromium tab (ours; cold init and first conversion in a fresh context):');
    console.table(tabRows);
  } else console.log(`Chromium tab: skipped (no ${CHROMIUM})`);

  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    chars: text.length,
    pages,
    nativeOpencc: native,
    loadAverage: loadavg(),
    ceilingMcps: { best: ceiling.best, median: ceiling.median, cpuBest: ceiling.cpuBest },
    rows: rows.map((r) => ({ ...r, chromium: tab?.get(r.variant) ?? null })),
  };
  writeFileSync(join(ROOT, 'bench-results/convert.json'), `${JSON.stringify(result, null, 2)}\n`);
  rmSync(tmp, { recursive: true, force: true });
  console.log('\nwrote bench-results/convert.json');
  const failed = rows.filter((r) => r.diffChars !== 0);
  if (failed.length) {
    console.error(`outputs differ from opencc-js: ${failed.map((r) => r.variant).join(', ')}`);
    process.exitCode = 1;
  }
}

if (process.argv[2] === '--child') child(process.argv[3] as 'ours' | 'opencc', process.argv[4] as Variant, process.argv[5]!, process.argv[6]!);
else await main();
