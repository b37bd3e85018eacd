/**
 * Large equivalence check (issue 4): the visible text of every page in the readability corpus and
 * tests/fixtures, converted by every variant, and those texts made traditional by opencc-js then
 * read back by t2s: zero characters may differ from opencc-js's own Converter.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileVariant } from './compile';
import { createConverter } from './converter';
import { visibleText } from '../../tests/corpus-text';
import { OPENCC_OPTIONS, VARIANTS, type Variant } from './variants';

const ROOT = resolve(import.meta.dirname, '../..');
/** shared/ sits beside the work tree (as in CI); fixtures are in the repository. */
const CORPORA = [resolve(ROOT, '../shared/corpora/readability-pages'), resolve(ROOT, 'tests/fixtures')];


function pages(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const dir of CORPORA) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name, 'source.html');
      if (existsSync(file)) out.push({ name, text: visibleText(readFileSync(file, 'utf8')) });
    }
  }
  return out;
}

/** Differing characters, position by position, plus the length difference; and the first. */
function diff(a: string, b: string): { count: number; at: string } {
  if (a === b) return { count: 0, at: '' };
  let count = Math.abs(a.length - b.length);
  let first = -1;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      count++;
      if (first < 0) first = i;
    }
  }
  if (first < 0) first = Math.min(a.length, b.length);
  return { count, at: `${JSON.stringify(a.slice(first - 10, first + 10))} vs ${JSON.stringify(b.slice(first - 10, first + 10))}` };
}

describe('every corpus and fixture page: identical to opencc-js', () => {
  const all = pages();
  const traditional = new Map<Variant, string[]>();

  beforeAll(() => {
    expect(all.length).toBeGreaterThan(40);
  });

  for (const v of VARIANTS) {
    it(
      v,
      () => {
        const ours = createConverter(compileVariant(v));
        const theirs = OpenCC.Converter(OPENCC_OPTIONS[v]);
        const outs: string[] = [];
        for (const { name, text } of all) {
          const a = ours.convert(text);
          const b = theirs(text);
          const d = diff(a, b);
          expect(d.count, `${v} ${name}: ${d.at}`).toBe(0);
          outs.push(b);
        }
        if (v !== 't2s') traditional.set(v, outs);
      },
      120_000,
    );
  }

  it(
    't2s reads back every traditional variant of the pages',
    () => {
      const ours = createConverter(compileVariant('t2s'));
      const theirs = OpenCC.Converter(OPENCC_OPTIONS.t2s);
      for (const v of VARIANTS) {
        if (v === 't2s') continue;
        const to = OpenCC.Converter(OPENCC_OPTIONS[v]);
        const texts = traditional.get(v) ?? all.map((p) => to(p.text));
        texts.forEach((text, k) => {
          const d = diff(ours.convert(text), theirs(text));
          expect(d.count, `t2s of ${v} ${all[k]!.name}: ${d.at}`).toBe(0);
        });
      }
    },
    120_000,
  );
});
