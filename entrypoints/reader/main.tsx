import { render } from 'preact';
import { loadReaderPrefs } from '../../ext/reader-prefs';
import { Reader } from './Reader';
import { readerSource } from './source';
import './reader.css';

// reader.html?key=K shows the Extraction stored under `reader:K` in storage.session; an optional
// &url= names the page, for the link back when that data is gone. The preferences are read first
// so the page does not flash in the wrong theme.
const params = new URLSearchParams(location.search);
void loadReaderPrefs().then((prefs) =>
  render(
    <Reader source={readerSource(params.get('key'))} initialPrefs={prefs} fallbackUrl={params.get('url') ?? undefined} />,
    document.getElementById('app')!,
  ),
);
