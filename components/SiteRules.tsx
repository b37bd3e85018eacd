/**
 * The per-site rules (settings.sites): a table with each site's cleanup, script and automatic
 * reading view, editable in place, and a form to add a site. Every change goes through withSite,
 * so a site set back to all the defaults leaves storage; its row stays on screen (marked 默认) until
 * the page is reloaded, so the control the user is on does not vanish under them.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from './i18n';
import { Switch } from './Switch';
import { TRADITIONAL_LABELS } from './ScriptToggle';
import type { ScriptChoice } from '../core/convert/variants';
import { normalizeHost } from '../core/options';
import { DEFAULT_SITE, siteSettings, withSite, type Settings, type SiteSettings, type TraditionalVariant } from '../core/settings';

const TRADITIONAL_ORDER: TraditionalVariant[] = ['s2tw', 's2twp', 's2hk', 's2t'];

export interface SiteRulesProps {
  settings: Settings;
  /** Saves the whole settings object; resolves false if it was not saved (the page says why). */
  onSave(next: Settings): Promise<boolean>;
}

export function SiteRules({ settings, onSave }: SiteRulesProps) {
  const t = useT();
  /** Hosts added or edited on this page: listed even when back at the defaults (not stored). */
  const [pinned, setPinned] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [focusHost, setFocusHost] = useState<string | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const addInput = useRef<HTMLInputElement>(null);

  const hosts = [...new Set([...Object.keys(settings.sites), ...pinned])].sort();
  const pin = (host: string) => setPinned((p) => (p.includes(host) ? p : [...p, host]));

  const change = async (host: string, c: Partial<SiteSettings>) => {
    pin(host);
    await onSave(withSite(settings, host, c));
  };
  const remove = async (host: string) => {
    const i = hosts.indexOf(host);
    if (host in settings.sites && !(await onSave(withSite(settings, host, DEFAULT_SITE)))) return;
    setPinned((p) => p.filter((h) => h !== host));
    setStatus(t('sitesRemoved', host));
    // The focus goes to the next row's delete button (or the previous one, or the add form).
    setFocusHost(hosts[i + 1] ?? hosts[i - 1] ?? '');
  };

  useEffect(() => {
    if (focusHost === null) return;
    const row = [...(table.current?.rows ?? [])].find((r) => r.dataset.host === focusHost);
    const target = row?.querySelector<HTMLElement>('.remove');
    (target ?? addInput.current)?.focus();
    setFocusHost(null);
  }, [focusHost]);

  const add = async (host: string, site: SiteSettings): Promise<boolean> => {
    const next = withSite(settings, host, site);
    const stored = host in next.sites;
    if (stored && !(await onSave(next))) return false;
    pin(host);
    setStatus(stored ? t('sitesAdded', host) : t('sitesListed', host));
    return true;
  };

  return (
    <div class="site-rules">
      {hosts.length ? (
        <div class="table-scroll">
          <table class="site-table" ref={table} data-testid="site-table">
            <thead>
              <tr>
                <th scope="col">{t('sitesColSite')}</th>
                <th scope="col">{t('sitesCleanup')}</th>
                <th scope="col">{t('scriptSection')}</th>
                <th scope="col">{t('sitesColReader')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {hosts.map((host) => {
                const site = siteSettings(settings, host);
                const stored = host in settings.sites;
                return (
                  <tr key={host} data-host={host} class={stored ? undefined : 'at-default'}>
                    <th scope="row">
                      <span class="host">{host}</span>
                      {!stored && (
                        <span class="tag" title={t('sitesDefaultTitle')}>
                          {t('sitesDefault')}
                        </span>
                      )}
                    </th>
                    <td>
                      <Switch label={t('sitesCleanupHost', host)} checked={site.cleanup} testId="site-cleanup" onChange={(cleanup) => void change(host, { cleanup })} />
                    </td>
                    <td>
                      <ScriptSelect label={t('sitesScriptHost', host)} value={site.script} testId="site-script" onChange={(script) => void change(host, { script })} />
                    </td>
                    <td>
                      <Switch label={t('sitesReaderHost', host)} checked={site.reader} testId="site-reader" onChange={(reader) => void change(host, { reader })} />
                    </td>
                    <td>
                      <button type="button" class="remove quiet" aria-label={t('sitesRemoveHost', host)} data-testid="site-remove" onClick={() => void remove(host)}>
                        {t('remove')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="empty">{t('sitesEmpty')}</p>
      )}
      <p class="status" role="status">
        {status}
      </p>
      <AddSite inputRef={addInput} exists={(h) => hosts.includes(h)} onAdd={add} />
    </div>
  );
}

interface AddSiteProps {
  inputRef: { current: HTMLInputElement | null };
  exists(host: string): boolean;
  onAdd(host: string, site: SiteSettings): Promise<boolean>;
}

function AddSite({ inputRef, exists, onAdd }: AddSiteProps) {
  const t = useT();
  const [text, setText] = useState('');
  const [site, setSite] = useState<SiteSettings>(DEFAULT_SITE);
  const [error, setError] = useState('');

  const submit = async (e: Event) => {
    e.preventDefault();
    const r = normalizeHost(text, t);
    if (!r.ok) return setError(r.error);
    if (exists(r.host)) return setError(t('sitesExists', r.host));
    setError('');
    if (await onAdd(r.host, site)) {
      setText('');
      setSite(DEFAULT_SITE);
      inputRef.current?.focus();
    }
  };

  return (
    <form class="add-site" onSubmit={(e) => void submit(e)} aria-labelledby="add-site-title" noValidate>
      <h3 id="add-site-title">{t('sitesAddTitle')}</h3>
      <div class="field">
        <label for="add-site-host">{t('sitesHostLabel')}</label>
        <input
          id="add-site-host"
          ref={inputRef}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder={t('sitesHostPlaceholder')}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'add-site-hint add-site-error' : 'add-site-hint'}
          data-testid="site-host-input"
          onInput={(e) => {
            setText(e.currentTarget.value);
            if (error) setError('');
          }}
        />
        <p class="hint" id="add-site-hint">
          {t('sitesHostHint')}
        </p>
      </div>
      <div class="add-site-options">
        <Switch label={t('sitesCleanup')} checked={site.cleanup} testId="add-site-cleanup" onChange={(cleanup) => setSite({ ...site, cleanup })} />
        <ScriptSelect label={t('scriptSection')} visibleLabel value={site.script} testId="add-site-script" onChange={(script) => setSite({ ...site, script })} />
        <Switch label={t('sitesReaderAuto')} checked={site.reader} testId="add-site-reader" onChange={(reader) => setSite({ ...site, reader })} />
      </div>
      {error && (
        <p class="error" id="add-site-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="primary" data-testid="site-add">
        {t('add')}
      </button>
    </form>
  );
}

interface ScriptSelectProps {
  label: string;
  /** Show the label beside the select (otherwise it is the select's accessible name only). */
  visibleLabel?: boolean;
  value: ScriptChoice;
  testId?: string;
  onChange(next: ScriptChoice): void;
}

/** 原文 / 简体 / each 繁體 variant, as one native select. */
export function ScriptSelect({ label, visibleLabel, value, testId, onChange }: ScriptSelectProps) {
  const t = useT();
  const select = (
    <select
      class="script-select"
      value={value}
      aria-label={visibleLabel ? undefined : label}
      data-testid={testId}
      onChange={(e) => onChange(e.currentTarget.value as ScriptChoice)}
    >
      <option value="original">{t('scriptOriginalOption')}</option>
      <option value="t2s">{t('scriptSimplified')}</option>
      <optgroup label={t('scriptTraditional')}>
        {TRADITIONAL_ORDER.map((v) => (
          <option key={v} value={v}>
            {t(TRADITIONAL_LABELS[v])}
          </option>
        ))}
      </optgroup>
    </select>
  );
  if (!visibleLabel) return select;
  return (
    <label class="select-field">
      <span>{label}</span>
      {select}
    </label>
  );
}
