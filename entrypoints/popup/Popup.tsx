import { useEffect, useState } from 'preact/hooks';
import { SpamList } from '../../components/SpamList';
import { Switch } from '../../components/Switch';
import type { TabState } from '../../core/messages';
import type { TabLink } from './tab';

export function Popup({ tab }: { tab: TabLink }) {
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void tab.state().then(setState);
  }, [tab]);

  const update = (p: Promise<TabState | null>) =>
    p.then((s) => (s ? (setState(s), setError(null)) : setError('页面没有响应，请刷新页面后再试。'))).catch((e: unknown) => setError(`设置没有保存：${String(e)}`));

  if (state === undefined) return <main class="popup" aria-busy="true" />;
  if (state === null)
    return (
      <main class="popup">
        <Header host="" />
        <p class="notice" role="status">清读不能在这个页面上运行（浏览器内部页面、扩展商店或尚未加载完的页面）。</p>
        <span data-testid="spam-count" hidden>0</span>
      </main>
    );

  const { report } = state;
  return (
    <main class="popup">
      <Header host={state.host} />
      <section class="count" aria-live="polite">
        <strong data-testid="spam-count">{report.count}</strong>
        <span>{state.cleanup ? '处注入的垃圾内容已隐藏' : '— 此网站的清理已关闭'}</span>
      </section>
      <section class="controls">
        <Switch label="清理此网站" testId="cleanup-toggle" checked={state.cleanup} onChange={(on) => update(tab.setCleanup(state.host, on))} />
        <Switch label="显示已隐藏的内容" testId="reveal-toggle" checked={state.reveal} disabled={!state.cleanup} onChange={(on) => update(tab.setReveal(on))} />
      </section>
      {error && <p class="error" role="alert">{error}</p>}
      {state.cleanup && <SpamList items={report.items} />}
    </main>
  );
}

function Header({ host }: { host: string }) {
  return (
    <header class="head">
      <img src="/icon/32.png" alt="" width="20" height="20" />
      <h1>清读</h1>
      {host && <span class="host" title={host}>{host}</span>}
    </header>
  );
}
