/** The remote-code scanner (scripts/remote-code.ts) on small bundles: each kind of finding, and
 * what must not be one (the same words inside strings, regexes and comments). */
import { describe, expect, it } from 'vitest';
import { ALLOWED_URLS, scanCode } from '../scripts/remote-code';

const kinds = (code: string) => scanCode(code).map((f) => f.kind);

describe('scanCode', () => {
  it('finds code made from strings', () => {
    expect(kinds('eval("1+1")')).toEqual(['eval']);
    expect(kinds('globalThis.eval(x)')).toEqual(['eval']);
    expect(kinds('new Function("return 1")')).toEqual(['function-constructor']);
    expect(kinds('const f = Function("a", "return a")')).toEqual(['function-constructor']);
    expect(kinds('setTimeout("alert(1)", 10); setInterval(`x${y}`, 1)')).toEqual(['string-timer', 'string-timer']);
    expect(kinds('self.importScripts(u)')).toEqual(['import-scripts']);
    expect(kinds('import(u)')).toEqual(['dynamic-import']);
  });

  it('finds every URL with a host that is not known to be inert', () => {
    expect(scanCode('fetch("https://cdn.example.com/x.js")')).toEqual([{ kind: 'url', text: 'https://cdn.example.com/x.js' }]);
    expect(scanCode('s.src=`http://evil.example/${n}.js`').map((f) => f.text)).toEqual(['http://evil.example/']);
    expect(kinds('import("https://esm.sh/preact")')).toEqual(['dynamic-import', 'url']);
  });

  it('leaves alone what only looks like it: regexes, comments, relative imports, the allowed namespaces, timers with functions', () => {
    expect(kinds('const r=/eval\\s*\\(\\s*function/; const s="eval"; // eval("x") https://a.cn/')).toEqual([]);
    expect(kinds('import("./chunk.js"); setTimeout(() => f(), 1); x.evaluate(y)')).toEqual([]);
    expect(kinds(`const n="http://www.w3.org/2000/svg", u=\`http://\${host}\`, r=/^https?:\\/\\//`)).toEqual([]);
    for (const url of Object.keys(ALLOWED_URLS)) expect(scanCode(JSON.stringify(url))).toEqual([]);
  });
});
