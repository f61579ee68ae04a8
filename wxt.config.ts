import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { buildManifest } from './lib/platform/manifest';
import { withoutInnerHtml } from './lib/platform/no-inner-html';
import { asPopupModule } from './lib/platform/popup-app-build';
import { withoutPolyfill } from './lib/platform/without-polyfill';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // The e2e build (hooks on) goes to its own folder: `.output/` holds only what ships.
  outDir: process.env.STARDEX_E2E === '1' ? '.output-e2e' : '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Preact instead of React: the popup and the side panel stay small (popup ≤ 60 KB gzipped).
  vite: () => ({
    // Preact's one innerHTML assignment (dangerouslySetInnerHTML, which we never use) is taken out.
    plugins: [preact(), withoutInnerHtml()],
    // The sandbox origin baked into dev builds (see lib/config.ts); empty in production builds.
    define: {
      __DEV_SANDBOX_URL__: JSON.stringify(process.env.STARDEX_DEV_SANDBOX_URL ?? ''),
      // The sandbox's demo key, only in a build made for the sandbox (npm start, npm run demo).
      __DEV_SANDBOX_KEY__: JSON.stringify(process.env.STARDEX_DEV_SANDBOX_URL ? 'sbx_demo_key' : ''),
      // Test hooks (lib/ways-in/register.ts) only in the e2e build.
      __E2E_HOOKS__: JSON.stringify(process.env.STARDEX_E2E === '1'),
    },
  }),
  manifest: ({ browser, manifestVersion }) => buildManifest(browser, manifestVersion),
  hooks: {
    // The popup opens on two files, both without the polyfill (lib/platform/without-polyfill.ts):
    // popup-boot.js, and popup-app.js, one ES module (lib/platform/popup-app-build.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      const names = entrypoints.map((entry) => entry.name);
      if (names.includes('popup-app')) asPopupModule(config);
      if (names.includes('popup-boot') || names.includes('popup-app')) withoutPolyfill(config);
    },
  },
  webExt: {
    // `npm start` launches its own Chromium (scripts/start.ts); WXT's runner stays off.
    disabled: true,
  },
});
