/**
 * The reading view's settings: an "Aa" button opening a small non-modal panel (theme, font, size,
 * line height, width, indent). Native radio groups inside <fieldset>/<legend>, so arrow keys,
 * labels and screen-reader announcements come from the browser. Escape, a click outside, or moving
 * the focus out closes the panel; Escape gives the focus back to the button.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../core/i18n';
import type { FontScript } from './article-lang';
import { useT } from './i18n';
import { Stepper } from './Stepper';
import { Switch } from './Switch';
import {
  DEFAULT_READER_PREFS,
  FONT_SIZES,
  LINE_HEIGHTS,
  stepValue,
  type ReaderFont,
  type ReaderPrefs,
  type ReaderTheme,
  type ReaderWidth,
} from '../core/reader/prefs';

const THEME_LABELS: [ReaderTheme, MessageKey][] = [
  ['system', 'themeSystem'],
  ['light', 'themeLight'],
  ['sepia', 'themeSepia'],
  ['dark', 'themeDark'],
];
const WIDTH_LABELS: [ReaderWidth, MessageKey][] = [
  ['narrow', 'widthNarrow'],
  ['medium', 'widthMedium'],
  ['wide', 'widthWide'],
];
/** 明体 is what Traditional-Chinese readers call the serif (宋体) style. */
const fontLabels = (script: FontScript): [ReaderFont, MessageKey][] => [
  ['sans', 'fontSans'],
  ['serif', script === 'sc' ? 'fontSerif' : 'fontSerifTc'],
];

export interface ReaderControlsProps {
  prefs: ReaderPrefs;
  script: FontScript;
  onChange(next: ReaderPrefs): void;
}

export function ReaderControls({ prefs, script, onChange }: ReaderControlsProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const set = (change: Partial<ReaderPrefs>) => onChange({ ...prefs, ...change });

  useEffect(() => {
    if (!open) return;
    (panel.current?.querySelector<HTMLElement>('input:checked') ?? panel.current?.querySelector<HTMLElement>('input, button'))?.focus();
    const outside = (e: Event) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
      button.current?.focus();
    }
  };
  const onFocusOut = (e: FocusEvent) => {
    const next = e.relatedTarget as Node | null;
    if (next && !root.current?.contains(next)) setOpen(false);
  };

  return (
    <div class="reader-controls" ref={root} onKeyDown={onKeyDown} onFocusOut={onFocusOut}>
      <button
        ref={button}
        type="button"
        class="tool aa"
        aria-expanded={open}
        aria-controls="reader-settings"
        data-testid="reader-settings-toggle"
        title={t('readerSettings')}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">Aa</span>
        <span class="visually-hidden">{t('readerSettings')}</span>
      </button>
      <div ref={panel} id="reader-settings" class="settings-panel" role="group" aria-label={t('readerSettings')} hidden={!open}>
        <Choice name="theme" legend={t('readerTheme')} value={prefs.theme} options={THEME_LABELS} swatches onChange={(theme) => set({ theme })} />
        <Choice name="font" legend={t('readerFont')} value={prefs.font} options={fontLabels(script)} onChange={(font) => set({ font })} />
        <Stepper
          id="reader-size"
          label={t('readerFontSize')}
          value={String(prefs.fontSize)}
          decLabel={t('readerFontSmaller')}
          incLabel={t('readerFontLarger')}
          canDec={prefs.fontSize > FONT_SIZES[0]}
          canInc={prefs.fontSize < FONT_SIZES[FONT_SIZES.length - 1]!}
          testId="reader-font-size"
          onStep={(dir) => set({ fontSize: stepValue(FONT_SIZES, prefs.fontSize, dir) })}
        />
        <Stepper
          id="reader-leading"
          label={t('readerLineHeight')}
          value={prefs.lineHeight.toFixed(1)}
          decLabel={t('readerLeadingLess')}
          incLabel={t('readerLeadingMore')}
          canDec={prefs.lineHeight > LINE_HEIGHTS[0]}
          canInc={prefs.lineHeight < LINE_HEIGHTS[LINE_HEIGHTS.length - 1]!}
          testId="reader-line-height"
          onStep={(dir) => set({ lineHeight: stepValue(LINE_HEIGHTS, prefs.lineHeight, dir) })}
        />
        <Choice name="width" legend={t('readerWidth')} value={prefs.width} options={WIDTH_LABELS} onChange={(width) => set({ width })} />
        <Switch label={t('readerIndent')} checked={prefs.indent} testId="reader-indent" onChange={(indent) => set({ indent })} />
        <button type="button" class="reset" onClick={() => onChange({ ...DEFAULT_READER_PREFS })}>
          {t('readerResetDefaults')}
        </button>
      </div>
    </div>
  );
}

interface ChoiceProps<T extends string> {
  name: string;
  legend: string;
  value: T;
  options: [T, MessageKey][];
  /** Show each option as a colour swatch of its theme. */
  swatches?: boolean;
  onChange(value: T): void;
}

function Choice<T extends string>({ name, legend, value, options, swatches, onChange }: ChoiceProps<T>) {
  const t = useT();
  return (
    <fieldset class="choice" data-testid={`reader-${name}`}>
      <legend>{legend}</legend>
      <div class="choice-options">
        {options.map(([v, label]) => (
          <label key={v} class="choice-option">
            <input type="radio" name={`reader-${name}`} value={v} checked={value === v} onChange={() => onChange(v)} />
            <span class="choice-face" data-value={v}>
              {swatches && (
                <span class="swatch" aria-hidden="true">
                  文
                </span>
              )}
              {t(label)}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
