import { render } from 'preact';
import { I18n } from '../../components/i18n';
import { localizePage } from '../../dom/localize';
import { t } from '../../ext/i18n';
import { takeEarlyReads } from '../../ext/reader-early';
import { loadReaderPrefs } from '../../ext/reader-prefs';
import { Reader } from './Reader';
import { readerSource } from './source';
import './reader.css';

// reader.html?key=K shows the Extraction stored under `reader:K` in storage.session; an optional
// &url= names the page, for the link back when that data is gone. The article and the preferences
// are read at once (two storage round trips in parallel, started by reader-early.js in the head
// before these modules have loaded), and the view renders once both are here: the article in the
// right theme in one render, no "loading" render before it.
const params = new URLSearchParams(location.search);
const key = params.get('key');
const early = takeEarlyReads(key);
const source = readerSource(key, early);
const article = source.extraction().catch((e: unknown) => {
  console.warn('[Qingdu] reading view data could not be read:', e);
  return undefined; // the view says to open it again
});
localizePage(document, t);
void Promise.all([article, loadReaderPrefs(early?.prefs)]).then(([extraction, prefs]) =>
  render(
    <I18n.Provider value={t}>
      <Reader source={source} extraction={extraction} initialPrefs={prefs} fallbackUrl={params.get('url') ?? undefined} />
    </I18n.Provider>,
    document.getElementById('app')!,
  ),
);
