/**
 * The per-site rules (settings.sites): a table with each site's cleanup, script and automatic
 * reading view, editable in place, and a form to add a site. Every change goes through withSite,
 * so a site set back to all the defaults leaves storage; its row stays on screen (marked 默认) until
 * the page is reloaded, so the control the user is on does not vanish under them.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
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
    setStatus(`已删除 ${host} 的规则。`);
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
    setStatus(stored ? `已添加 ${host} 的规则。` : `已列出 ${host}。这些都是默认设置，改动任一项后才会保存。`);
    return true;
  };

  return (
    <div class="site-rules">
      {hosts.length ? (
        <div class="table-scroll">
          <table class="site-table" ref={table} data-testid="site-table">
            <thead>
              <tr>
                <th scope="col">网站</th>
                <th scope="col">清理垃圾内容</th>
                <th scope="col">简繁转换</th>
                <th scope="col">自动阅读视图</th>
                <th scope="col">
                  <span class="visually-hidden">操作</span>
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
                        <span class="tag" title="与默认设置相同，不会保存">
                          默认
                        </span>
                      )}
                    </th>
                    <td>
                      <Switch label={`清理 ${host}`} checked={site.cleanup} testId="site-cleanup" onChange={(cleanup) => void change(host, { cleanup })} />
                    </td>
                    <td>
                      <ScriptSelect label={`${host} 的简繁转换`} value={site.script} testId="site-script" onChange={(script) => void change(host, { script })} />
                    </td>
                    <td>
                      <Switch label={`在 ${host} 自动打开阅读视图`} checked={site.reader} testId="site-reader" onChange={(reader) => void change(host, { reader })} />
                    </td>
                    <td>
                      <button type="button" class="remove quiet" aria-label={`删除 ${host} 的规则`} data-testid="site-remove" onClick={() => void remove(host)}>
                        删除
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="empty">还没有网站规则：所有网站都使用默认设置。</p>
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
  const [text, setText] = useState('');
  const [site, setSite] = useState<SiteSettings>(DEFAULT_SITE);
  const [error, setError] = useState('');

  const submit = async (e: Event) => {
    e.preventDefault();
    const r = normalizeHost(text);
    if (!r.ok) return setError(r.error);
    if (exists(r.host)) return setError(`已经有 ${r.host} 的规则，请在上面的表格里修改。`);
    setError('');
    if (await onAdd(r.host, site)) {
      setText('');
      setSite(DEFAULT_SITE);
      inputRef.current?.focus();
    }
  };

  return (
    <form class="add-site" onSubmit={(e) => void submit(e)} aria-labelledby="add-site-title" noValidate>
      <h3 id="add-site-title">添加网站</h3>
      <div class="field">
        <label for="add-site-host">网站域名</label>
        <input
          id="add-site-host"
          ref={inputRef}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="www.example.cn，或粘贴网址"
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
          规则只对这个域名生效：www.example.cn 和 example.cn 是两个网站。
        </p>
      </div>
      <div class="add-site-options">
        <Switch label="清理垃圾内容" checked={site.cleanup} testId="add-site-cleanup" onChange={(cleanup) => setSite({ ...site, cleanup })} />
        <ScriptSelect label="简繁转换" visibleLabel value={site.script} testId="add-site-script" onChange={(script) => setSite({ ...site, script })} />
        <Switch label="自动打开阅读视图" checked={site.reader} testId="add-site-reader" onChange={(reader) => setSite({ ...site, reader })} />
      </div>
      {error && (
        <p class="error" id="add-site-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="primary" data-testid="site-add">
        添加
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
  const select = (
    <select
      class="script-select"
      value={value}
      aria-label={visibleLabel ? undefined : label}
      data-testid={testId}
      onChange={(e) => onChange(e.currentTarget.value as ScriptChoice)}
    >
      <option value="original">原文（不转换）</option>
      <option value="t2s">简体</option>
      <optgroup label="繁體">
        {TRADITIONAL_ORDER.map((v) => (
          <option key={v} value={v}>
            {TRADITIONAL_LABELS[v]}
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
