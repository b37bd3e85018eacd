/** The README's Permissions table lists exactly the permissions the built manifests ask for
 * (Chrome and Firefox builds: npm run build && npm run build:firefox). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

const OUT = path.join(ROOT, process.env.QINGDU_OUT ?? '.output');

/** The first `code` of each row of the table under "## Permissions". */
function documentedPermissions(readme: string): string[] {
  const section = readme.split(/^## /m).find((s) => s.startsWith('Permissions\n'));
  if (!section) throw new Error('README.md has no "## Permissions" section');
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => /^\| `([^`]+)`/.exec(line)![1]!)
    .sort();
}

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
}

describe('permissions', () => {
  const documented = documentedPermissions(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'));

  it('the README table has rows', () => {
    expect(documented).toContain('storage');
    expect(new Set(documented).size).toBe(documented.length);
  });

  it.each(['chrome-mv3', 'firefox-mv3'])('%s: the manifest asks for exactly what the README documents', (target) => {
    const file = path.join(OUT, target, 'manifest.json');
    if (!fs.existsSync(file)) throw new Error(`no ${file}: run "npm run build" and "npm run build:firefox" first`);
    const m = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
    const asked = [...(m.permissions ?? []), ...(m.host_permissions ?? []), ...(m.optional_permissions ?? []), ...(m.optional_host_permissions ?? [])];
    expect([...new Set(asked)].sort()).toEqual(documented);
  });
});
