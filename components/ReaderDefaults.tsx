/**
 * The reading view's preferences (core/reader/prefs.ts) as inline controls for the options page,
 * with a sample paragraph set in them. The same controls as the reading view's "Aa" panel
 * (ReaderControls), laid out for a page instead of a popover; the same steps and labels.
 */
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

const THEMES: [ReaderTheme, string][] = [
  ['system', '跟随系统'],
  ['light', '浅色'],
  ['sepia', '米黄'],
  ['dark', '深色'],
];
const FONTS: [ReaderFont, string][] = [
  ['sans', '黑体'],
  ['serif', '宋体'],
];
const WIDTHS: [ReaderWidth, string][] = [
  ['narrow', '窄'],
  ['medium', '适中'],
  ['wide', '宽'],
];
/** A local-news paragraph (two sentences, long enough to wrap) to judge size and leading by. */
const SAMPLE =
  '本报讯 记者从市交通运输局获悉，城区至高铁站的公交专线将于下月起延长运营时间，末班车推迟至晚上十一点。沿线各站的候车亭同步完成改造，增设了实时到站信息屏。';

export interface ReaderDefaultsProps {
  prefs: ReaderPrefs;
  onChange(next: ReaderPrefs): void;
}

export function ReaderDefaults({ prefs, onChange }: ReaderDefaultsProps) {
  const set = (change: Partial<ReaderPrefs>) => onChange({ ...prefs, ...change });
  const last = <T,>(a: readonly T[]) => a[a.length - 1]!;
  return (
    <div class="reader-defaults">
      <div class="reader-controls-grid">
        <RadioGroup name="defaults-theme" legend="主题" value={prefs.theme} options={THEMES} testId="defaults-theme" onChange={(theme) => set({ theme })} />
        <RadioGroup name="defaults-font" legend="字体" value={prefs.font} options={FONTS} testId="defaults-font" onChange={(font) => set({ font })} />
        <RadioGroup name="defaults-width" legend="版面宽度" value={prefs.width} options={WIDTHS} testId="defaults-width" onChange={(width) => set({ width })} />
        <div class="steppers">
          <Stepper
            id="defaults-size"
            label="字号"
            value={String(prefs.fontSize)}
            decLabel="缩小字号"
            incLabel="放大字号"
            canDec={prefs.fontSize > FONT_SIZES[0]}
            canInc={prefs.fontSize < last(FONT_SIZES)}
            testId="defaults-font-size"
            onStep={(dir) => set({ fontSize: stepValue(FONT_SIZES, prefs.fontSize, dir) })}
          />
          <Stepper
            id="defaults-leading"
            label="行距"
            value={prefs.lineHeight.toFixed(1)}
            decLabel="减小行距"
            incLabel="增大行距"
            canDec={prefs.lineHeight > LINE_HEIGHTS[0]}
            canInc={prefs.lineHeight < last(LINE_HEIGHTS)}
            testId="defaults-line-height"
            onStep={(dir) => set({ lineHeight: stepValue(LINE_HEIGHTS, prefs.lineHeight, dir) })}
          />
          <Switch label="段首缩进两字" checked={prefs.indent} testId="defaults-indent" onChange={(indent) => set({ indent })} />
        </div>
      </div>
      <figure class="reader-preview" data-theme={prefs.theme} data-font={prefs.font}>
        <figcaption>预览</figcaption>
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
        恢复阅读视图的默认设置
      </button>
    </div>
  );
}
