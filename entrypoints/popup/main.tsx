import '@/lib/zod-setup';
import { render } from 'preact';
import { loadPopup } from '@/components/popup/load-popup';
import { PopupApp } from '@/components/popup/PopupApp';
import '@/components/styles/tokens.css';
import '@/components/styles/base.css';
import '@/components/styles/form.css';
import '@/components/popup/popup-page.css';

// Phases of the first screen, read by scripts/bench/popup.ts: modules evaluated, data loaded, form-ready.
performance.mark('popup-modules-evaluated');
const load = loadPopup(location.search).then((data) => {
  performance.mark('popup-data-loaded');
  return data;
});
render(<PopupApp load={load} />, document.getElementById('app') as HTMLElement);
