// Regenerates core/spam/data/common-chars.json: the most frequent CJK characters in clean Chinese
// news text (Readability's qq and gmw pages, the seed's article and the trap fixtures), most
// frequent first. Only scripts/normalize-terms.mjs reads it, to anchor the vocabulary pre-filter
// (core/spam/anchors.ts) on each term's least common character. Run: node scripts/common-chars.mjs
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const texts = [];
for (const p of ['qq', 'gmw']) texts.push(fs.readFileSync(path.join(root, '../shared/corpora/readability-pages', p, 'source.html'), 'utf8'));
const seed = fs.readFileSync(path.join(root, '../shared/seeds/000_575520ba510e706a.txt'), 'utf8');
texts.push(seed.slice(0, seed.indexOf('推薦閱讀')));
const fx = path.join(root, 'tests/fixtures');
for (const d of fs.readdirSync(fx)) if (d.startsWith('trap-')) texts.push(fs.readFileSync(path.join(fx, d, 'source.html'), 'utf8'));
const counts = new Map();
for (const t of texts) for (const ch of t) if (/\p{Script=Han}/u.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
const chars = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 1500).map(([c]) => c).join('');
fs.writeFileSync(path.join(root, 'core/spam/data/common-chars.json'), JSON.stringify({ chars }) + '\n');
console.log(chars.length, 'common characters');
