/**
 * The reading view's preferences (core/reader/prefs.ts) as inline controls for the options page,
 * with a sample paragraph set in them. The same controls as the reading view's "Aa" panel
 * (ReaderControls), laid out for a page instead of a popover; the same steps and labels.
 */
import type { MessageKey } from '../core/i18n';
import { useT } from './i18n';
import { RadioGroup } from './RadioGroup';
import { Stepper } from './Stepper';
import { Switch } from './Switch';
import {
  DEFAULT_READER_PREFS,
  FONT_SIZES,
  LINE_HEIGHTS,
  stepValue,
  WIDTH_EM,
  type ReaderFont,
  type ReaderPrefs,
  type ReaderTheme,
  type ReaderWidth,
} from '../core/reader/prefs';

const THEMES: [ReaderTheme, MessageKey][] = [
  ['system', 'themeSystem'],
  ['light', 'themeLight'],
  ['sepia', 'themeSepia'],
  ['dark', 'themeDark'],
];
const FONTS: [ReaderFont, MessageKey][] = [
  ['sans', 'fontSans'],
  ['serif', 'fontSerif'],
];
const WIDTHS: [ReaderWidth, MessageKey][] = [
  ['narrow', 'widthNarrow'],
  ['medium', 'widthMedium'],
  ['wide', 'widthWide'],
];
/** A local-news paragraph (two sentences, long enough to wrap) to judge size and leading by: sample
 * content, not UI, so in Chinese whatever the UI language (the reading view is for Chinese news). */
const SAMPLE =
  '本报讯 记者从市交通运输局获悉，城区至高铁站的公交专线将于下月起延长运营时间，末班车推迟至晚上十一点。沿线各站的候车亭同步完成改造，增设了实时到站信息屏。';

export interface ReaderDefaultsProps {
  prefs: ReaderPrefs;
  onChange(next: ReaderPrefs): void;
}

export function ReaderDefaults({ prefs, onChange }: ReaderDefaultsProps) {
  const t = useT();
  const labels = <T extends string>(list: [T, MessageKey][]) => list.map(([v, k]) => [v, t(k)] as const);
  const set = (change: Partial<ReaderPrefs>) => onChange({ ...prefs, ...change });
  const last = <T,>(a: readonly T[]) => a[a.length - 1]!;
  return (
    <div class="reader-defaults">
      <div class="reader-controls-grid">
        <RadioGroup name="defaults-theme" legend={t('readerTheme')} value={prefs.theme} options={labels(THEMES)} testId="defaults-theme" onChange={(theme) => set({ theme })} />
        <RadioGroup name="defaults-font" legend={t('readerFont')} value={prefs.font} options={labels(FONTS)} testId="defaults-font" onChange={(font) => set({ font })} />
        <RadioGroup name="defaults-width" legend={t('readerWidth')} value={prefs.width} options={labels(WIDTHS)} testId="defaults-width" onChange={(width) => set({ width })} />
        <div class="steppers">
          <Stepper
            id="defaults-size"
            label={t('readerFontSize')}
            value={String(prefs.fontSize)}
            decLabel={t('readerFontSmaller')}
            incLabel={t('readerFontLarger')}
            canDec={prefs.fontSize > FONT_SIZES[0]}
            canInc={prefs.fontSize < last(FONT_SIZES)}
            testId="defaults-font-size"
            onStep={(dir) => set({ fontSize: stepValue(FONT_SIZES, prefs.fontSize, dir) })}
          />
          <Stepper
            id="defaults-leading"
            label={t('readerLineHeight')}
            value={prefs.lineHeight.toFixed(1)}
            decLabel={t('readerLeadingLess')}
            incLabel={t('readerLeadingMore')}
            canDec={prefs.lineHeight > LINE_HEIGHTS[0]}
            canInc={prefs.lineHeight < last(LINE_HEIGHTS)}
            testId="defaults-line-height"
            onStep={(dir) => set({ lineHeight: stepValue(LINE_HEIGHTS, prefs.lineHeight, dir) })}
          />
          <Switch label={t('readerIndent')} checked={prefs.indent} testId="defaults-indent" onChange={(indent) => set({ indent })} />
        </div>
      </div>
      <figure class="reader-preview" data-theme={prefs.theme} data-font={prefs.font}>
        <figcaption>{t('readerPreview')}</figcaption>
        <p
          lang="zh-CN"
          style={{
            fontSize: `${prefs.fontSize}px`,
            lineHeight: String(prefs.lineHeight),
            textIndent: prefs.indent ? '2em' : '0',
            maxWidth: `${WIDTH_EM[prefs.width]}em`,
          }}
        >
          {SAMPLE}
        </p>
      </figure>
      <button type="button" data-testid="defaults-reset" onClick={() => onChange({ ...DEFAULT_READER_PREFS })}>
        {t('readerDefaultsReset')}
      </button>
    </div>
  );
}
