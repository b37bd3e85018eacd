/**
 * The reading view's settings: an "Aa" button opening a small non-modal panel (theme, font, size,
 * line height, width, indent). Native radio groups inside <fieldset>/<legend>, so arrow keys,
 * labels and screen-reader announcements come from the browser. Escape, a click outside, or moving
 * the focus out closes the panel; Escape gives the focus back to the button.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FontScript } from './article-lang';
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

const THEME_LABELS: [ReaderTheme, string][] = [
  ['system', '跟随系统'],
  ['light', '浅色'],
  ['sepia', '米黄'],
  ['dark', '深色'],
];
const WIDTH_LABELS: [ReaderWidth, string][] = [
  ['narrow', '窄'],
  ['medium', '适中'],
  ['wide', '宽'],
];
/** 明体 is what Traditional-Chinese readers call the serif (宋体) style. */
const fontLabels = (script: FontScript): [ReaderFont, string][] => [
  ['sans', '黑体'],
  ['serif', script === 'sc' ? '宋体' : '明体'],
];

export interface ReaderControlsProps {
  prefs: ReaderPrefs;
  script: FontScript;
  onChange(next: ReaderPrefs): void;
}

export function ReaderControls({ prefs, script, onChange }: ReaderControlsProps) {
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
        title="阅读设置"
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">Aa</span>
        <span class="visually-hidden">阅读设置</span>
      </button>
      <div ref={panel} id="reader-settings" class="settings-panel" role="group" aria-label="阅读设置" hidden={!open}>
        <Choice name="theme" legend="主题" value={prefs.theme} options={THEME_LABELS} swatches onChange={(theme) => set({ theme })} />
        <Choice name="font" legend="字体" value={prefs.font} options={fontLabels(script)} onChange={(font) => set({ font })} />
        <Stepper
          id="reader-size"
          label="字号"
          value={String(prefs.fontSize)}
          decLabel="缩小字号"
          incLabel="放大字号"
          canDec={prefs.fontSize > FONT_SIZES[0]}
          canInc={prefs.fontSize < FONT_SIZES[FONT_SIZES.length - 1]!}
          testId="reader-font-size"
          onStep={(dir) => set({ fontSize: stepValue(FONT_SIZES, prefs.fontSize, dir) })}
        />
        <Stepper
          id="reader-leading"
          label="行距"
          value={prefs.lineHeight.toFixed(1)}
          decLabel="减小行距"
          incLabel="增大行距"
          canDec={prefs.lineHeight > LINE_HEIGHTS[0]}
          canInc={prefs.lineHeight < LINE_HEIGHTS[LINE_HEIGHTS.length - 1]!}
          testId="reader-line-height"
          onStep={(dir) => set({ lineHeight: stepValue(LINE_HEIGHTS, prefs.lineHeight, dir) })}
        />
        <Choice name="width" legend="版面宽度" value={prefs.width} options={WIDTH_LABELS} onChange={(width) => set({ width })} />
        <Switch label="段首缩进两字" checked={prefs.indent} testId="reader-indent" onChange={(indent) => set({ indent })} />
        <button type="button" class="reset" onClick={() => onChange({ ...DEFAULT_READER_PREFS })}>
          恢复默认设置
        </button>
      </div>
    </div>
  );
}

interface ChoiceProps<T extends string> {
  name: string;
  legend: string;
  value: T;
  options: [T, string][];
  /** Show each option as a colour swatch of its theme. */
  swatches?: boolean;
  onChange(value: T): void;
}

function Choice<T extends string>({ name, legend, value, options, swatches, onChange }: ChoiceProps<T>) {
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
              {label}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
