import '@/lib/zod-setup';
import { registerLinkedInContent } from '@/lib/content/register-linkedin';
import { LINKEDIN_MATCHES } from '@/lib/platform/manifest';

export default defineContentScript({
  matches: LINKEDIN_MATCHES,
  runAt: 'document_idle',
  // WXT's default also announces each start with window.postMessage, which LinkedIn's own
  // scripts could see; the DOM event it uses otherwise is enough.
  noScriptStartedPostMessage: true,
  main(ctx) {
    registerLinkedInContent(ctx);
  },
});
