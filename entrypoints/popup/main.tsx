import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import '@/components/styles/tokens.css';
import '@/components/styles/base.css';
import '@/components/styles/form.css';
import './popup.css';

render(<PopupApp search={location.search} />, document.getElementById('app') as HTMLElement);
