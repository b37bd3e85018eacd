/**
 * The page is written by whoever hacked it: before the extraction reads it, take away the two
 * ways its markup can lie to our own code.
 *
 * - Named properties (DOM clobbering, PortSwigger "DOM clobbering"; HTML spec "named access on
 *   the Document object" and HTMLFormElement's named getter, both [LegacyOverrideBuiltIns]): in
 *   the live page `<img name="title">` makes `document.title` an element and `<form name="body">`
 *   makes `document.body` the form; in the page *and in its clone* `<input name="parentNode">`
 *   makes `form.parentNode` the input, so a walk up the tree (Readability's) goes round
 *   input → form → input for ever and the tab freezes. The live document is read through its
 *   prototypes' getters (own()); in the clone, the attributes that name those properties go.
 * - A `<base href>` outside `<head>`: the HTML spec has it in the head, and one in the body is an
 *   injected link hijack (every relative link and image of the article would point at the
 *   attacker's host). The reading view resolves against the document's URL, or a base in the head.
 */

/** `obj[name]` as its prototype chain defines it (getter or method), past any named property the
 * page added on the object itself. Methods come back bound to `obj`. */
export function own<T>(obj: object, name: string): T {
  for (let p: object | null = Object.getPrototypeOf(obj) as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (!d) continue;
    if (d.get) return d.get.call(obj) as T;
    return (typeof d.value === 'function' ? (d.value as (...a: unknown[]) => unknown).bind(obj) : d.value) as T;
  }
  return undefined as T;
}

/** Elements whose name or id becomes a property of their form (HTML "listed" elements, and img). */
const FORM_NAMED = ':is(button,fieldset,input,object,output,select,textarea):is([name],[id]), form img:is([name],[id])';
/** Elements whose name becomes a property of the document (HTML "named access on the Document
 * object": embed, form, iframe, img and object by name, object also by id). */
const DOCUMENT_NAMED = ':is(embed,form,iframe,img,object)[name], object[id]';

/** Removes, in a clone of the page, every attribute that names a property of a form or of the
 * document, and every `<base>` outside the head. Call it first, before anything walks the clone. */
export function neutralize(clone: Document): void {
  const all = own<(s: string) => NodeListOf<Element>>(clone, 'querySelectorAll');
  for (const el of all(FORM_NAMED)) {
    el.removeAttribute('name');
    el.removeAttribute('id');
  }
  for (const el of all(DOCUMENT_NAMED)) {
    el.removeAttribute('name');
    if (el.localName === 'object') el.removeAttribute('id');
  }
  for (const el of all('base')) if (!el.closest('head')) el.remove();
}

/** The base URL the article's relative URLs resolve against: the document's, unless the first
 * `<base href>` (the one the browser uses) is in the head. */
export function trustedBase(doc: Document): string {
  const url = own<string>(doc, 'URL');
  const first = own<(s: string) => Element | null>(doc, 'querySelector')('base[href]');
  return first?.closest('head') ? own<string>(doc, 'baseURI') || url : url;
}
