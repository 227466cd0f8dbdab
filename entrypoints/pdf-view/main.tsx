import { render } from 'preact';
import { PdfViewApp } from '../../components/pdf-view/PdfViewApp';
import '../../components/shared/base.css';
import '../../components/pdf-view/pdf-view.css';

render(<PdfViewApp />, document.getElementById('app')!);
