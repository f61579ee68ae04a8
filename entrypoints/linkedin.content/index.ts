import '@/lib/zod-setup';
import { registerLinkedInContent } from '@/lib/content/register-linkedin';
import { runResilient } from '@/lib/content/resilient-context';
import { LINKEDIN_MATCHES } from '@/lib/platform/manifest';

export default defineContentScript({
  matches: LINKEDIN_MATCHES,
  runAt: 'document_idle',
  // WXT's default also announces each start with window.postMessage, which LinkedIn's own
  // scripts could see; the DOM event it uses otherwise is enough.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // A page can forge WXT's "newer script started" event; only a real retirement stops us.
    runResilient('linkedin', ctx, registerLinkedInContent);
  },
});
