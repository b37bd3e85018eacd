/**
 * The content script's context, in place of WXT's `ContentScriptContext` (wxt.config.ts aliases
 * `wxt/utils/content-script-context` here, so WXT's own entry wrapper constructs this one).
 *
 * Why: cleaner.js runs on every page and has a 40 KB budget (issue 2). WXT's class brings a
 * location watcher, timer wrappers and a logger we never use: 2.5 KB of the bundle. The cleaner
 * uses three members, and this keeps their contract (STYLE.md habit 5: an extension update leaves
 * no orphan):
 * - `signal`: aborted when the context is invalidated;
 * - `onInvalidated(cb)`: cb runs then;
 * - `isInvalid`: true once invalidated, or once the extension is gone (an update or a reload
 *   leaves the old copy running without `runtime.id`), which invalidates it.
 * A newer copy of the same script (injected after an update) stops the older one, as WXT's does:
 * it announces itself with a DOM event named after the extension and the script. The older copy
 * stops only if its extension is gone: the page can dispatch that event too (the name holds only
 * the extension's id, public for a store build), and must not stop a live cleaner with it.
 */
import { browser } from '#imports';

export class ContentScriptContext {
  readonly #abort = new AbortController();

  constructor(name: string) {
    const event = `${browser.runtime?.id}:${name}:started`;
    // Announced before this copy listens: it hears only the copies that start after it.
    document.dispatchEvent(new Event(event));
    document.addEventListener(event, () => this.isInvalid, { signal: this.#abort.signal });
  }

  get signal(): AbortSignal {
    return this.#abort.signal;
  }

  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.#abort.abort();
    return this.#abort.signal.aborted;
  }

  onInvalidated(cb: () => void): () => void {
    this.#abort.signal.addEventListener('abort', cb);
    return () => this.#abort.signal.removeEventListener('abort', cb);
  }
}
