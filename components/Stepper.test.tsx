import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { withT } from '../tests/i18n';
import { Stepper } from './Stepper';

describe('Stepper', () => {
  it('is a labelled group with labelled buttons that step the value', () => {
    const el = document.createElement('div');
    const seen: number[] = [];
    render(withT(<Stepper id="s" label="字号" value="18" decLabel="缩小字号" incLabel="放大字号" canDec canInc onStep={(d) => seen.push(d)} />), el);
    const group = el.querySelector('[role=group]')!;
    expect(el.querySelector(`#${group.getAttribute('aria-labelledby')}`)?.textContent).toBe('字号');
    expect(el.querySelector('output')?.textContent).toBe('18');
    el.querySelector<HTMLButtonElement>('[aria-label=放大字号]')!.click();
    el.querySelector<HTMLButtonElement>('[aria-label=缩小字号]')!.click();
    expect(seen).toEqual([1, -1]);
  });

  it('at an end, the button says it is disabled, stays focusable and does nothing', () => {
    const el = document.createElement('div');
    const seen: number[] = [];
    render(withT(<Stepper id="s" label="字号" value="32" decLabel="缩小字号" incLabel="放大字号" canDec canInc={false} onStep={(d) => seen.push(d)} />), el);
    const inc = el.querySelector<HTMLButtonElement>('[aria-label=放大字号]')!;
    expect(inc.getAttribute('aria-disabled')).toBe('true');
    expect(inc.disabled).toBe(false);
    inc.click();
    expect(seen).toEqual([]);
  });
});
