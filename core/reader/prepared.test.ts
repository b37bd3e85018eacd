import { describe, expect, it } from 'vitest';
import { Prepared, PREPARED_MAX_AGE_MS } from './prepared';

describe('Prepared: articles extracted before the click', () => {
  it('gives a tab its value once, while it is fresh', () => {
    const p = new Prepared<string>();
    p.put(3, 'a', 1000);
    expect(p.take(4, 1001)).toBeUndefined();
    expect(p.take(3, 1000 + PREPARED_MAX_AGE_MS)).toBe('a');
    expect(p.take(3, 1000 + PREPARED_MAX_AGE_MS)).toBeUndefined();
  });

  it('refuses (and forgets) a value older than the limit', () => {
    const p = new Prepared<string>(100);
    p.put(3, 'a', 0);
    expect(p.take(3, 101)).toBeUndefined();
    expect(p.size).toBe(0);
  });

  it('keeps the newest value of a tab, and drops the oldest tab past the limit', () => {
    const p = new Prepared<string>(1000, 2);
    p.put(1, 'old', 0);
    p.put(2, 'b', 1);
    p.put(1, 'new', 2);
    p.put(3, 'c', 3);
    expect(p.size).toBe(2);
    expect(p.take(2, 4)).toBeUndefined();
    expect(p.take(1, 4)).toBe('new');
    expect(p.take(3, 4)).toBe('c');
  });

  it('forgets a tab that navigated or closed', () => {
    const p = new Prepared<string>();
    p.put(5, 'a', 0);
    p.drop(5);
    expect(p.take(5, 1)).toBeUndefined();
  });
});
