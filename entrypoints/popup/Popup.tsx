import { browser } from '#imports';
import { useEffect, useState } from 'preact/hooks';
import { EvidenceExport } from '../../components/EvidenceExport';
import { ScriptToggle } from '../../components/ScriptToggle';
import { SpamList } from '../../components/SpamList';
import { Switch } from '../../components/Switch';
import { useT } from '../../components/i18n';
import type { ScriptChoice } from '../../core/convert/variants';
import { plural } from '../../core/i18n';
import type { TabState } from '../../core/messages';
import { storageErrorMessage, type Repair } from '../../core/options';
import { PART_LABELS } from '../../core/settings-file';
import type { SiteSettings, TraditionalVariant } from '../../core/settings';
import type { TabLink } from './tab';

export function Popup({ tab }: { tab: TabLink }) {
  const t = useT();
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  const [script, setScriptState] = useState<ScriptChoice>('original');
  const [site, setSite] = useState<SiteSettings | null>(null);
  const [traditional, setTraditional] = useState<TraditionalVariant>('s2tw');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [repairs, setRepairs] = useState<Repair[]>([]);

  useEffect(() => {
    void tab.state().then(async (s) => {
      if (s) {
        const [conv, cfg] = await Promise.all([tab.script(), tab.settings(s.host).catch(() => null)]);
        setScriptState(conv.script);
        if (cfg) {
          setSite(cfg.site);
          setTraditional(cfg.traditional);
        }
      }
      setState(s);
      // The page answered, so it can be read: its article is extracted now (after the popup's
      // own questions to the page, not in front of them), for the reader-open click to find ready,
      // and the converter a script click would use is put in place.
      if (s) {
        tab.prepareReader();
        tab.prepareConvert();
      }
    });
    void tab.repairs().then(setRepairs, () => undefined);
  }, [tab]);
  const acknowledge = async () => {
    try {
      await tab.acknowledgeRepairs(repairs.map((r) => r.part));
      setRepairs([]);
    } catch (e) {
      setError(storageErrorMessage(e, t));
    }
  };

  const update = (p: Promise<TabState | null>) =>
    p.then((s) => (s ? (setState(s), setError(null)) : setError(t('errPageNoResponse')))).catch((e: unknown) => setError(storageErrorMessage(e, t)));
  const saveSite = async (change: Partial<SiteSettings>) => {
    if (!state || !site) return;
    try {
      await tab.saveSite(state.host, change);
      setSite({ ...site, ...change });
    } catch (e) {
      setError(storageErrorMessage(e, t));
    }
  };
  const chooseScript = async (next: ScriptChoice) => {
    setBusy(true);
    const r = await tab.setScript(next);
    setBusy(false);
    setScriptState(r.script);
    setError(r.error ?? null);
    if (!r.error && site && site.script !== 'original' && next !== 'original') await saveSite({ script: next });
  };
  const chooseTraditional = async (v: TraditionalVariant) => {
    const before = traditional;
    setTraditional(v);
    try {
      await tab.saveTraditional(v);
    } catch (e) {
      setTraditional(before);
      setError(storageErrorMessage(e, t));
      return;
    }
    if (script !== 'original' && script !== 't2s') await chooseScript(v);
  };
  const openReader = async () => {
    setBusy(true);
    const r = await tab.openReader();
    setBusy(false);
    if (r.opened) window.close();
    else setError(r.message);
  };

  if (state === undefined) return <main class="popup" aria-busy="true" />;
  if (state === null)
    return (
      <main class="popup">
        <Header host="" />
        <p class="notice" role="status">{t('popupCannotRun')}</p>
        <span data-testid="spam-count" hidden>0</span>
      </main>
    );

  const { report } = state;
  return (
    <main class="popup">
      <Header host={state.host} />
      <section class="count" aria-live="polite">
        <strong data-testid="spam-count">{report.count}</strong>
        <span>{state.cleanup ? plural(t, 'popupHidden', report.count) : t('popupCleanupOff')}</span>
      </section>
      <section class="controls" aria-label={t('popupCleanupSection')}>
        <Switch label={t('popupCleanupSite')} testId="cleanup-toggle" checked={state.cleanup} onChange={(on) => update(tab.setCleanup(state.host, on))} />
        <Switch label={t('popupReveal')} testId="reveal-toggle" checked={state.reveal} disabled={!state.cleanup} onChange={(on) => update(tab.setReveal(on))} />
      </section>
      <section class="controls" aria-label={t('readerView')}>
        <button type="button" class="primary" data-testid="reader-open" disabled={busy} onClick={() => void openReader()}>
          {t('readerView')}
        </button>
        <Switch label={t('popupReaderAuto')} testId="reader-auto" checked={site?.reader ?? false} disabled={!site} onChange={(on) => void saveSite({ reader: on })} />
      </section>
      <section class="controls" aria-label={t('scriptSection')}>
        <ScriptToggle script={script} traditional={traditional} busy={busy} onScript={(s) => void chooseScript(s)} onTraditional={(v) => void chooseTraditional(v)} />
        <Switch
          label={t('popupScriptRemember')}
          testId="script-remember"
          checked={(site?.script ?? 'original') !== 'original'}
          disabled={!site || (script === 'original' && site.script === 'original')}
          onChange={(on) => void saveSite({ script: on ? script : 'original' })}
        />
      </section>
      {error && (
        <p class="error" role="alert" data-testid="popup-error">
          {error}
        </p>
      )}
      {repairs.length > 0 && (
        <div class="notice" role="status" data-testid="repair-notice">
          <p>{t('popupRepairText', repairs.map((r) => t(PART_LABELS[r.part])).join(t('listSeparator')))}</p>
          <button type="button" data-testid="repair-ok" onClick={() => void acknowledge()}>
            {t('popupRepairOk')}
          </button>
        </div>
      )}
      {state.cleanup && <SpamList items={report.items} />}
      <EvidenceExport report={report} places={tab.places} version={browser.runtime.getManifest().version} pageTitle={() => browser.tabs.query({}).then((ts) => ts.find((t) => t.url === report.url)?.title)} />
    </main>
  );
}

function Header({ host }: { host: string }) {
  const t = useT();
  return (
    <header class="head">
      <img src="/icon/32.png" alt="" width="20" height="20" />
      <h1>{t('extShortName')}</h1>
      {host && (
        <span class="host" title={host}>
          {host}
        </span>
      )}
      <button type="button" class="options" data-testid="open-options" style={host ? undefined : { marginLeft: 'auto' }} onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popupOptions')}
      </button>
    </header>
  );
}
