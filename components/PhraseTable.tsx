/**
 * The user phrase table (core/phrases.ts): the pairs with edit and remove, a form to add one, and a
 * filter once the table is long. Pairs are checked by core/options.ts before any save; a refused
 * pair keeps what was typed, with the reason tied to the field.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { checkPhrase, withoutPhrase, withPhrase } from '../core/options';
import { MAX_PHRASES, type Phrase } from '../core/phrases';
import { useT } from './i18n';

/** Below this many pairs a filter is more clutter than help. */
const FILTER_FROM = 10;

export interface PhraseTableProps {
  phrases: Phrase[];
  /** Saves the whole table; resolves false if it was not saved (the page says why). */
  onSave(next: Phrase[]): Promise<boolean>;
}

export function PhraseTable({ phrases, onSave }: PhraseTableProps) {
  const t = useT();
  const [editing, setEditing] = useState<number | null>(null);
  const [filter, setFilter] = useState('');
  const [status, setStatus] = useState('');
  const [focusAfter, setFocusAfter] = useState<'add' | number | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const addFrom = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusAfter === null) return;
    const button = typeof focusAfter === 'number' ? table.current?.querySelector<HTMLElement>(`tr[data-index="${focusAfter}"] .edit`) : null;
    (button ?? addFrom.current)?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  const f = filter.trim();
  const rows = phrases.map((p, i) => [p, i] as const).filter(([[from, to]]) => !f || from.includes(f) || to.includes(f));

  const remove = async (i: number) => {
    const [from] = phrases[i]!;
    if (!(await onSave(withoutPhrase(phrases, i)))) return;
    setEditing(null);
    setStatus(t('phraseRemoved', from));
    setFocusAfter(i < phrases.length - 1 ? i : i > 0 ? i - 1 : 'add');
  };

  return (
    <div class="phrase-table">
      <PhraseForm
        idPrefix="phrase-add"
        others={phrases}
        fromRef={addFrom}
        submitLabel={t('add')}
        testId="phrase-add"
        full={phrases.length >= MAX_PHRASES}
        onSubmit={async (from, to) => {
          if (!(await onSave(withPhrase(phrases, null, from, to)))) return false;
          setStatus(t('phraseAdded', from.trim(), to.trim()));
          return true;
        }}
      />
      <p class="status" role="status">
        {status}
      </p>
      {phrases.length >= FILTER_FROM && (
        <div class="field filter">
          <label for="phrase-filter">{t('phraseFilter')}</label>
          <input id="phrase-filter" type="search" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} />
        </div>
      )}
      {phrases.length ? (
        <div class="table-scroll">
          <table class="phrase-list" ref={table} data-testid="phrase-table">
            <caption class="visually-hidden">{t('phrasesTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('phraseFrom')}</th>
                <th scope="col">{t('phraseTo')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([[from, to], i]) =>
                editing === i ? (
                  <tr key={`edit-${i}`} data-index={i} class="editing">
                    <td colSpan={3}>
                      <PhraseForm
                        idPrefix="phrase-edit"
                        others={withoutPhrase(phrases, i)}
                        initial={[from, to]}
                        autoFocus
                        submitLabel={t('save')}
                        testId="phrase-save"
                        onCancel={() => (setEditing(null), setFocusAfter(i))}
                        onSubmit={async (nf, nt) => {
                          if (!(await onSave(withPhrase(phrases, i, nf, nt)))) return false;
                          setEditing(null);
                          setStatus(t('phraseSaved', nf.trim(), nt.trim()));
                          setFocusAfter(i);
                          return true;
                        }}
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={`${i}-${from}`} data-index={i}>
                    <td class="phrase-from">{from}</td>
                    <td class="phrase-to">{to}</td>
                    <td class="actions">
                      <button type="button" class="edit quiet" aria-label={t('phraseEditLabel', from)} onClick={() => setEditing(i)}>
                        {t('edit')}
                      </button>
                      <button type="button" class="quiet" aria-label={t('phraseRemoveLabel', from)} data-testid="phrase-remove" onClick={() => void remove(i)}>
                        {t('remove')}
                      </button>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
          {f && !rows.length && <p class="empty">{t('phraseFilterNone', f)}</p>}
        </div>
      ) : (
        <p class="empty">{t('phrasesEmpty')}</p>
      )}
      <p class="count">
        {t('phrasesCount', phrases.length, MAX_PHRASES)}
      </p>
    </div>
  );
}

interface PhraseFormProps {
  idPrefix: string;
  others: readonly Phrase[];
  initial?: Phrase;
  fromRef?: { current: HTMLInputElement | null };
  autoFocus?: boolean;
  submitLabel: string;
  testId: string;
  /** The table is full: adding is refused with a message. */
  full?: boolean;
  onSubmit(from: string, to: string): Promise<boolean>;
  onCancel?(): void;
}

/** A pair's two fields: adding a new pair, or editing one in its row (Escape cancels). */
function PhraseForm({ idPrefix, others, initial, fromRef, autoFocus, submitLabel, testId, full, onSubmit, onCancel }: PhraseFormProps) {
  const t = useT();
  const [from, setFrom] = useState(initial?.[0] ?? '');
  const [to, setTo] = useState(initial?.[1] ?? '');
  const [error, setError] = useState('');
  const own = useRef<HTMLInputElement>(null);
  const fromInput = fromRef ?? own;

  useEffect(() => {
    if (!autoFocus) return;
    fromInput.current?.focus();
    fromInput.current?.select();
  }, []);

  const submit = async (e: Event) => {
    e.preventDefault();
    const problem = full ? t('phrasesFull', MAX_PHRASES) : checkPhrase(others, from, to, t);
    if (problem) return setError(problem);
    setError('');
    if ((await onSubmit(from, to)) && !initial) {
      setFrom('');
      setTo('');
      fromInput.current?.focus();
    }
  };
  const errorId = `${idPrefix}-error`;
  const described = error ? errorId : undefined;
  return (
    <form
      class="phrase-form"
      noValidate
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onCancel) {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <div class="field">
        <label for={`${idPrefix}-from`}>{t('phraseFrom')}</label>
        <input
          id={`${idPrefix}-from`}
          ref={fromInput}
          value={from}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          data-testid={`${idPrefix}-from`}
          onInput={(e) => setFrom(e.currentTarget.value)}
        />
      </div>
      <span class="arrow" aria-hidden="true">
        →
      </span>
      <div class="field">
        <label for={`${idPrefix}-to`}>{t('phraseTo')}</label>
        <input
          id={`${idPrefix}-to`}
          value={to}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          data-testid={`${idPrefix}-to`}
          onInput={(e) => setTo(e.currentTarget.value)}
        />
      </div>
      <div class="form-buttons">
        <button type="submit" class="primary" data-testid={testId}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" class="quiet" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
      {error && (
        <p class="error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
