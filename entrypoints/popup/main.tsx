import { render } from 'preact';
import { Popup } from './Popup';
import { connectTab } from './tab';
import './popup.css';

// popup.html?tabId=N acts on tab N (TESTING-CONTRACT.md); otherwise on the active tab.
const param = new URLSearchParams(location.search).get('tabId');
render(<Popup tab={connectTab(param === null ? null : Number(param))} />, document.getElementById('app')!);
