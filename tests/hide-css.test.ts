/** The content stylesheet hides every mark and labels each reason the way the popup does. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TECHNIQUE_KEYS } from '../core/spam/labels';
import { allTechniques } from '../core/spam/registry';

const techniques = allTechniques();
import { catalog, LOCALES } from './catalogs';

const css = fs.readFileSync(path.resolve(import.meta.dirname, '../entrypoints/cleaner.content/hide.css'), 'utf8');

describe('hide.css', () => {
  it('hides every marked element', () => {
    expect(css).toMatch(/\[data-qingdu-spam\]\s*\{\s*display:\s*none\s*!important;/);
  });
  it('labels every technique in reveal mode with its popup label, from the message catalog', () => {
    for (const t of techniques) {
      expect(css, t.id).toContain(`[data-qingdu-spam="${t.id}"]::before { content: "__MSG_extShortName__ · __MSG_${TECHNIQUE_KEYS[t.id]}__" !important; }`);
    }
  });
  it('uses only messages that can stand inside a CSS string', () => {
    const names = [...css.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(techniques.length);
    for (const locale of LOCALES) {
      const messages = catalog(locale);
      for (const name of names) {
        expect(messages[name], `${locale} ${name}`).toBeDefined();
        expect(messages[name]!.message, `${locale} ${name}`).not.toMatch(/["\\\n]|\$/);
      }
    }
  });
});
