import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { withT } from '../tests/i18n';
import { Switch } from './Switch';

describe('Switch', () => {
  it('is a labelled switch that reports the next state', () => {
    const el = document.createElement('div');
    const seen: boolean[] = [];
    render(withT(<Switch label="清理此网站" checked testId="t" onChange={(v) => seen.push(v)} />), el);
    const b = el.querySelector('[data-testid=t]') as HTMLButtonElement;
    expect(b.getAttribute('role')).toBe('switch');
    expect(b.getAttribute('aria-checked')).toBe('true');
    expect(b.textContent).toContain('清理此网站');
    b.click();
    expect(seen).toEqual([false]);
  });
});
