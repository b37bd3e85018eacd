import { render } from 'preact';
import { I18n } from '../../components/i18n';
import { localizePage } from '../../dom/localize';
import { t } from '../../ext/i18n';
import { Popup } from './Popup';
import { connectTab } from './tab';
import './popup.css';

// popup.html?tabId=N acts on tab N (TESTING-CONTRACT.md); otherwise on the active tab.
const param = new URLSearchParams(location.search).get('tabId');
localizePage(document, t);
render(
  <I18n.Provider value={t}>
    <Popup tab={connectTab(param === null ? null : Number(param))} />
  </I18n.Provider>,
  document.getElementById('app')!,
);
