/**
 * The popup's two scripts are built without webextension-polyfill (issue 14); everything else
 * keeps it through WXT's module, as the stack says.
 * - popup-boot.js only starts the first reads, and the polyfill was two thirds of it (15 → 5 KB).
 * - popup-app.js: imported as an ES module, the polyfill's CommonJS export is copied property by
 *   property, which makes the browser set up every API namespace the extension may use (windows,
 *   notifications, context menus…) before the popup's first line runs. Measured A/B, 40–60
 *   alternated opens, form ready median: −3.5 %, −0.4 %, −6.6 % (ratios of pairs 0.965, 0.996, 0.931).
 * Neither needs it: every call they make (storage get/set, tabs query/get/sendMessage,
 * runtime.sendMessage, permissions.request) returns a promise natively in Chrome and Edge MV3
 * and in Firefox; they register no message listener, whose promise answers older Chrome needs the
 * polyfill for (Biome refuses the router in the pages' UI code, biome.json).
 */
import { fileURLToPath } from 'node:url';
import type { InlineConfig } from 'vite';

const nativeBrowser = fileURLToPath(new URL('./native-browser.ts', import.meta.url));

/** Resolves `wxt/browser` to WXT's own, and any `webextension-polyfill` import to it. */
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
