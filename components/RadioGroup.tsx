/**
 * A labelled choice of a few values: native radios in a <fieldset> with a <legend>, so arrow keys,
 * the group's name and the checked value come from the browser (like ReaderControls' choices, as
 * inline controls for a page rather than a panel).
 */
import type { ComponentChildren } from 'preact';

export interface RadioGroupProps<T extends string> {
  /** The radios' name, unique in the page. */
  name: string;
  legend: string;
  value: T;
  options: readonly (readonly [T, ComponentChildren])[];
  /** Optional text under the legend, tied to the group as its description. */
  hint?: string;
  disabled?: boolean;
  testId?: string;
  onChange(value: T): void;
}

export function RadioGroup<T extends string>({ name, legend, value, options, hint, disabled, testId, onChange }: RadioGroupProps<T>) {
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <fieldset class="radio-group" data-testid={testId} aria-describedby={hintId} disabled={disabled}>
      <legend>{legend}</legend>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      <div class="radio-options">
        {options.map(([v, label]) => (
          <label key={v} class="radio-option">
            <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
            <span class="radio-face" data-value={v}>
              {label}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
