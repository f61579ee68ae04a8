/**
 * popup-app.js: the toolbar popup's code, built as one ES module with everything its first
 * screen runs, styles included (README.md says why). popup.html loads it after popup-boot.js,
 * which has already started the first reads.
 */
import '@/lib/zod-setup';
import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { loadPopup } from '@/components/popup/load-popup';
import { PopupApp } from '@/components/popup/PopupApp';
import { tabIdFromSearch } from '@/lib/form/tab-param';
import { addPopupStyles } from './styles';

export default defineUnlistedScript(() => {
  // Phases of the first screen, read by scripts/bench/popup.ts: modules evaluated, data loaded, form-ready.
  performance.mark('popup-modules-evaluated');
  const load = loadPopup(location.search).then((data) => {
    performance.mark('popup-data-loaded');
    return data;
  });
  addPopupStyles(document);
  render(
    <PopupApp load={load} tabId={tabIdFromSearch(location.search)} />,
    document.getElementById('app') as HTMLElement,
  );
});
