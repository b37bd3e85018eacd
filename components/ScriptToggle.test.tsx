import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { withT } from '../tests/i18n';
import type { ScriptChoice } from '../core/convert/variants';
import type { TraditionalVariant } from '../core/settings';
import { ScriptToggle } from './ScriptToggle';

const mount = (script: ScriptChoice, traditional: TraditionalVariant = 's2hk') => {
  const el = document.createElement('div');
  const chosen: ScriptChoice[] = [];
  const variants: TraditionalVariant[] = [];
  render(withT(<ScriptToggle script={script} traditional={traditional} onScript={(s) => chosen.push(s)} onTraditional={(v) => variants.push(v)} />), el);
  const q = (id: string) => el.querySelector(`[data-testid=${id}]`) as HTMLElement;
  return { el, q, chosen, variants };
};

describe('ScriptToggle', () => {
  it('shows the current script as pressed, in a labelled group', () => {
    const { el, q } = mount('s2hk');
    expect(el.querySelector('[role=group]')!.getAttribute('aria-label')).toBe('简繁转换');
    expect(q('script-traditional').getAttribute('aria-pressed')).toBe('true');
    expect(q('script-original').getAttribute('aria-pressed')).toBe('false');
    expect(mount('t2s').q('script-simplified').getAttribute('aria-pressed')).toBe('true');
    expect(mount('original').q('script-original').getAttribute('aria-pressed')).toBe('true');
  });
  it('繁體 means the chosen variant; the variant can be changed', () => {
    const { q, chosen, variants } = mount('original', 's2twp');
    q('script-traditional').click();
    q('script-simplified').click();
    q('script-original').click();
    expect(chosen).toEqual(['s2twp', 't2s', 'original']);
    const select = q('script-variant') as HTMLSelectElement;
    expect(select.value).toBe('s2twp');
    select.value = 's2hk';
    select.dispatchEvent(new Event('change'));
    expect(variants).toEqual(['s2hk']);
  });
});
