/** Developer loop: runs every golden fixture (or those named) in Chromium and prints problems.
 * npx tsx scripts/check-fixtures.ts [case…]   (build first: npm run build)
 * FIXTURES_DIR=folder: the cases of another folder in the same format (new cases before they join). */
import path from 'node:path';
import { launch } from '../e2e/harness';
import { loadFixtures, runFixture } from '../e2e/fixtures';

const only = process.argv.slice(2);
const h = await launch();
let failed = 0;
for (const f of loadFixtures(process.env.FIXTURES_DIR ? path.resolve(process.env.FIXTURES_DIR) : undefined).filter((f) => !only.length || only.includes(f.name))) {
  const { page, problems } = await runFixture(h, f);
  await page.close();
  if (problems.length) failed++;
  console.log(`${problems.length ? '✗' : '✓'} ${f.name}${problems.map((p) => `\n    ${p}`).join('')}`);
}
await h.close();
process.exit(failed ? 1 : 0);
