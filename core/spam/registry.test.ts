/** Every technique file is registered and has a golden fixture (STYLE.md habit 1). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allTechniques } from './registry';

const techniques = allTechniques();

const dir = path.resolve(import.meta.dirname, 'techniques');
const fixtures = path.resolve(import.meta.dirname, '../../tests/fixtures');

describe('technique registry', () => {
  it('registers every file in core/spam/techniques', async () => {
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const registered = new Set(techniques);
    for (const f of files) {
      const mod = (await import(path.join(dir, f))) as Record<string, unknown>;
      const exported = Object.values(mod).filter((v) => typeof v === 'object' && v !== null && 'id' in v);
      expect(exported.length, f).toBe(1);
      expect(registered.has(exported[0] as never), `${f} is not in registry.ts`).toBe(true);
      expect((exported[0] as { id: string }).id, `${f} should be named after its id`).toBe(f.replace(/\.ts$/, ''));
    }
    expect(files.length).toBe(techniques.length);
  });

  it('has a fixture marking each technique, and a trap fixture for each hacked one', () => {
    const reasons = new Set<string>();
    const cases = fs.readdirSync(fixtures).filter((d) => fs.existsSync(path.join(fixtures, d, 'expected.json')));
    for (const c of cases) {
      const e = JSON.parse(fs.readFileSync(path.join(fixtures, c, 'expected.json'), 'utf8')) as { marked: { reason: string }[]; wrapped?: { reason: string }[] };
      for (const m of [...e.marked, ...(e.wrapped ?? [])]) reasons.add(m.reason);
    }
    for (const t of techniques) expect(reasons.has(t.id), `no fixture marks ${t.id}`).toBe(true);
    expect(cases.filter((c) => c.startsWith('trap-')).length).toBeGreaterThanOrEqual(techniques.length - 4);
  });

  it('has unique ids', () => {
    expect(new Set(techniques.map((t) => t.id)).size).toBe(techniques.length);
  });
});
