/** The content stylesheet hides every mark and labels each reason the way the popup does. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TECHNIQUE_LABELS } from '../core/spam/labels';
import { techniques } from '../core/spam/registry';

const css = fs.readFileSync(path.resolve(import.meta.dirname, '../entrypoints/cleaner.content/hide.css'), 'utf8');

describe('hide.css', () => {
  it('hides every marked element', () => {
    expect(css).toMatch(/\[data-qingdu-spam\]\s*\{\s*display:\s*none\s*!important;/);
  });
  it('labels every technique in reveal mode with its popup label', () => {
    for (const t of techniques) {
      expect(css, t.id).toContain(`[data-qingdu-spam="${t.id}"]::before { content: "清读 · ${TECHNIQUE_LABELS[t.id]}" !important; }`);
    }
  });
});
