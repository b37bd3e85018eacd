/**
 * Reading-view preferences: the shape kept in storage.local under its own key, and its validation
 * (the same contract as core/settings.ts: storage may hold anything; parse keeps what is valid,
 * falls back to the default for what is not, and says what it replaced).
 */

export const READER_PREFS_KEY = 'readerPrefs';
export const READER_PREFS_VERSION = 1;

export const THEMES = ['system', 'light', 'sepia', 'dark'] as const;
export const FONTS = ['sans', 'serif'] as const;
export const WIDTHS = ['narrow', 'medium', 'wide'] as const;
/** px. 18 is the default: a Han character needs more pixels than a Latin letter to stay legible. */
export const FONT_SIZES = [14, 16, 18, 20, 22, 24, 28, 32] as const;
/** Unitless. Han characters fill their em box, so Chinese needs more leading than Latin: ~1.8 by default. */
export const LINE_HEIGHTS = [1.5, 1.6, 1.7, 1.8, 2, 2.2, 2.4] as const;

export type ReaderTheme = (typeof THEMES)[number];
export type ReaderFont = (typeof FONTS)[number];
export type ReaderWidth = (typeof WIDTHS)[number];

export interface ReaderPrefs {
  version: number;
  theme: ReaderTheme;
  /** sans: 黑体; serif: 宋体 (明體 for Traditional text). */
  font: ReaderFont;
  fontSize: number;
  lineHeight: number;
  width: ReaderWidth;
  /** Indent each paragraph's first line by two characters (the print convention). */
  indent: boolean;
}

/** Sans by default: 宋体 at screen sizes is thin on systems without a good CJK serif (SimSun). */
export const DEFAULT_READER_PREFS: Readonly<ReaderPrefs> = Object.freeze({
  version: READER_PREFS_VERSION,
  theme: 'system',
  font: 'sans',
  fontSize: 18,
  lineHeight: 1.8,
  width: 'medium',
  indent: false,
});

const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

/** The nearest step to `v`, if v is a finite number within the steps' range (so a value saved by a
 * version with other steps still lands close); otherwise undefined. */
function snap(steps: readonly number[], v: unknown): number | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < steps[0]! || v > steps[steps.length - 1]!) return undefined;
  return steps.reduce((best, s) => (Math.abs(s - v) < Math.abs(best - v) ? s : best));
}

export function parseReaderPrefs(raw: unknown): { prefs: ReaderPrefs; problems: string[] } {
  const prefs: ReaderPrefs = { ...DEFAULT_READER_PREFS };
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { prefs, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push('reader preferences were not an object; reset to defaults');
    return { prefs, problems };
  }
  const o = raw as Record<string, unknown>;
  const bad = (name: string) => problems.push(`invalid ${name} (${JSON.stringify(o[name])?.slice(0, 40)}); using the default`);

  if (o.theme !== undefined) {
    if (oneOf(THEMES, o.theme)) prefs.theme = o.theme;
    else bad('theme');
  }
  if (o.font !== undefined) {
    if (oneOf(FONTS, o.font)) prefs.font = o.font;
    else bad('font');
  }
  if (o.width !== undefined) {
    if (oneOf(WIDTHS, o.width)) prefs.width = o.width;
    else bad('width');
  }
  if (o.indent !== undefined) {
    if (typeof o.indent === 'boolean') prefs.indent = o.indent;
    else bad('indent');
  }
  for (const [name, steps] of [['fontSize', FONT_SIZES], ['lineHeight', LINE_HEIGHTS]] as const) {
    if (o[name] === undefined) continue;
    const v = snap(steps, o[name]);
    if (v === undefined) bad(name);
    else {
      if (v !== o[name]) problems.push(`${name} ${String(o[name])} is not a step; using ${v}`);
      prefs[name] = v;
    }
  }
  return { prefs, problems };
}

/** The next step of `steps` from `current` in direction `dir` (stays at the ends). */
export function stepValue(steps: readonly number[], current: number, dir: 1 | -1): number {
  const i = steps.indexOf(snap(steps, current) ?? steps[0]!);
  return steps[Math.min(steps.length - 1, Math.max(0, i + dir))]!;
}

/** The measure of each width in em of the body size (a Han character is 1em wide, so em = characters
 * per line). W3C clreq's note on line length (w3c/clreq#555): body text mostly 17–40 characters a
 * line, horizontal lines no longer than 48. */
export const WIDTH_EM: Record<ReaderWidth, number> = { narrow: 32, medium: 36, wide: 40 };
