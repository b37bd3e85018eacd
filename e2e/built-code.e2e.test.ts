/**
 * The built extension ships no remote code (issue 6, privacy): every JavaScript file of the
 * Chrome build (and of the Firefox build when it is there) scanned by scripts/remote-code.ts —
 * no eval, no Function constructor, no string timers, no importScripts or non-relative import(),
 * no URL with a host but the known inert ones; and the manifest keeps MV3's default CSP, loads
 * nothing remote, and lets no web page message the extension. Runs after the build (npm test:
 * test:e2e), without a browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanCode } from '../scripts/remote-code';
import { EXTENSION, ROOT } from './harness';

const builds = [EXTENSION, path.join(ROOT, process.env.QINGDU_OUT ?? '.output', 'firefox-mv3')].filter((d) => fs.existsSync(path.join(d, 'manifest.json')));

function jsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((d) => d.isFile() && d.name.endsWith('.js')).map((d) => path.join(d.parentPath, d.name));
}

describe('the built extension ships no remote code', () => {
  it('has a Chrome build', () => {
    expect(builds[0]).toBe(EXTENSION);
  });

  for (const dir of builds) {
    const name = path.basename(dir);
    it(`${name}: no code from strings and no remote URL in any script`, () => {
      const files = jsFiles(dir);
      expect(files.length).toBeGreaterThan(5);
      const findings = files
        // The compiled dictionaries are data: one string literal each, scanned like the rest.
        .flatMap((f) => scanCode(fs.readFileSync(f, 'utf8'), f).map((x) => `${path.relative(dir, f)}: ${x.kind} ${x.text}`));
      expect(findings).toEqual([]);
    });

    it(`${name}: the manifest keeps the default CSP, loads nothing remote, takes no messages from pages`, () => {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
      expect(manifest.content_security_policy).toBeUndefined();
      expect(manifest.externally_connectable).toBeUndefined();
      expect(manifest.web_accessible_resources).toBeUndefined();
      expect(manifest.update_url).toBeUndefined();
      expect(JSON.stringify(manifest)).not.toMatch(/https?:\/\//);
      // Every file a script tag of an extension page loads is inside the extension.
      for (const page of fs.readdirSync(dir).filter((f) => f.endsWith('.html'))) {
        const html = fs.readFileSync(path.join(dir, page), 'utf8');
        for (const m of html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)) expect(m[1], `${page}: ${m[1]}`).toMatch(/^\/(?!\/)/);
      }
    });
  }
});
