/**
 * The options page (issue 5): per-site rules, the 繁體 variant and the user phrase table, the
 * reading view's defaults, and all settings as one file. State is what storage holds, parsed;
 * every change is one storage write of a value computed by a pure function (core/), shown at once
 * and taken back if the write fails; changes made elsewhere arrive through storage.onChanged.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ConfirmButton } from '../../components/ConfirmButton';
import { PhraseBulk } from '../../components/PhraseBulk';
import { PhraseTable } from '../../components/PhraseTable';
import { RadioGroup } from '../../components/RadioGroup';
import { ReaderDefaults } from '../../components/ReaderDefaults';
import { TRADITIONAL_LABELS } from '../../components/ScriptToggle';
import { SiteRules } from '../../components/SiteRules';
import { storageErrorMessage, type Part, type Repair } from '../../core/options';
import { DEFAULT_READER_PREFS } from '../../core/reader/prefs';
import { DEFAULT_SETTINGS, type TraditionalVariant } from '../../core/settings';
import { MAX_SETTINGS_FILE_CHARS, PART_LABELS, parseSettingsFile, serializeSettingsFile, settingsFileName, type SettingsData } from '../../core/settings-file';
import type { OptionsStore } from './store';

type SectionId = 'sites' | 'script' | 'reader' | 'backup';
const SECTIONS: [SectionId, string][] = [
  ['sites', '网站规则'],
  ['script', '简繁转换'],
  ['reader', '阅读视图'],
  ['backup', '导出 / 导入'],
];
const TRADITIONAL_OPTIONS: [TraditionalVariant, string][] = (['s2tw', 's2twp', 's2hk', 's2t'] as const).map((v) => [v, TRADITIONAL_LABELS[v]]);

export interface OptionsProps {
  store: OptionsStore;
  download(name: string, text: string, type: string): void;
  now?: () => Date;
}

export function Options({ store, download, now = () => new Date() }: OptionsProps) {
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
      (e: unknown) => setLoadError(`无法读取设置（${String(e)}）。`),
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
      setSaveError(storageErrorMessage(e));
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
      setBackup({ text: `已导出 ${name}。` });
      setFileError('');
    } catch (e) {
      setFileError(`导出失败（${String(e)}）。`);
    }
  };

  const importAll = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again
    if (!file) return;
    setBackup(null);
    setFileError('');
    // A byte is at most one character: a file this large cannot be one of ours, and is not read.
    if (file.size > MAX_SETTINGS_FILE_CHARS * 4) return setFileError(`${file.name}：文件太大，不是清读的设置文件。没有导入任何设置。`);
    const r = parseSettingsFile(await file.text());
    if (!r.ok) return setFileError(`${file.name}：${r.error}`);
    if (!(await save(r.data))) return;
    const sites = Object.keys(r.data.settings.sites).length;
    const when = r.exportedAt ? `（导出于 ${new Date(r.exportedAt).toLocaleString('zh-CN')}）` : '';
    setBackup({ text: `已从 ${file.name}${when}导入：${sites} 条网站规则，${r.data.phrases.length} 条词语，以及阅读视图设置。`, notes: r.problems });
  };

  const reset = async () => {
    setBackup(null);
    if (await save({ settings: DEFAULT_SETTINGS, phrases: [], readerPrefs: { ...DEFAULT_READER_PREFS } })) setBackup({ text: '已恢复全部默认设置。' });
  };

  return (
    <Page>
      {repairs.length > 0 && (
        <div class="notice" role="status" data-testid="repair-notice">
          <p>
            <strong>存储中的{repairs.map((r) => PART_LABELS[r.part]).join('、')}已损坏。</strong>
            下面显示的是修复后的内容（无效的部分已去掉或恢复默认），改动任何一项时会一起保存。
          </p>
          <details>
            <summary>修复了什么</summary>
            <ul lang="en">
              {repairs.flatMap((r) => r.problems.map((p, i) => <li key={`${r.part}-${i}`}>{p}</li>))}
            </ul>
          </details>
          <button type="button" onClick={() => void save(Object.fromEntries(repairs.map((r) => [r.part, data[r.part]])))}>
            现在保存修复后的设置
          </button>
        </div>
      )}

      <Section id="sites" title="网站规则">
        <p class="intro">为某个网站单独设置：关闭垃圾内容清理、打开页面时自动转换简繁、自动打开阅读视图。没有规则的网站都会清理垃圾内容、显示原文、不自动打开阅读视图。</p>
        <SiteRules settings={data.settings} onSave={(settings) => save({ settings })} />
      </Section>

      <Section id="script" title="简繁转换">
        <RadioGroup
          name="traditional"
          legend="「繁體」按钮转换成"
          hint="弹出窗口里的「繁體」按钮和转换快捷键使用这种繁體。"
          value={data.settings.traditional}
          options={TRADITIONAL_OPTIONS}
          testId="traditional-variant"
          onChange={(traditional) => void save({ settings: { ...data.settings, traditional } })}
        />
        <h3 id="phrases-title">词语表</h3>
        <p class="intro">
          你自己的转换：页面上的“原词”总是换成“替换为”，优先于 OpenCC 词典，简→繁和繁→简都适用。两边相同可以让某个词不被转换。
        </p>
        <PhraseTable phrases={data.phrases} onSave={(phrases) => save({ phrases })} />
        <details class="bulk">
          <summary>
            <h3>批量编辑、导入和导出词语表</h3>
          </summary>
          <PhraseBulk phrases={data.phrases} onSave={(phrases) => save({ phrases })} onDownload={download} now={now} />
        </details>
      </Section>

      <Section id="reader" title="阅读视图">
        <p class="intro">阅读视图的默认外观。在阅读视图里用“Aa”按钮改动的也是这些设置。</p>
        <ReaderDefaults prefs={data.readerPrefs} onChange={(readerPrefs) => void save({ readerPrefs })} />
      </Section>

      <Section id="backup" title="导出 / 导入">
        <p class="intro">把网站规则、词语表和阅读视图设置存成一个 JSON 文件，用来备份，或搬到另一台电脑、另一个浏览器。</p>
        <div class="button-row">
          <button type="button" class="primary" data-testid="settings-export" onClick={() => void exportAll()}>
            导出全部设置
          </button>
          <label class="button file-button">
            从文件导入…
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
          导入会替换现在的全部设置。文件有任何问题都不会导入，已保存的设置保持不变。
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
        <h3>恢复默认设置</h3>
        <ConfirmButton
          label="恢复默认设置…"
          question="将删除全部网站规则和词语表，阅读视图恢复默认外观。这不能撤销，建议先导出备份。确定吗？"
          confirmLabel="全部恢复默认"
          testId="settings-reset"
          onConfirm={() => void reset()}
        />
      </Section>

      {saveError && (
        <div class="save-error" role="alert" data-testid="save-error">
          <p>{saveError}</p>
          <button type="button" onClick={() => setSaveError('')}>
            知道了
          </button>
        </div>
      )}
    </Page>
  );
}

function Page({ busy, children }: { busy?: boolean; children?: ComponentChildren }) {
  return (
    <div class="options-page">
      <header class="page-head">
        <img src="/icon/32.png" alt="" width="28" height="28" />
        <h1>清读 设置</h1>
      </header>
      <nav class="toc" aria-label="设置分区">
        <ul>
          {SECTIONS.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
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
