/**
 * popup-boot.js: a classic script popup.html loads ahead of popup-app.js, the popup's module; it
 * starts the popup's first reads while that loads (README.md; lib/pages/early-reads.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { bootEarlyReads } from '@/lib/pages/early-reads';

export default defineUnlistedScript(() => bootEarlyReads(location.search));
