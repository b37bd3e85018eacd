import { describe, expect, it } from 'vitest';
import { DEFAULT_READER_PREFS, FONT_SIZES, LINE_HEIGHTS, parseReaderPrefs, stepValue, WIDTH_EM } from './prefs';

describe('parseReaderPrefs', () => {
  it('gives the defaults, silently, when nothing is stored', () => {
    expect(parseReaderPrefs(undefined)).toEqual({ prefs: DEFAULT_READER_PREFS, problems: [] });
    expect(parseReaderPrefs(null)).toEqual({ prefs: DEFAULT_READER_PREFS, problems: [] });
    expect(DEFAULT_READER_PREFS.theme).toBe('system');
  });

  it('keeps a valid value as it is', () => {
    const stored = { version: 1, theme: 'sepia', font: 'serif', fontSize: 22, lineHeight: 2, width: 'wide', indent: true };
    expect(parseReaderPrefs(stored)).toEqual({ prefs: stored, problems: [] });
  });

  it('fills missing fields with defaults without complaint (an older version stored less)', () => {
    const { prefs, problems } = parseReaderPrefs({ theme: 'dark' });
    expect(prefs).toEqual({ ...DEFAULT_READER_PREFS, theme: 'dark' });
    expect(problems).toEqual([]);
  });

  it('resets a value that is not an object, and says so', () => {
    for (const raw of ['dark', 42, true, [1, 2], '{"theme":"dark"}']) {
      const { prefs, problems } = parseReaderPrefs(raw);
      expect(prefs).toEqual(DEFAULT_READER_PREFS);
      expect(problems).toHaveLength(1);
    }
  });

  it('replaces each invalid field by its default and keeps the valid ones', () => {
    const { prefs, problems } = parseReaderPrefs({ theme: 'neon', font: 'serif', fontSize: 'big', lineHeight: -1, width: null, indent: 'yes' });
    expect(prefs).toEqual({ ...DEFAULT_READER_PREFS, font: 'serif' });
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toMatch(/theme.*neon/);
  });

  it('does not take inherited or prototype-like keys as values', () => {
    const raw = JSON.parse('{"__proto__": {"theme": "dark"}, "theme": "constructor"}') as unknown;
    const { prefs } = parseReaderPrefs(raw);
    expect(prefs.theme).toBe('system');
    expect(Object.getPrototypeOf(prefs)).toBe(Object.prototype);
  });

  it('snaps an in-range number that is not a step to the nearest step; rejects out of range and NaN', () => {
    expect(parseReaderPrefs({ fontSize: 19.2 }).prefs.fontSize).toBe(20);
    expect(parseReaderPrefs({ fontSize: 19.2 }).problems).toHaveLength(1);
    expect(parseReaderPrefs({ lineHeight: 1.75 }).prefs.lineHeight).toBe(1.7);
    expect(parseReaderPrefs({ fontSize: 400 }).prefs.fontSize).toBe(DEFAULT_READER_PREFS.fontSize);
    expect(parseReaderPrefs({ fontSize: Number.NaN }).prefs.fontSize).toBe(DEFAULT_READER_PREFS.fontSize);
    expect(parseReaderPrefs({ lineHeight: Number.POSITIVE_INFINITY }).problems).toHaveLength(1);
  });

  it('returns a fresh object each time (callers may change it)', () => {
    const a = parseReaderPrefs(undefined).prefs;
    a.theme = 'dark';
    expect(parseReaderPrefs(undefined).prefs.theme).toBe('system');
  });
});

describe('steps', () => {
  it('are sorted, without duplicates, and contain the defaults', () => {
    for (const [steps, def] of [[FONT_SIZES, DEFAULT_READER_PREFS.fontSize], [LINE_HEIGHTS, DEFAULT_READER_PREFS.lineHeight]] as const) {
      expect([...steps].sort((a, b) => a - b)).toEqual([...steps]);
      expect(new Set(steps).size).toBe(steps.length);
      expect(steps).toContain(def);
    }
  });

  it('step up and down, and stay at the ends', () => {
    expect(stepValue(FONT_SIZES, 18, 1)).toBe(20);
    expect(stepValue(FONT_SIZES, 18, -1)).toBe(16);
    expect(stepValue(FONT_SIZES, 32, 1)).toBe(32);
    expect(stepValue(FONT_SIZES, 14, -1)).toBe(14);
    expect(stepValue(LINE_HEIGHTS, 1.8, 1)).toBe(2);
  });

  it('keep the measure within what Chinese body text tolerates (17–48 characters)', () => {
    for (const em of Object.values(WIDTH_EM)) expect(em >= 17 && em <= 48).toBe(true);
  });
});
