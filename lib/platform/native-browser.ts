/**
 * What `webextension-polyfill` resolves to in popup-boot.js's build only (lib/platform/
 * popup-boot-build.ts): WXT's own `browser`, the browser's native API. Every call that script
 * makes (storage get, tabs query/get/sendMessage) returns a promise natively in Chrome and Edge
 * MV3 and in Firefox, so the polyfill's 10 KB would only delay the reads it exists to start early.
 */
import { browser } from 'wxt/browser';

export default browser;
