/**
 * "Ships no remote code" (issue 6), checked on the built JavaScript: parsed (TypeScript's parser,
 * so strings and regexes are told apart from code), then every
 * - code from a string: eval(…), Function(…) / new Function(…), setTimeout/setInterval with a
 *   string, importScripts(…), import(…) of anything but a relative path;
 * - URL with a host in a string or template (a fetch, script or import target would be one)
 * is a finding, unless the URL is one of ALLOWED_URLS. Used by e2e/built-code.e2e.test.ts on
 * .output/ and tested on its own in tests/remote-code.test.ts.
 */
import ts from 'typescript';

/** Known inert strings in the bundle, each with its reason. */
export const ALLOWED_URLS: Record<string, string> = {
  'http://www.w3.org/1999/xhtml': 'XML namespace (DOMPurify, Preact): a name, never fetched',
  'http://www.w3.org/2000/svg': 'XML namespace (DOMPurify, Preact)',
  'http://www.w3.org/1998/Math/MathML': 'XML namespace (DOMPurify)',
  'http://www.w3.org/1999/xlink': 'XML namespace (Preact xlink: attributes)',
  'http://www.w3.org/XML/1998/namespace': 'XML namespace',
  'https://www.12377.cn/': "the evidence report's link to China's illegal-content reporting centre: text the user may click",
};

export interface Finding {
  kind: 'eval' | 'function-constructor' | 'string-timer' | 'import-scripts' | 'dynamic-import' | 'url';
  text: string;
}

/** A URL with a host: scheme, ://, then at least one host character. */
const URL_WITH_HOST = /\bhttps?:\/\/[^\s"'`<>()\\{}$]+/gi;

export function scanCode(code: string, name = 'bundle.js'): Finding[] {
  const file = ts.createSourceFile(name, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const out: Finding[] = [];
  const snippet = (n: ts.Node) => n.getText(file).slice(0, 120);
  const urls = (text: string) => {
    for (const m of text.matchAll(URL_WITH_HOST)) if (!(m[0] in ALLOWED_URLS)) out.push({ kind: 'url', text: m[0] });
  };
  const calleeName = (e: ts.Expression): string | undefined => {
    if (ts.isIdentifier(e)) return e.text;
    // globalThis.eval, window.Function, self.importScripts…
    if (ts.isPropertyAccessExpression(e) && /^(?:globalThis|window|self)$/.test(e.expression.getText(file))) return e.name.text;
    return undefined;
  };
  const visit = (n: ts.Node): void => {
    if (ts.isStringLiteralLike(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) urls(n.text);
    if (ts.isCallExpression(n) || ts.isNewExpression(n)) {
      const callee = n.expression;
      const args = n.arguments ?? ts.factory.createNodeArray();
      if (callee.kind === ts.SyntaxKind.ImportKeyword) {
        const a = args[0];
        if (!(a && ts.isStringLiteralLike(a) && /^\.{1,2}\//.test(a.text))) out.push({ kind: 'dynamic-import', text: snippet(n) });
      }
      const name = calleeName(callee);
      if (name === 'eval') out.push({ kind: 'eval', text: snippet(n) });
      if (name === 'Function') out.push({ kind: 'function-constructor', text: snippet(n) });
      if (name === 'importScripts') out.push({ kind: 'import-scripts', text: snippet(n) });
      if ((name === 'setTimeout' || name === 'setInterval') && args[0] && (ts.isStringLiteralLike(args[0]) || ts.isTemplateExpression(args[0]))) {
        out.push({ kind: 'string-timer', text: snippet(n) });
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(file);
  return out;
}
