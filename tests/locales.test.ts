/**
 * The message catalogs (public/_locales/<locale>/messages.json) as data: every locale has every
 * message with the same placeholders, every message is used somewhere, every name the code, the
 * manifest or a stylesheet asks for exists, and no UI words are left hard-coded in components/,
 * entrypoints/ or ext/ (a lint: Han characters outside comments, English text in JSX).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_RE, type CatalogEntry } from '../core/i18n';
import { TECHNIQUE_KEYS, TECHNIQUE_LABELS } from '../core/spam/labels';
import { catalog, LOCALES } from './catalogs';

const ROOT = path.resolve(import.meta.dirname, '..');
const catalogs = Object.fromEntries(LOCALES.map((l) => [l, catalog(l)]));
const keys = Object.keys(catalogs.zh_CN!);

function files(dir: string, exts: RegExp): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true }).flatMap((d) => {
    const rel = path.relative(ROOT, path.join(d.parentPath, d.name));
    return d.isFile() && exts.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [rel] : [];
  });
}
/** Everything the extension is built from that may name a message. */
const SOURCES = [...['core', 'components', 'entrypoints', 'ext'].flatMap((d) => files(d, /\.(?:tsx?|html|css)$/)), 'wxt.config.ts'];
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');

const placeholders = (e: CatalogEntry) => [...e.message.matchAll(PLACEHOLDER_RE)].map((m) => m[1]!.toLowerCase());
const defined = (e: CatalogEntry) =>
  Object.entries(e.placeholders ?? {})
    .map(([k, v]) => `${k.toLowerCase()}=${v.content}`)
    .sort();

