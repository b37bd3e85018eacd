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

  it('is stopped by a newer copy of the same script, once, and the newer one stays valid', () => {
    const older = start('cleaner');
    const cb = vi.fn();
    older.onInvalidated(cb);
    const newer = start('cleaner');
    expect(older.isInvalid).toBe(true);
    expect(older.signal.aborted).toBe(true);
    expect(newer.isInvalid).toBe(false);
    start('cleaner'); // a third: the first is already stopped, the second stops now
    expect(cb).toHaveBeenCalledTimes(1);
    expect(newer.isInvalid).toBe(true);
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
