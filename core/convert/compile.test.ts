/**
 * The compiled dictionaries, tested like code (STYLE.md habit 7): deterministic, well-formed text
 * that survives a UTF-8 file and JSON messaging, sorted and unique per section, counts that match
 * the header, the opencc-js version recorded, and malformed data refused.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { compileVariant } from './compile';
import { createConverter, DATA_FORMAT, PREFIX_BASE, readHeader, SEP_RUN, SEP_SEGMENT } from './converter';
import { VARIANTS } from './variants';

const compiled = new Map(VARIANTS.map((v) => [v, compileVariant(v)]));

/** Decodes one section's front-coded lines back to [key, value, segment]. */
function section(data: string, name: string): [string, string, boolean][] {
  const start = data.indexOf(`\n#${name}\n`) + name.length + 3;
  const end = data.indexOf('\n#', start - 1);
  const body = data.slice(start, end < 0 ? data.length : end + 1);
  const entries: [string, string, boolean][] = [];
  let prev = '';
  for (const line of body.split('\n')) {
    if (!line) continue;
    const shared = line.charCodeAt(0) - PREFIX_BASE;
    let sepAt = 1;
    while (line[sepAt] !== SEP_RUN && line[sepAt] !== SEP_SEGMENT) sepAt++;
    const key = prev.slice(0, shared) + line.slice(1, sepAt);
    entries.push([key, line.slice(sepAt + 1), line[sepAt] === SEP_SEGMENT]);
    prev = key;
  }
  return entries;
}

describe('compiled dictionary data', () => {
  for (const v of VARIANTS) {
    it(`${v}: deterministic, well-formed, sorted, unique, counted`, () => {
      const data = compiled.get(v)!;
      expect(compileVariant(v)).toBe(data);
      expect(data.startsWith(`${DATA_FORMAT} `)).toBe(true);
      // A UTF-8 file and a JSON message carry it unchanged (no half surrogate pair anywhere).
      expect(Buffer.from(data, 'utf8').toString('utf8')).toBe(data);
      expect(JSON.parse(JSON.stringify(data))).toBe(data);

      const { header } = readHeader(data);
      expect(header.variant).toBe(v);
      for (const name of ['norm', 'post', 'main'] as const) {
        const entries = section(data, name);
        expect(entries.length, name).toBe(header[name]);
        // One expect per section, not per entry (tens of thousands of them took seconds).
        const keys = entries.map((e) => e[0]);
        expect(keys.find((k, i) => i > 0 && !(keys[i - 1]! < k)), `${name}: first key out of order`).toBeUndefined();
        expect(entries.find(([key, value]) => key.length === 0 || /[\n\t ]/.test(value)), `${name}: first empty key or spaced value`).toBeUndefined();
      }
      expect(section(data, 'main').some((e) => e[2])).toBe(header.segmented);
      // Reading all of it checks every count in the header.
      expect(() => createConverter(data, { preload: true })).not.toThrow();
    });
  }

  it('records the opencc-js version it was built from', () => {
    const require = createRequire(import.meta.url);
    const pkg = JSON.parse(readFileSync(require.resolve('opencc-js').replace(/dist\/.*$/, 'package.json'), 'utf8')) as { version: string };
    for (const data of compiled.values()) expect(readHeader(data).header.opencc).toBe(pkg.version);
  });

  it('refuses malformed data', () => {
    const good = compiled.get('s2tw')!;
    expect(() => createConverter('')).toThrow(/converter data/);
    expect(() => createConverter(good.replace(DATA_FORMAT, 'qingdu-opencc/0'))).toThrow(/converter data/);
    expect(() => createConverter(good.slice(0, good.indexOf('#main')))).toThrow(/converter data/);
    expect(() => createConverter(good.slice(0, -5))).toThrow(/converter data/);
    expect(() => createConverter(good.replace('"nodes":', '"nodes":1,"x":'), { preload: true })).toThrow(/converter data/);
  });
});
