/** scripts/zip-check.ts's checks and scripts/zip-read.ts, on zips written here. */
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkPackage, checkSources, manifestFiles, projectInputs } from '../../scripts/zip-check';
import { readZip } from '../../scripts/zip-read';

/** A minimal zip writer (the format WXT's JSZip writes: local headers, central directory, end). */
function makeZip(files: Record<string, string | Buffer>, deflate = true): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const raw = Buffer.from(content);
    const data = deflate ? zlib.deflateRawSync(raw) : raw;
    const nameBuf = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(zlib.crc32(raw), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(zlib.crc32(raw), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const firefoxManifest = {
  manifest_version: 3,
  version: '1.2.3',
  icons: { '16': 'icon/16.png' },
  background: { scripts: ['background.js'] },
  action: { default_popup: 'popup.html' },
  content_scripts: [{ js: ['content-scripts/cleaner.js'], css: ['content-scripts/cleaner.css'] }],
  browser_specific_settings: { gecko: { id: 'qingdu@qingdu.invalid' } },
};
const firefoxFiles = { 'icon/16.png': 'png', 'background.js': '', 'popup.html': '', 'content-scripts/cleaner.js': '', 'content-scripts/cleaner.css': '' };

describe('readZip', () => {
  it.each([true, false])('lists and reads entries (deflated: %s)', (deflate) => {
    const zip = readZip(makeZip({ 'a.txt': '清读 Qingdu', 'dir/b.json': '{"x":1}' }, deflate));
    expect(zip.names).toEqual(['a.txt', 'dir/b.json']);
    expect(zip.read('a.txt').toString('utf8')).toBe('清读 Qingdu');
    expect(() => zip.read('c.txt')).toThrow(/no c.txt/);
  });
  it('refuses what is not a zip', () => {
    expect(() => readZip(Buffer.from('not a zip, just text that is long enough to search'))).toThrow(/not a zip/);
  });
});

describe('checkPackage', () => {
  it('passes a complete package at the version', () => {
    const zip = readZip(makeZip({ 'manifest.json': JSON.stringify(firefoxManifest), ...firefoxFiles }));
    expect(checkPackage(zip, 'firefox', '1.2.3')).toEqual([]);
  });
  it('names a wrong version, a missing gecko id and a file the manifest names that is missing', () => {
    const noGecko: Partial<typeof firefoxManifest> = { ...firefoxManifest };
    delete noGecko.browser_specific_settings;
    const files: Partial<typeof firefoxFiles> = { ...firefoxFiles };
    delete files['popup.html'];
    const zip = readZip(makeZip({ 'manifest.json': JSON.stringify(noGecko), ...files }));
    const problems = checkPackage(zip, 'firefox', '1.2.4');
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/version 1\.2\.3, package\.json 1\.2\.4[\s\S]*gecko[\s\S]*popup\.html/);
  });
  it('wants no Firefox keys in the Chrome package, and a manifest at all', () => {
    const zip = readZip(makeZip({ 'manifest.json': JSON.stringify(firefoxManifest), ...firefoxFiles }));
    expect(checkPackage(zip, 'chrome', '1.2.3')).toEqual(['chrome: browser_specific_settings in the manifest (Chrome warns)']);
    expect(checkPackage(readZip(makeZip({ 'x.js': '' })), 'chrome', '1.2.3')).toEqual(['chrome: no manifest.json at the zip\'s root']);
  });
  it('collects every file a manifest names', () => {
    expect(manifestFiles({ ...firefoxManifest, action: { default_popup: 'popup.html', default_icon: { '16': '/icon/off/16.png' } }, options_ui: { page: 'options.html' } }).sort()).toEqual(
      ['background.js', 'content-scripts/cleaner.css', 'content-scripts/cleaner.js', 'icon/16.png', 'icon/off/16.png', 'options.html', 'popup.html'],
    );
  });
});

describe('checkSources', () => {
  const base = { 'package.json': '{}', 'package-lock.json': '{}', 'README.md': '', 'core/a.ts': '', 'public/icon/16.png': '' };
  it('passes when every file the build read is there', () => {
    expect(checkSources(readZip(makeZip(base)), ['core/a.ts', 'package.json', 'public/icon/16.png'])).toEqual([]);
  });
  it('names a file the build read that is missing, and tests, fixtures or build output that crept in', () => {
    const zip = readZip(makeZip({ ...base, 'core/a.test.ts': '', 'tests/fixtures/x/source.html': '', '.output/chrome-mv3/manifest.json': '', 'demo/a.png': '' }));
    expect(checkSources(zip, ['core/a.ts', 'core/b.ts'])).toEqual([
      'sources: the build reads core/b.ts, not in the sources zip',
      'sources: core/a.test.ts should not be in the sources zip',
      'sources: tests/fixtures/x/source.html should not be in the sources zip',
      'sources: .output/chrome-mv3/manifest.json should not be in the sources zip',
      'sources: demo/a.png should not be in the sources zip',
    ]);
  });
});

describe('projectInputs', () => {
  it('keeps existing project files, not generated ones, virtual modules, missing files or other folders', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const read = ['package.json', 'core/settings.ts', 'core/package.json', 'node_modules/wxt/package.json', '.wxt/tsconfig.json', '\0virtual:wxt-plugins'].map((f) => `${root}/${f}`);
    expect(projectInputs([...read, path.resolve(root, '../shared/STYLE.md'), '/etc/hostname'], root)).toEqual(['core/settings.ts', 'package.json']);
  });
});
