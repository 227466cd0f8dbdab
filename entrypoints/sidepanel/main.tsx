import { render } from 'preact';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import '../../components/shared/base.css';

render(<SidePanelApp />, document.getElementById('app')!);
