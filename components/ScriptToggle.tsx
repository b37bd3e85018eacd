/**
 * The Simplified/Traditional toggle: 原文 / 简体 / 繁體 as one group of pressed-state buttons
 * (TESTING-CONTRACT.md testids), and which 繁體 the third button means.
 */
import type { ScriptChoice } from '../core/convert/variants';
import type { TraditionalVariant } from '../core/settings';

export const TRADITIONAL_LABELS: Record<TraditionalVariant, string> = {
  s2tw: '台灣正體',
  s2twp: '台灣正體＋用語（软件→軟體）',
  s2hk: '香港繁體',
  s2t: 'OpenCC 標準繁體',
};

export interface ScriptToggleProps {
  script: ScriptChoice;
  traditional: TraditionalVariant;
  busy?: boolean;
  disabled?: boolean;
  onScript(next: ScriptChoice): void;
  onTraditional(next: TraditionalVariant): void;
}

export function ScriptToggle({ script, traditional, busy, disabled, onScript, onTraditional }: ScriptToggleProps) {
  const now = script === 'original' ? 'original' : script === 't2s' ? 'simplified' : 'traditional';
  const button = (id: 'original' | 'simplified' | 'traditional', label: string, choice: ScriptChoice, lang?: string) => (
    <button type="button" class="seg" data-testid={`script-${id}`} aria-pressed={now === id} lang={lang} disabled={disabled} onClick={() => onScript(choice)}>
      {label}
    </button>
  );
  return (
    <div class="script" aria-busy={busy}>
      <div class="segmented" role="group" aria-label="简繁转换">
        {button('original', '原文', 'original')}
        {button('simplified', '简体', 't2s', 'zh-Hans')}
        {button('traditional', '繁體', traditional, 'zh-Hant')}
      </div>
      <label class="variant">
        <span>繁體标准</span>
        <select
          data-testid="script-variant"
          value={traditional}
          disabled={disabled}
          onChange={(e) => onTraditional((e.currentTarget as HTMLSelectElement).value as TraditionalVariant)}
        >
          {(Object.keys(TRADITIONAL_LABELS) as TraditionalVariant[]).map((v) => (
            <option value={v} key={v}>
              {TRADITIONAL_LABELS[v]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
