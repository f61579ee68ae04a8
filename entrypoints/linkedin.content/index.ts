import { LINKEDIN_MATCHES } from '@/lib/platform/manifest';

export default defineContentScript({
  matches: LINKEDIN_MATCHES,
  runAt: 'document_idle',
  main() {
    // Wired in lib/content.
  },
});
