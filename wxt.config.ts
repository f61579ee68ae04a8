import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { buildManifest } from './lib/platform/manifest';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Preact instead of React: the popup and the in-page panel stay small (issue 5: popup ≤ 60 KB gzipped).
  vite: () => ({
    plugins: [preact()],
    // The sandbox origin baked into dev builds (see lib/config.ts); empty in production builds.
    define: {
      __DEV_SANDBOX_URL__: JSON.stringify(process.env.STARDEX_DEV_SANDBOX_URL ?? ''),
      // The sandbox's demo key, only in a build made for the sandbox (npm start, npm run demo).
      __DEV_SANDBOX_KEY__: JSON.stringify(process.env.STARDEX_DEV_SANDBOX_URL ? 'sbx_demo_key' : ''),
    },
  }),
  manifest: ({ browser, manifestVersion }) => buildManifest(browser, manifestVersion),
  webExt: {
    // `npm start` launches its own Chromium (scripts/start.ts); WXT's runner stays off.
    disabled: true,
  },
});
