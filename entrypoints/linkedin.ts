import '@/lib/zod-setup';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startContentLifecycle } from '@/lib/content/content-lifecycle';
import { registerLinkedInContent } from '@/lib/content/register-linkedin';

// Listed in the manifest by lib/platform/manifest.ts (content_scripts), not by WXT: WXT's
// content-script wrapper dispatches DOM events a page can hear (lib/content/content-lifecycle.ts).
export default defineUnlistedScript(() => {
  registerLinkedInContent(startContentLifecycle());
});
