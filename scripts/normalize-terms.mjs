// Sorts and de-duplicates core/spam/data/terms.json and regenerates trad-variants.json,
// anchors.json (the pre-filter's anchors, core/spam/anchors.ts) and vocab.json (the compiled form
// the content script uses, core/spam/compile-vocab.ts)
// (each simplified character of the vocabulary -> its traditional forms per OpenCC), so that
// the vocabulary matches spam in either script. Run: node scripts/normalize-terms.mjs
import fs from 'node:fs';
import * as OpenCC from 'opencc-js';
import { execFileSync } from 'node:child_process';
const f = 'core/spam/data/terms.json';
const d = JSON.parse(fs.readFileSync(f, 'utf8'));
const all = [];
for (const k of Object.keys(d)) {
  if (k.startsWith('$')) continue;
  if (Array.isArray(d[k])) { d[k] = [...new Set(d[k].map(s=>s.toLowerCase()))].sort(); all.push(...d[k]); continue; }
  for (const w of Object.keys(d[k])) { d[k][w] = [...new Set(d[k][w].map(s=>s.toLowerCase()))].sort(); all.push(...d[k][w]); }
}
fs.writeFileSync(f, JSON.stringify(d, null, 2) + '\n');
const convs = ['tw','twp','hk','t'].map(to => OpenCC.Converter({from:'cn', to}));
const map = {};
for (const ch of new Set(all.join(''))) {
  const vs = new Set();
  for (const c of convs) { const t = c(ch); if (t !== ch && [...t].length === 1) vs.add(t); }
  if (vs.size) map[ch] = [...vs].sort().join('');
}
// Look-alikes spam writes for the same word and OpenCC does not know: the Japanese 楽 (娛楽), the
// variant 亰 (新葡亰), 澚 (澚门).
for (const [ch, alike] of Object.entries({ 乐: '楽', 京: '亰', 澳: '澚' })) map[ch] = [...new Set((map[ch] ?? '') + alike)].sort().join('');
const sorted = Object.fromEntries(Object.entries(map).sort(([a],[b]) => a < b ? -1 : 1));
fs.writeFileSync('core/spam/data/trad-variants.json', JSON.stringify(sorted, null, 0).replace(/,"/g, ',\n"') + '\n');
console.log(Object.keys(sorted).length, 'chars');

execFileSync('npx', ['tsx', '-e', `
  import fs from 'node:fs';
  import { computeAnchors } from './core/spam/anchors.ts';
  import { compileVocab, FAMILIES, TIERS } from './core/spam/compile-vocab.ts';
  const terms = JSON.parse(fs.readFileSync('core/spam/data/terms.json', 'utf8'));
  const { chars } = JSON.parse(fs.readFileSync('core/spam/data/common-chars.json', 'utf8'));
  const variants = JSON.parse(fs.readFileSync('core/spam/data/trad-variants.json', 'utf8'));
  const nonWeak = FAMILIES.flatMap((f) => TIERS.filter((t) => t !== 'weak').flatMap((t) => terms[f][t]));
  const anchors = computeAnchors(nonWeak, chars, variants);
  fs.writeFileSync('core/spam/data/anchors.json', JSON.stringify(anchors) + '\\n');
  fs.writeFileSync('core/spam/data/vocab.json', JSON.stringify(compileVocab(terms, variants, anchors.chars)) + '\\n');
`], { stdio: 'inherit' });
console.log('anchors.json and vocab.json written');
