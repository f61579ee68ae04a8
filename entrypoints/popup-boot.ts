/**
 * popup-boot.js: a classic script popup.html loads ahead of the popup's modules, which starts the
 * popup's first reads while those load (lib/popup-boot/early-reads.ts says why).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { bootEarlyReads } from '@/lib/popup-boot/early-reads';

export default defineUnlistedScript(() => bootEarlyReads(location.search));
