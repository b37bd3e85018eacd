import fs from 'node:fs';
import { launch } from '../e2e/harness';
import { loadFixtures } from '../e2e/fixtures';
const h = await launch({ extension: false });
const f = loadFixtures().find(f => f.name === (process.argv[2] ?? 'seed'))!;
h.serve(f.url, f.html);
const p = await h.context.newPage();
await p.goto(f.url); await p.waitForTimeout(300);
await p.addScriptTag({ content: fs.readFileSync('/tmp/qd.js', 'utf8') });
console.log(await p.evaluate(() => {
  const q = (globalThis as any).qd; const out: any = {};
  let t = performance.now(); q.hasSpamVocabulary('x'); out.firstRegex = performance.now() - t;
  t = performance.now(); q.scoreText('澳门葡京'); out.firstScore = performance.now() - t;
  for (let i = 0; i < 5; i++) { t = performance.now(); const r = q.scan(document, { isHandled: () => false }); out['scan' + i] = [performance.now() - t, r.length]; }
  return out;
}));
await h.close();
