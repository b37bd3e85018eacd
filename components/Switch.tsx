/** An on/off switch: a button with role="switch", so keyboards and screen readers know it. */
export interface SwitchProps {
  label: string;
  checked: boolean;
  disabled?: boolean;
  testId?: string;
  onChange(next: boolean): void;
}

export function Switch({ label, checked, disabled, testId, onChange }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      class="switch"
      aria-checked={checked}
      disabled={disabled}
      data-testid={testId}
      onClick={() => onChange(!checked)}
    >
      <span class="switch-label">{label}</span>
      <span class="switch-track" aria-hidden="true">
        <span class="switch-thumb" />
      </span>
    </button>
  );
}
