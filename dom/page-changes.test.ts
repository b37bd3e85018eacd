import { describe, expect, it } from 'vitest';
import { PAGE_WATCH_KEY, pageChangedIn, settle, watchPage } from './page-changes';

/** MutationObserver delivers in a microtask. */
const flush = () => new Promise<void>((r) => setTimeout(r, 0));

function page() {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = '<article><p id="p">正文</p><a href="/x">链接</a></article>';
  return doc;
}

describe('page-changes: has the page moved since its article was extracted?', () => {
  it('reads as changed where no extraction watched (a new document)', () => {
    expect(pageChangedIn(PAGE_WATCH_KEY)).toBe(true);
    expect(pageChangedIn('qingdu-no-such-watch')).toBe(true);
  });

  it('is unchanged right after the extraction, changed after a node, text or attribute change', async () => {
    for (const change of [
      (d: Document) => d.body.append(d.createElement('div')),
      (d: Document) => ((d.getElementById('p')!.firstChild as Text).data = '改了'),
      (d: Document) => d.querySelector('a')!.setAttribute('data-qingdu-spam', 'keyword-list'),
    ]) {
      const doc = page();
      const world: Record<string, unknown> = {};
      const watch = watchPage(doc, world);
      settle(watch);
      await flush();
      expect(watch.changed).toBe(false);
      change(doc);
      await flush();
      expect(watch.changed).toBe(true);
      watch.observer.disconnect();
    }
  });

  it('forgets changes made before the extraction read the page, and keeps one watch per world', async () => {
    const doc = page();
    const world: Record<string, unknown> = {};
    const watch = watchPage(doc, world);
    doc.body.append(doc.createElement('p')); // queued, not yet delivered
    settle(watch);
    await flush();
    expect(watch.changed).toBe(false);
    expect(watchPage(doc, world)).toBe(watch);
    watch.observer.disconnect();
  });

  it('answers from the global the extractor leaves in the tab’s world', async () => {
    const doc = page();
    const g = globalThis as Record<string, unknown>;
    try {
      const watch = watchPage(doc);
      settle(watch);
      expect(pageChangedIn(PAGE_WATCH_KEY)).toBe(false);
      doc.body.remove();
      await flush();
      expect(pageChangedIn(PAGE_WATCH_KEY)).toBe(true);
      watch.observer.disconnect();
    } finally {
      delete g[PAGE_WATCH_KEY];
    }
  });

  it('stops watching after its life: reads as changed, and the next extraction starts a new watch', async () => {
    const doc = page();
    const world: Record<string, unknown> = {};
    const watch = watchPage(doc, world, 10);
    settle(watch);
    expect(watch.changed).toBe(false);
    await new Promise((r) => setTimeout(r, 30));
    expect(watch.changed).toBe(true);
    expect(world[PAGE_WATCH_KEY]).toBeUndefined();
    const next = watchPage(doc, world);
    expect(next).not.toBe(watch);
    settle(next);
    doc.body.append(doc.createElement('p'));
    await flush();
    expect(next.changed).toBe(true);
    // the old one observes no more
    watch.changed = false;
    doc.body.append(doc.createElement('p'));
    await flush();
    expect(watch.changed).toBe(false);
    next.observer.disconnect();
  });
});
