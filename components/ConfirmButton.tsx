/**
 * A button for something that cannot be undone: the first press asks, in place, with the safe
 * answer focused; Escape or 取消 puts the focus back on the button. Inline rather than a modal
 * dialog or window.confirm, so the question sits where the user is looking and reads in order.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from './i18n';

export interface ConfirmButtonProps {
  label: string;
  question: string;
  confirmLabel: string;
  testId?: string;
  onConfirm(): void;
}

export function ConfirmButton({ label, question, confirmLabel, testId, onConfirm }: ConfirmButtonProps) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) cancel.current?.focus();
    else if (wasAsking.current) trigger.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const id = `${testId ?? 'confirm'}-question`;
  if (!asking) {
    return (
      <button type="button" ref={trigger} class="danger" data-testid={testId} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div
      class="confirm"
      role="group"
      aria-labelledby={id}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          setAsking(false);
        }
      }}
    >
      <p id={id}>{question}</p>
      <div class="button-row">
        <button
          type="button"
          class="danger"
          data-testid={testId && `${testId}-confirm`}
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" ref={cancel} data-testid={testId && `${testId}-cancel`} onClick={() => setAsking(false)}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
