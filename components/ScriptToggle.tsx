/**
 * The Simplified/Traditional toggle: 原文 / 简体 / 繁體 as one group of pressed-state buttons
 * (TESTING-CONTRACT.md testids), and which 繁體 the third button means.
 */
import type { ScriptChoice } from '../core/convert/variants';
import type { MessageKey } from '../core/i18n';
import type { TraditionalVariant } from '../core/settings';
import { useT } from './i18n';

/** What each 繁體 variant is called, in the order offered. */
export const TRADITIONAL_LABELS: Record<TraditionalVariant, MessageKey> = {
  s2tw: 'variantS2tw',
  s2twp: 'variantS2twp',
  s2hk: 'variantS2hk',
  s2t: 'variantS2t',
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
  const t = useT();
  const now = script === 'original' ? 'original' : script === 't2s' ? 'simplified' : 'traditional';
  const button = (id: 'original' | 'simplified' | 'traditional', label: string, choice: ScriptChoice) => (
    <button type="button" class="seg" data-testid={`script-${id}`} aria-pressed={now === id} disabled={disabled} onClick={() => onScript(choice)}>
      {label}
    </button>
  );
  return (
    <div class="script" aria-busy={busy}>
      <div class="segmented" role="group" aria-label={t('scriptSection')}>
        {button('original', t('scriptOriginal'), 'original')}
        {button('simplified', t('scriptSimplified'), 't2s')}
        {button('traditional', t('scriptTraditional'), traditional)}
      </div>
      <label class="variant">
        <span>{t('scriptVariant')}</span>
        <select
          data-testid="script-variant"
          value={traditional}
          disabled={disabled}
          onChange={(e) => onTraditional((e.currentTarget as HTMLSelectElement).value as TraditionalVariant)}
        >
          {(Object.keys(TRADITIONAL_LABELS) as TraditionalVariant[]).map((v) => (
            <option value={v} key={v}>
              {t(TRADITIONAL_LABELS[v])}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
