/**
 * Builds the extension and lists every project file the build read, for scripts/zip-check.ts
 * ("every file the build reads is in the sources zip"):
 *
 *   node scripts/build-inputs.mjs <chrome|firefox> <outDir> <list.txt> [--zip]
 *
 * --zip: WXT's zip instead of its build (the same build, then the packages in outDir); the reads
 * of the zipping itself are not recorded.
 *
 * Two sources, since neither sees everything: node:fs's reading functions, wrapped before WXT
 * loads (the config and what it imports, the HTML entry points, public/, package.json, tsconfig),
 * and the module ids of every chunk Vite emits (Vite 8 bundles with Rolldown, which reads the
 * modules natively, out of node:fs's sight). Plain JS: it must run before any loader.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
import { URL, fileURLToPath } from 'node:url';

const [browser, outDir, listFile, mode] = process.argv.slice(2);
if (!browser || !outDir || !listFile) throw new Error('usage: node scripts/build-inputs.mjs <chrome|firefox> <outDir> <list.txt>');
const read = new Set();
let recording = true;
const note = (p) => {
  if (!recording) return;
  if (typeof p === 'string') read.add(path.resolve(p.replace(/^file:\/\//, '')));
  else if (p instanceof URL && p.protocol === 'file:') read.add(fileURLToPath(p));
};
const wrap = (obj, name) => {
  const orig = obj[name];
  obj[name] = function (p, ...rest) {
    note(p);
    return orig.call(this, p, ...rest);
  };
};
for (const name of ['readFileSync', 'readFile', 'copyFileSync', 'copyFile', 'createReadStream', 'cpSync', 'cp']) wrap(fs, name);
for (const name of ['readFile', 'copyFile', 'cp']) wrap(fs.promises, name);
syncBuiltinESMExports();

process.env.QINGDU_OUT = outDir; // wxt.config.ts takes its outDir from there
const { build, zip } = await import('wxt');
const recorder = {
  name: 'qingdu:build-inputs',
  generateBundle(_options, bundle) {
    for (const out of Object.values(bundle)) if (out.type === 'chunk') for (const id of out.moduleIds) note(id.split('?')[0]);
  },
};
const config = { browser, vite: () => ({ plugins: [recorder] }), hooks: { 'zip:start': () => void (recording = false) } };
await (mode === '--zip' ? zip(config) : build(config));
fs.writeFileSync(listFile, [...read].sort().join('\n') + '\n');
