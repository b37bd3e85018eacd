/**
 * Reading time from the article's reading units (CJK characters + Latin words, core/reader/model.ts),
 * not from words: Chinese has no spaces, so a word count says nothing.
 */
import { plural, type Translate } from '../i18n';

/**
 * Characters per minute of silent reading. China's national curriculum standard for compulsory
 * education (《义务教育语文课程标准（2011年版）》, 课程目标 第三学段/第四学段) asks pupils to read
 * silently at no less than 300 characters a minute by grade 6 and 500 by grade 9; an adult reading
 * news sits between the two, and a round 400 keeps the estimate honest for dense local-news prose.
 * A Latin word (a name, a number, an English term) counts as one unit: about one character's time.
 */
export const UNITS_PER_MINUTE = 400;

/** Whole minutes, at least 1 for any text; 0 only for an empty article. */
export function readingMinutes(units: number): number {
  if (!Number.isFinite(units) || units <= 0) return 0;
  return Math.max(1, Math.round(units / UNITS_PER_MINUTE));
}

/** "约 N 分钟" in the UI's words, or '' when there is nothing to read. */
export function readingTimeLabel(units: number, t: Translate): string {
  const m = readingMinutes(units);
  return m === 0 ? '' : plural(t, 'readingMinutes', m);
}
