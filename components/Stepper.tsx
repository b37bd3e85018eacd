/** A value with smaller/larger buttons (font size, line height): a labelled group whose value is
 * announced when it changes. A button at its end of the range is aria-disabled, not disabled, so
 * the focus of someone pressing it repeatedly stays on it instead of falling to the page. */
export interface StepperProps {
  id: string;
  label: string;
  value: string;
  decLabel: string;
  incLabel: string;
  canDec: boolean;
  canInc: boolean;
  testId?: string;
  onStep(dir: 1 | -1): void;
}

export function Stepper({ id, label, value, decLabel, incLabel, canDec, canInc, testId, onStep }: StepperProps) {
  return (
    <div class="stepper" role="group" aria-labelledby={`${id}-label`} data-testid={testId}>
      <span class="stepper-label" id={`${id}-label`}>
        {label}
      </span>
      <button type="button" class="step" aria-label={decLabel} title={decLabel} aria-disabled={!canDec} onClick={() => canDec && onStep(-1)}>
        <span aria-hidden="true">−</span>
      </button>
      <output class="stepper-value" aria-live="polite" aria-atomic="true" aria-labelledby={`${id}-label`}>
        {value}
      </output>
      <button type="button" class="step" aria-label={incLabel} title={incLabel} aria-disabled={!canInc} onClick={() => canInc && onStep(1)}>
        <span aria-hidden="true">+</span>
      </button>
    </div>
  );
}
