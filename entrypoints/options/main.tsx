import { render } from 'preact';
import { I18n } from '../../components/i18n';
import { localizePage } from '../../dom/localize';
import { t } from '../../ext/i18n';
import { downloadText } from './files';
import { Options } from './Options';
import { connectStore } from './store';
import './options.css';

localizePage(document, t);
render(
  <I18n.Provider value={t}>
    <Options store={connectStore()} download={downloadText} />
  </I18n.Provider>,
  document.getElementById('app')!,
);
