import { render } from 'preact';
import { downloadText } from './files';
import { Options } from './Options';
import { connectStore } from './store';
import './options.css';

render(<Options store={connectStore()} download={downloadText} />, document.getElementById('app')!);
