import { render } from 'preact';
import { I18n } from '../../components/i18n';
import { localizePage } from '../../dom/localize';
import { t } from '../../ext/i18n';
import { loadReaderPrefs } from '../../ext/reader-prefs';
import { Reader } from './Reader';
import { readerSource } from './source';
import './reader.css';

// reader.html?key=K shows the Extraction stored under `reader:K` in storage.session; an optional
// &url= names the page, for the link back when that data is gone. The preferences are read first
// so the page does not flash in the wrong theme.
// Both reads start at once (two storage round trips in parallel, not one after the other).
const params = new URLSearchParams(location.search);
const source = readerSource(params.get('key'));
const article = source.extraction();
article.catch(() => undefined); // Reader reports a failed read; no unhandled rejection before it
localizePage(document, t);
void loadReaderPrefs().then((prefs) =>
  render(
    <I18n.Provider value={t}>
      <Reader source={{ ...source, extraction: () => article }} initialPrefs={prefs} fallbackUrl={params.get('url') ?? undefined} />
    </I18n.Provider>,
    document.getElementById('app')!,
  ),
);
