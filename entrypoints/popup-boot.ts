/**
 * popup-boot.js: a classic script popup.html loads ahead of popup-app.js, the popup's module; it
 * starts the popup's first reads while that loads (lib/popup-boot/early-reads.ts says why).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { bootEarlyReads } from '@/lib/popup-boot/early-reads';

export default defineUnlistedScript(() => bootEarlyReads(location.search));
