import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/shared/base.css';
import '../../components/popup/popup.css';

render(<PopupApp />, document.getElementById('app')!);
