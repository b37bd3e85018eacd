/**
 * The phrase table as text: edit it all at once, import a file into it, export it. Text and files
 * go through parsePhraseText (core/options.ts): one bad line refuses the whole text, every bad
 * line listed with its number (a button that selects the line in the text area), nothing saved.
 */
import { useRef, useState } from 'preact/hooks';
import { formatPhraseText, mergePhrases, parsePhraseText, type TextProblem } from '../core/options';
import { MAX_PHRASES, type Phrase } from '../core/phrases';
import { dateStamp } from '../core/settings-file';
import { useT } from './i18n';

/** A phrase file is small; a bigger one is a wrong choice of file, refused before it is read. */
const MAX_FILE_BYTES = 1_000_000;
/** Errors listed one by one; the rest are counted. */
const LISTED = 20;

export interface PhraseBulkProps {
  phrases: Phrase[];
  /** Saves the whole table; resolves false if it was not saved (the page says why). */
  onSave(next: Phrase[]): Promise<boolean>;
  /** Offers `text` to the user as a file download. */
  onDownload(name: string, text: string, type: string): void;
  /** Today, for file names (a test passes a fixed one). */
  now?: () => Date;
}

interface Problems {
  /** What was read: the text area, or a file's name. */
  source: 'text' | string;
  errors: TextProblem[];
}

export function PhraseBulk({ phrases, onSave, onDownload, now = () => new Date() }: PhraseBulkProps) {
  const t = useT();
  /** The text being edited; null while it is untouched (it then follows the stored table). */
  const [draft, setDraft] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problems | null>(null);
  const [status, setStatus] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  const text = draft ?? formatPhraseText(phrases);

  const saveAll = async () => {
    const r = parsePhraseText(text, t);
    if (!r.ok) return setProblems({ source: 'text', errors: r.errors });
    setProblems(null);
    if (!(await onSave(r.phrases))) return;
    setDraft(null);
    setStatus(t('bulkSaved', r.phrases.length));
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again after fixing it
    if (!file) return;
    setStatus('');
    if (file.size > MAX_FILE_BYTES) return setProblems({ source: file.name, errors: [{ line: null, message: t('bulkFileTooLarge', Math.round(file.size / 1024)) }] });
    const r = parsePhraseText(await file.text(), t);
    if (!r.ok) return setProblems({ source: file.name, errors: r.errors });
    const merged = mergePhrases(phrases, r.phrases);
    if (merged.phrases.length > MAX_PHRASES) {
      return setProblems({ source: file.name, errors: [{ line: null, message: t('bulkMergedTooMany', merged.phrases.length, MAX_PHRASES) }] });
    }
    setProblems(null);
    if (!(await onSave(merged.phrases))) return;
    setDraft(null);
    setStatus(t('bulkImported', file.name, merged.added, merged.updated));
  };

  const selectLine = (line: number) => {
    const el = area.current;
    if (!el) return;
    const lines = el.value.split('\n');
    const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    el.focus();
    el.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
  };

  const stamp = dateStamp(now());
  return (
    <div class="phrase-bulk">
      <div class="field">
        <label for="phrase-text">{t('bulkTextLabel')}</label>
        <p class="hint" id="phrase-text-hint">
          {t('bulkTextHint')}
        </p>
        <textarea
          id="phrase-text"
          ref={area}
          rows={8}
          spellcheck={false}
          value={text}
          aria-describedby={problems?.source === 'text' ? 'phrase-text-hint phrase-problems' : 'phrase-text-hint'}
          aria-invalid={problems?.source === 'text' ? true : undefined}
          data-testid="phrase-text"
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
      </div>
      <div class="button-row">
        <button type="button" class="primary" data-testid="phrase-text-save" onClick={() => void saveAll()}>
          {t('bulkSave')}
        </button>
        <button type="button" disabled={draft === null} onClick={() => (setDraft(null), setProblems(null))}>
          {t('bulkRevert')}
        </button>
      </div>
      <div class="button-row">
        <label class="button file-button">
          {t('bulkImport')}
          <input
            type="file"
            accept=".txt,.tsv,.csv,.json,text/plain,application/json"
            class="visually-hidden"
            data-testid="phrase-import"
            onChange={(e) => void importFile(e.currentTarget)}
          />
        </label>
        <button type="button" data-testid="phrase-export-text" onClick={() => onDownload(`qingdu-phrases-${stamp}.txt`, formatPhraseText(phrases), 'text/plain')}>
          {t('bulkExportText')}
        </button>
        <button
          type="button"
          data-testid="phrase-export-json"
          onClick={() => onDownload(`qingdu-phrases-${stamp}.json`, `${JSON.stringify(phrases, null, 1)}\n`, 'application/json')}
        >
          {t('bulkExportJson')}
        </button>
      </div>
      {problems && (
        <div class="problems" id="phrase-problems" role="alert" data-testid="phrase-problems">
          <p>
            {problems.source === 'text' ? t('bulkTextErrors', problems.errors.length) : t('bulkFileErrors', problems.source, problems.errors.length)}
          </p>
          <ul>
            {problems.errors.slice(0, LISTED).map((e, i) => (
              <li key={i}>
                {e.line === null ? (
                  e.message
                ) : problems.source === 'text' ? (
                  <>
                    <button type="button" class="link" onClick={() => selectLine(e.line!)}>
                      {t('bulkLine', e.line)}
                    </button>
                    {t('bulkLineMessage', e.message)}
                  </>
                ) : (
                  t('bulkLineError', e.line, e.message)
                )}
              </li>
            ))}
            {problems.errors.length > LISTED && <li>{t('bulkMoreErrors', problems.errors.length - LISTED)}</li>}
          </ul>
        </div>
      )}
      <p class="status" role="status">
        {status}
      </p>
    </div>
  );
}
