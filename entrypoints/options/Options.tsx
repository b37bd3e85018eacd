/**
 * The options page (issue 5): per-site rules, the 繁體 variant and the user phrase table, the
 * reading view's defaults, and all settings as one file. State is what storage holds, parsed;
 * every change is one storage write of a value computed by a pure function (core/), shown at once
 * and taken back if the write fails; changes made elsewhere arrive through storage.onChanged.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ConfirmButton } from '../../components/ConfirmButton';
import { useT } from '../../components/i18n';
import { PhraseBulk } from '../../components/PhraseBulk';
import { PhraseTable } from '../../components/PhraseTable';
import { RadioGroup } from '../../components/RadioGroup';
import { ReaderDefaults } from '../../components/ReaderDefaults';
import { TRADITIONAL_LABELS } from '../../components/ScriptToggle';
import { SiteRules } from '../../components/SiteRules';
import type { MessageKey } from '../../core/i18n';
import { storageErrorMessage, type Part, type Repair } from '../../core/options';
import { DEFAULT_READER_PREFS } from '../../core/reader/prefs';
import { DEFAULT_SETTINGS, type TraditionalVariant } from '../../core/settings';
import { MAX_SETTINGS_FILE_CHARS, PART_LABELS, parseSettingsFile, serializeSettingsFile, settingsFileName, type SettingsData } from '../../core/settings-file';
import type { OptionsStore } from './store';

type SectionId = 'sites' | 'script' | 'reader' | 'backup';
const SECTIONS: [SectionId, MessageKey][] = [
  ['sites', 'optionsSites'],
  ['script', 'scriptSection'],
  ['reader', 'readerView'],
  ['backup', 'optionsBackup'],
];
const TRADITIONAL_ORDER: TraditionalVariant[] = ['s2tw', 's2twp', 's2hk', 's2t'];

export interface OptionsProps {
  store: OptionsStore;
  download(name: string, text: string, type: string): void;
  now?: () => Date;
}

export function Options({ store, download, now = () => new Date() }: OptionsProps) {
  const t = useT();
  const [data, setData] = useState<SettingsData | null>(null);
  const [loadError, setLoadError] = useState('');
  const [repairs, setRepairs] = useState<Repair[]>([]);
  /** A write that failed (storage full…): shown in a banner that stays in view wherever the user is. */
  const [saveError, setSaveError] = useState('');
  /** An export or an import that failed: shown by its buttons. */
  const [fileError, setFileError] = useState('');
  const [backup, setBackup] = useState<{ text: string; notes?: string[] } | null>(null);
  const latest = useRef<SettingsData | null>(null);
  latest.current = data;

  useEffect(() => {
    // Watch first, so nothing changed while loading is missed (the load then has it anyway).
    const stop = store.watch((changed, repaired) => {
      setData((d) => d && { ...d, ...changed });
      setRepairs((r) => [...r.filter((x) => !(x.part in changed)), ...repaired]);
    });
    store.load().then(
      ({ data, repairs }) => (setData(data), setRepairs(repairs)),
      (e: unknown) => setLoadError(t('optionsLoadFailed', String(e))),
    );
    return stop;
  }, [store]);

  /** Shows `change` at once, writes it in one set(), takes it back if the write fails. */
  const save = async (change: Partial<SettingsData>): Promise<boolean> => {
    const before = latest.current;
    setData((d) => d && { ...d, ...change });
    try {
      await store.save(change);
      setSaveError('');
      setRepairs((r) => r.filter((x) => !(x.part in change)));
      return true;
    } catch (e) {
      if (before) {
        const undo = Object.fromEntries(Object.keys(change).map((k) => [k, before[k as Part]]));
        setData((d) => d && { ...d, ...undo });
      }
      setSaveError(storageErrorMessage(e, t));
      return false;
    }
  };

  if (loadError)
    return (
      <Page>
        <p class="error" role="alert">
          {loadError}
        </p>
      </Page>
    );
  if (!data) return <Page busy />;

  const exportAll = async () => {
    try {
      const fresh = (await store.load()).data;
      const at = now();
      const name = settingsFileName(at);
      download(name, serializeSettingsFile(fresh, at), 'application/json');
      setBackup({ text: t('optionsExported', name) });
      setFileError('');
    } catch (e) {
      setFileError(t('optionsExportFailed', String(e)));
    }
  };

  const importAll = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again
    if (!file) return;
    setBackup(null);
    setFileError('');
    // A byte is at most one character: a file this large cannot be one of ours, and is not read.
    if (file.size > MAX_SETTINGS_FILE_CHARS * 4) return setFileError(t('fileError', file.name, t('fileRefused', t('fileTooLarge', Math.round(file.size / 1024)))));
    const r = parseSettingsFile(await file.text(), t);
    if (!r.ok) return setFileError(t('fileError', file.name, r.error));
    if (!(await save(r.data))) return;
    const sites = Object.keys(r.data.settings.sites).length;
    const counts = t('optionsImportCounts', sites, r.data.phrases.length);
    const text = r.exportedAt
      ? t('optionsImportedAt', file.name, new Date(r.exportedAt).toLocaleString(t('htmlLang')), counts)
      : t('optionsImported', file.name, counts);
    setBackup({ text, notes: r.problems });
  };

  const reset = async () => {
    setBackup(null);
    if (await save({ settings: DEFAULT_SETTINGS, phrases: [], readerPrefs: { ...DEFAULT_READER_PREFS } })) setBackup({ text: t('optionsResetDone') });
  };

  return (
    <Page>
      {repairs.length > 0 && (
        <div class="notice" role="status" data-testid="repair-notice">
          <p>
            <strong>{t('optionsRepairTitle', repairs.map((r) => t(PART_LABELS[r.part])).join(t('listSeparator')))}</strong> {t('optionsRepairText')}
          </p>
          <details>
            <summary>{t('optionsRepairDetails')}</summary>
            <ul lang="en">
              {repairs.flatMap((r) => r.problems.map((p, i) => <li key={`${r.part}-${i}`}>{p}</li>))}
            </ul>
          </details>
          <button type="button" onClick={() => void save(Object.fromEntries(repairs.map((r) => [r.part, data[r.part]])))}>
            {t('optionsRepairSave')}
          </button>
        </div>
      )}

      <Section id="sites" title={t('optionsSites')}>
        <p class="intro">{t('optionsSitesIntro')}</p>
        <SiteRules settings={data.settings} onSave={(settings) => save({ settings })} />
      </Section>

      <Section id="script" title={t('scriptSection')}>
        <RadioGroup
          name="traditional"
          legend={t('optionsVariantLegend')}
          hint={t('optionsVariantHint')}
          value={data.settings.traditional}
          options={TRADITIONAL_ORDER.map((v) => [v, t(TRADITIONAL_LABELS[v])] as const)}
          testId="traditional-variant"
          onChange={(traditional) => void save({ settings: { ...data.settings, traditional } })}
        />
        <h3 id="phrases-title">{t('phrasesTitle')}</h3>
        <p class="intro">
          {t('optionsPhrasesIntro')}
        </p>
        <PhraseTable phrases={data.phrases} onSave={(phrases) => save({ phrases })} />
        <details class="bulk">
          <summary>
            <h3>{t('optionsPhrasesBulk')}</h3>
          </summary>
          <PhraseBulk phrases={data.phrases} onSave={(phrases) => save({ phrases })} onDownload={download} now={now} />
        </details>
      </Section>

      <Section id="reader" title={t('readerView')}>
        <p class="intro">{t('optionsReaderIntro')}</p>
        <ReaderDefaults prefs={data.readerPrefs} onChange={(readerPrefs) => void save({ readerPrefs })} />
      </Section>

      <Section id="backup" title={t('optionsBackup')}>
        <p class="intro">{t('optionsBackupIntro')}</p>
        <div class="button-row">
          <button type="button" class="primary" data-testid="settings-export" onClick={() => void exportAll()}>
            {t('optionsExport')}
          </button>
          <label class="button file-button">
            {t('optionsImport')}
            <input
              type="file"
              accept=".json,application/json"
              class="visually-hidden"
              aria-describedby="import-hint"
              data-testid="settings-import"
              onChange={(e) => void importAll(e.currentTarget)}
            />
          </label>
        </div>
        <p class="hint" id="import-hint">
          {t('optionsImportHint')}
        </p>
        {fileError && (
          <p class="error" role="alert" data-testid="backup-error">
            {fileError}
          </p>
        )}
        <p class="status" role="status" data-testid="backup-status">
          {backup?.text}
        </p>
        {backup?.notes?.length ? (
          <ul class="notes">
            {backup.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        ) : null}
        <h3>{t('optionsResetTitle')}</h3>
        <ConfirmButton
          label={t('optionsReset')}
          question={t('optionsResetQuestion')}
          confirmLabel={t('optionsResetConfirm')}
          testId="settings-reset"
          onConfirm={() => void reset()}
        />
      </Section>

      {saveError && (
        <div class="save-error" role="alert" data-testid="save-error">
          <p>{saveError}</p>
          <button type="button" onClick={() => setSaveError('')}>
            {t('optionsDismiss')}
          </button>
        </div>
      )}
    </Page>
  );
}

function Page({ busy, children }: { busy?: boolean; children?: ComponentChildren }) {
  const t = useT();
  return (
    <div class="options-page">
      <header class="page-head">
        <img src="/icon/32.png" alt="" width="28" height="28" />
        <h1>{t('optionsTitle')}</h1>
      </header>
      <nav class="toc" aria-label={t('optionsToc')}>
        <ul>
          {SECTIONS.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(title)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="options" aria-busy={busy}>
        {children}
      </main>
    </div>
  );
}

function Section({ id, title, children }: { id: SectionId; title: string; children: ComponentChildren }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} class="section">
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
