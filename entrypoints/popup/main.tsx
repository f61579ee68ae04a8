import '@/lib/zod-setup';
import { render } from 'preact';
import { loadPopup } from '@/components/popup/load-popup';
import { PopupApp } from '@/components/popup/PopupApp';
import '@/components/styles/tokens.css';
import '@/components/styles/base.css';
import '@/components/styles/form.css';
import './popup.css';

render(<PopupApp load={loadPopup(location.search)} />, document.getElementById('app') as HTMLElement);
