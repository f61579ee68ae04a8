import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readProfile } from '../../../../lib/profile/read-profile';
import '../../../../lib/zod-setup';

/** Answers `{ type: 'readProfile' }` with the project's own reader on the page as it is now. */
export default defineContentScript({
  matches: ['https://*.linkedin.com/*'],
  runAt: 'document_idle',
  main() {
    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id) return;
      if ((message as { type?: unknown } | null)?.type !== 'readProfile') return;
      sendResponse(readProfile(document, location.href));
    });
  },
});
