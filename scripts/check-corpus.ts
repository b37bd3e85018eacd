/** Developer loop: loads Readability's 130 real pages in Chromium with the extension and prints
 * every element the cleaner marked (there should be none). npx tsx scripts/check-corpus.ts */
import { corpusPages } from '../e2e/fixtures';
import { launch, markedElements } from '../e2e/harness';

const h = await launch();
let bad = 0;
const page = await h.context.newPage();
for (const c of corpusPages()) {
  h.serve(c.url, c.html);
  await page.goto(c.url, { waitUntil: 'load' }).catch((e: Error) => console.log(`! ${c.name}: ${e.message}`));
  await page.waitForTimeout(100);
  const marked = await markedElements(page);
  if (marked.length) {
    bad++;
    console.log(`✗ ${c.name}`, JSON.stringify(marked));
  }
}
console.log(`${bad} of ${corpusPages().length} pages had marks`);
await h.close();
