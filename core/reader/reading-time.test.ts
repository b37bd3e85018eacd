import { describe, expect, it } from 'vitest';
import { zh } from '../../tests/catalogs';
import { readingMinutes, readingTimeLabel, UNITS_PER_MINUTE } from './reading-time';

describe('readingMinutes', () => {
  it('counts about 400 units a minute, rounded, at least one', () => {
    expect(UNITS_PER_MINUTE).toBe(400);
    expect(readingMinutes(1)).toBe(1);
    expect(readingMinutes(399)).toBe(1);
    expect(readingMinutes(800)).toBe(2);
    expect(readingMinutes(1000)).toBe(3);
    expect(readingMinutes(4000)).toBe(10);
  });

  it('is 0 for nothing, and for values that are not counts', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(-5)).toBe(0);
    expect(readingMinutes(Number.NaN)).toBe(0);
    expect(readingMinutes(Number.POSITIVE_INFINITY)).toBe(0);
  });

  it('labels in Chinese', () => {
    expect(readingTimeLabel(1200, zh)).toBe('约 3 分钟');
    expect(readingTimeLabel(0, zh)).toBe('');
  });
});
