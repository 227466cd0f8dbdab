import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { FIRST_RENDER_MARK, markOnce } from '../../components/popup/render-marks';
import '../../components/shared/base.css';
import '../../components/popup/popup.css';

render(<PopupApp />, document.getElementById('app')!);
// Preact renders synchronously: the popup's first view is in the DOM now.
markOnce(FIRST_RENDER_MARK);
