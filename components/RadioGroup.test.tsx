import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { withT } from '../tests/i18n';
import { RadioGroup } from './RadioGroup';

describe('RadioGroup', () => {
  it('is a named group of native radios, the value checked, reporting the choice', () => {
    const el = document.body.appendChild(document.createElement('div'));
    const seen: string[] = [];
    act(() => {
      render(withT(
        <RadioGroup
          name="variant"
          legend="「繁體」指的是"
          hint="弹出窗口里的繁體按钮"
          value="s2hk"
          options={[
            ['s2tw', '台灣正體'],
            ['s2hk', '香港繁體'],
          ]}
          testId="g"
          onChange={(v) => seen.push(v)}
        />),
        el,
      );
    });
    const group = el.querySelector('fieldset')!;
    expect(group.querySelector('legend')!.textContent).toBe('「繁體」指的是');
    expect(el.querySelector(`#${group.getAttribute('aria-describedby')}`)!.textContent).toBe('弹出窗口里的繁體按钮');
    const radios = [...el.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => [r.name, r.value, r.checked, r.closest('label')!.textContent])).toEqual([
      ['variant', 's2tw', false, '台灣正體'],
      ['variant', 's2hk', true, '香港繁體'],
    ]);
    act(() => radios[0]!.click());
    expect(seen).toEqual(['s2tw']);
    el.remove();
  });
});
