import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { withT } from '../tests/i18n';
import { ConfirmButton } from './ConfirmButton';

let host: HTMLElement;
afterEach(() => host?.remove());

function mount() {
  host = document.body.appendChild(document.createElement('div'));
  let confirmed = 0;
  act(() => {
    render(withT(<ConfirmButton label="恢复默认设置…" question="确定吗？" confirmLabel="恢复默认" testId="reset" onConfirm={() => confirmed++} />), host);
  });
  const q = (id: string) => host.querySelector<HTMLButtonElement>(`[data-testid=${id}]`);
  return { q, confirmed: () => confirmed };
}

describe('ConfirmButton', () => {
  it('asks in place with the safe answer focused, and acts only when confirmed', () => {
    const { q, confirmed } = mount();
    act(() => q('reset')!.click());
    expect(q('reset')).toBeNull();
    const group = host.querySelector('[role=group]')!;
    expect(host.querySelector(`#${group.getAttribute('aria-labelledby')}`)!.textContent).toBe('确定吗？');
    expect(document.activeElement).toBe(q('reset-cancel'));
    expect(confirmed()).toBe(0);
    act(() => q('reset-confirm')!.click());
    expect(confirmed()).toBe(1);
    expect(document.activeElement).toBe(q('reset'));
  });

  it('cancels with the button or Escape, the focus back on the button', () => {
    const { q, confirmed } = mount();
    act(() => q('reset')!.click());
    act(() => q('reset-cancel')!.click());
    expect(document.activeElement).toBe(q('reset'));
    act(() => q('reset')!.click());
    act(() => {
      q('reset-confirm')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(document.activeElement).toBe(q('reset'));
    expect(confirmed()).toBe(0);
  });
});
