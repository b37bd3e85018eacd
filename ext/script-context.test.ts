/**
 * The content script's context (ext/script-context.ts, built in place of WXT's): a newer copy of
 * the same script stops the older one, a gone extension invalidates it, and listeners run once.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from './script-context';

const contexts: ContentScriptContext[] = [];
const start = (name: string) => {
  const ctx = new ContentScriptContext(name);
  contexts.push(ctx);
  return ctx;
};

afterEach(() => {
  // Each test's contexts stop listening (a context stops only on an event or a gone extension).
  vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
  for (const c of contexts.splice(0)) void c.isInvalid;
  vi.restoreAllMocks();
});

describe('ContentScriptContext', () => {
  it('is valid until something invalidates it', () => {
    const ctx = start('cleaner');
    expect(ctx.isInvalid).toBe(false);
    expect(ctx.signal.aborted).toBe(false);
  });

  it('is stopped at once when a newer copy of the same script starts after an update, and says so once', () => {
    const id = fakeBrowser.runtime.id;
    const older = start('cleaner');
    const cb = vi.fn();
    older.onInvalidated(cb);
    // The update: the older copy's extension is gone (its runtime has no id any more); the newer
    // copy, of the same extension, announces itself under the same name.
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    document.dispatchEvent(new Event(`${id}:cleaner:started`));
    expect(older.signal.aborted).toBe(true);
    expect(cb).toHaveBeenCalledTimes(1);
    document.dispatchEvent(new Event(`${id}:cleaner:started`));
    expect(cb).toHaveBeenCalledTimes(1);
  });

  it('is not stopped by the same event while its extension is there (a page dispatching it)', () => {
    const ctx = start('cleaner');
    const cb = vi.fn();
    ctx.onInvalidated(cb);
    document.dispatchEvent(new Event(`${fakeBrowser.runtime.id}:cleaner:started`));
    start('cleaner');
    expect(ctx.signal.aborted).toBe(false);
    expect(ctx.isInvalid).toBe(false);
    expect(cb).not.toHaveBeenCalled();
  });

  it('is not stopped by another script of the extension', () => {
    const cleaner = start('cleaner');
    start('referrer-guard');
    expect(cleaner.isInvalid).toBe(false);
  });

  it('is invalid once the extension is gone (an update or a reload), and says so to its listeners', () => {
    const ctx = start('cleaner');
    const cb = vi.fn();
    const removed = vi.fn();
    ctx.onInvalidated(cb);
    ctx.onInvalidated(removed)();
    expect(ctx.isInvalid).toBe(false);
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    expect(ctx.isInvalid).toBe(true);
    expect(cb).toHaveBeenCalledTimes(1);
    expect(removed).not.toHaveBeenCalled();
  });
});
