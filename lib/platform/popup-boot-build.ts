/**
 * popup-boot.js is built without webextension-polyfill (issue 14). It is the first file the popup
 * loads and its only job is to start the first reads early; the extension page receives each file
 * through the browser process, and the polyfill was two thirds of this one (15 KB → 5 KB).
 * Everything else keeps the polyfill through WXT's module, as the stack says.
 */
import { fileURLToPath } from 'node:url';
import type { InlineConfig } from 'vite';

const nativeBrowser = fileURLToPath(new URL('./native-browser.ts', import.meta.url));

/** Resolves `wxt/browser` to WXT's own and `webextension-polyfill` (@webext-core/messaging's) to it. */
export function withoutPolyfill(config: InlineConfig): void {
  config.resolve ??= {};
  const alias = config.resolve.alias ?? {};
  // WXT's polyfill module is what maps `wxt/browser` to the polyfill; without it, WXT's own applies.
  config.resolve.alias = Array.isArray(alias)
    ? [
        ...alias.filter(({ find }) => find !== 'wxt/browser'),
        { find: 'webextension-polyfill', replacement: nativeBrowser },
      ]
    : {
        ...Object.fromEntries(Object.entries(alias).filter(([find]) => find !== 'wxt/browser')),
        'webextension-polyfill': nativeBrowser,
      };
}
