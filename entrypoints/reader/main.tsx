import { render } from 'preact';
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
void loadReaderPrefs().then((prefs) =>
  render(
    <Reader source={{ ...source, extraction: () => article }} initialPrefs={prefs} fallbackUrl={params.get('url') ?? undefined} />,
    document.getElementById('app')!,
  ),
);