describe('message catalogs', () => {
  it('has the three UI languages, zh_CN the default in the manifest', () => {
    expect(fs.readdirSync(path.join(ROOT, 'public/_locales')).sort()).toEqual([...LOCALES].sort());
    expect(read('wxt.config.ts')).toMatch(/default_locale: 'zh_CN'/);
  });

  it('every locale has exactly the default locale’s messages, none empty', () => {
    for (const l of LOCALES) {
      expect(Object.keys(catalogs[l]!).sort(), l).toEqual([...keys].sort());
      for (const k of keys) expect(catalogs[l]![k]!.message.trim(), `${l} ${k}`).not.toBe('');
    }
  });

  it('message names are what browsers accept (ASCII letters, digits, _)', () => {
    for (const k of keys) expect(k).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('every message has the same placeholders in every locale, each defined and each used', () => {
    for (const k of keys) {
      const want = defined(catalogs.zh_CN![k]!);
      for (const l of LOCALES) {
        const e = catalogs[l]![k]!;
        expect(defined(e), `${l} ${k}`).toEqual(want);
        const used = new Set(placeholders(e));
        expect([...used].sort(), `${l} ${k}: $NAME$ used`).toEqual(Object.keys(e.placeholders ?? {}).map((n) => n.toLowerCase()).sort());
        // Only $NAME$ and $$ may hold a dollar sign (a stray $ would be read as a substitution).
        expect(e.message.replace(PLACEHOLDER_RE, '').replace(/\$\$/g, ''), `${l} ${k}`).not.toContain('$');
      }
    }
  });

  it('plural messages come in pairs (<base>_one, <base>_other)', () => {
    for (const k of keys) {
      const m = /^(.*)_(one|other)$/.exec(k);
      if (m) expect(keys, k).toContain(`${m[1]}_${m[2] === 'one' ? 'other' : 'one'}`);
    }
  });

  it('every message is used by the code, a page, a stylesheet or the manifest', () => {
    const text = SOURCES.map(read).join('\n');
    const used = (name: string) => new RegExp(`['"\`]${name}['"\`]|__MSG_${name}__`).test(text);
    const unused = keys.filter((k) => !used(k) && !used(k.replace(/_(?:one|other)$/, '')));
    expect(unused).toEqual([]);
  });

  it('every __MSG_name__ in the manifest and the stylesheets exists', () => {
    for (const f of SOURCES) {
      for (const [, name] of read(f).matchAll(/__MSG_(\w+)__/g)) expect(keys, f).toContain(name);
    }
  });

  it('fits the stores’ limits: name ≤ 75 characters, description ≤ 132', () => {
    for (const l of LOCALES) {
      expect(catalogs[l]!.extName!.message.length, l).toBeLessThanOrEqual(75);
      expect(catalogs[l]!.extDescription!.message.length, l).toBeLessThanOrEqual(132);
    }
  });

  it('<html lang> of each catalog is its own language', () => {
    expect(LOCALES.map((l) => catalogs[l]!.htmlLang!.message)).toEqual(['zh-CN', 'zh-TW', 'en']);
  });

  it('the technique names of zh_CN are the evidence report’s (core/spam/labels.ts)', () => {
    for (const [id, key] of Object.entries(TECHNIQUE_KEYS)) expect(catalogs.zh_CN![key]!.message, id).toBe(TECHNIQUE_LABELS[id as keyof typeof TECHNIQUE_LABELS]);
  });
});

/** Text that is content, not UI, and stays as written in every language. */
const ALLOWED: Record<string, RegExp[]> = {
  // A sample paragraph of a Chinese news article, to preview the reading view's typography.
  'components/ReaderDefaults.tsx': [/本报讯[^']*/],
  // The theme swatch: one Han character shown in the theme's colours (aria-hidden).
  'components/ReaderControls.tsx': [/^\s*文\s*$/m],
  // Characters that tell Simplified from Traditional text (data for a guess, never shown).
  'components/article-lang.ts': [/const (?:SIMPLIFIED|TRADITIONAL) = '[^']*'/g],
};
/** Words that are the same in every language (a file format, the reader's font button). */
const SAME_IN_ALL = new Set(['JSON', 'Aa']);

/** The file without its comments (block comments, whole-line and trailing // comments). */
const code = (s: string) =>
  s
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/\s\/\/\s.*$/gm, '');

const ATTR = /\b(?:label|title|placeholder|aria-label|alt|legend|hint|question|confirmLabel|submitLabel|decLabel|incLabel)="([^"]*)"/g;

/** Lines with Han characters, outside comments and what `allowed` takes out. */
function chinese(source: string, allowed: RegExp[] = []): string[] {
  let s = code(source);
  for (const re of allowed) s = s.replace(re, '');
  return s.split('\n').filter((line) => /\p{Script=Han}/u.test(line));
}

/** English words in JSX text (`>Save<`, or text on a line of its own) and in UI attributes. */
function english(source: string): string[] {
  const s = code(source);
  const texts = [...s.matchAll(/(?<!=)>([^<>{}]*)</g)].map((m) => m[1]!.trim()).filter((x) => /[A-Za-z]{2,}/.test(x) && !/[=;()&|?]/.test(x));
  const attrs = [...s.matchAll(ATTR)].map((m) => m[1]!).filter((x) => /[A-Za-z]{2,}/.test(x));
  return [...texts, ...attrs].filter((x) => !SAME_IN_ALL.has(x));
}

describe('no hard-coded UI words', () => {
  const ui = [...['components', 'entrypoints', 'ext'].flatMap((d) => files(d, /\.(?:tsx?|html)$/))];

  it('checks the UI files', () => {
    expect(ui).toEqual(expect.arrayContaining(['entrypoints/popup/Popup.tsx', 'entrypoints/options/Options.tsx', 'entrypoints/reader/Reader.tsx', 'entrypoints/background.ts', 'components/SiteRules.tsx', 'entrypoints/popup/index.html']));
  });

  it('the lint finds hard-coded words and passes translated ones', () => {
    expect(chinese("setError('页面没有响应');\n// 注释\nsetError(t('errPageNoResponse'));")).toEqual(["setError('页面没有响应');"]);
    const jsx = `<button type="button" title="Save it" onClick={() => save()}>\n  Save\n</button>\n<p>{t('ok')}</p>\n{n > LIMIT && <li>{t('more')}</li>}\n<b>JSON</b>`;
    expect(english(jsx)).toEqual(['Save', 'Save it']);
  });

  it('has no Chinese outside comments', () => {
    for (const f of ui) expect(chinese(read(f), ALLOWED[f]), f).toEqual([]);
  });

  it('has no English text in JSX or in UI attributes', () => {
    for (const f of ui.filter((x) => x.endsWith('.tsx'))) expect(english(read(f)), f).toEqual([]);
  });
});
