import path from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { compileVariant } from './core/convert/compile';
import { dictPath, dictScript } from './core/convert/dict-path';
import { VARIANTS } from './core/convert/variants';

/** What the sources zip holds (top-level names): the build's inputs and the README. */
const SOURCES = ['package.json', 'package-lock.json', 'tsconfig.json', 'wxt.config.ts', 'README.md', 'entrypoints', 'components', 'core', 'dom', 'ext', 'public'];

// WXT has no Preact module: the Vite preset does the JSX transform and aliases.
export default defineConfig({
  // QINGDU_OUT lets a second build live beside the default one (e.g. while tests use .output).
  outDir: process.env.QINGDU_OUT ?? '.output',
  imports: false,
  // MV3 on Firefox too: `action`, MAIN-world content scripts (Firefox 128+), one code path.
  manifestVersion: 3, // STYLE.md habit 9: explicit imports from '#imports'
  vite: () => ({
    plugins: [preact()],
    // The content script's context: a lighter class with the same contract (ext/script-context.ts).
    resolve: { alias: { 'wxt/utils/content-script-context': path.resolve('ext/script-context.ts') } },
    // QINGDU_NOMINIFY keeps function names for profiling (scripts/profile-cleaner.ts);
    // QINGDU_SOURCEMAP writes source maps (which module takes how many bytes of cleaner.js).
    build: { ...(process.env.QINGDU_NOMINIFY && { minify: false }), ...(process.env.QINGDU_SOURCEMAP && { sourcemap: true }) },
  }),
  // npm run zip: the Chrome and Firefox packages, and for Firefox's review (AMO) a sources zip with
  // what a reviewer needs to rebuild (`npm ci && npm run build:firefox`, README "Store packages"):
  // the entries of SOURCES without tests; everything else is left out. scripts/zip-check.ts
  // checks that every file the build reads is in it. (WXT keeps a file that matches
  // includeSources, where a leading ! excludes, or else one that matches no excludeSources.)
  zip: {
    excludeSources: ['**'],
    includeSources: [...SOURCES.map((s) => (s.includes('.') ? s : `${s}/**`)), '!**/*.test.{ts,tsx}', '!core/reader/corpus-differences.json'],
  },
  hooks: {
    // Issue 4: each variant's dictionary, compiled from opencc-js at build time (never committed),
    // as a script that dictPath names (core/convert/dict-path.ts): injected into tabs, read as text
    // by the worker and extension pages.
    'build:publicAssets': (_wxt, files) => {
      for (const v of VARIANTS) files.push({ relativeDest: dictPath(v).replace(/^\//, ''), contents: dictScript(v, compileVariant(v)) });
    },
  },
  manifest: ({ browser }) => ({
    // Words from public/_locales (the browser's language picks the catalog; zh_CN when it has none).
    default_locale: 'zh_CN',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // storage: settings. scripting: the converter and the reading view's extractor are injected
    // into a tab only when asked for (and the converter registered for sites that convert on
    // load). contextMenus: "convert the selection and copy", "open in the reading view".
    // clipboardWrite: that copy, from the page.
    permissions: ['storage', 'scripting', 'contextMenus', 'clipboardWrite'],
    // The content script already runs on every page (that is its whole job), so this asks for
    // nothing more; it lets the popup and tests see which page a tab shows (tabs.query → url).
    host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'open-reader': { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_commandOpenReader__' },
      'toggle-script': { suggested_key: { default: 'Alt+Shift+T' }, description: '__MSG_commandToggleScript__' },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // MAIN-world content scripts (the referrer guard) need Firefox 128.
        // data_collection_permissions: Qingdu collects nothing (AMO's required declaration).
        gecko: { id: 'qingdu@qingdu.invalid', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
