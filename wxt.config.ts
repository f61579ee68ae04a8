import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { popupBuildHooks } from './entrypoints/popup/build';
import { buildManifest } from './lib/platform/manifest';
import { withoutInnerHtml } from './lib/platform/no-inner-html';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // The e2e build (hooks on) goes to its own folder: `.output/` holds only what ships.
  outDir: process.env.STARDEX_E2E === '1' ? '.output-e2e' : '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Preact instead of React: the popup and the side panel stay small.
  vite: () => ({
    // Preact's one innerHTML assignment (dangerouslySetInnerHTML, which we never use) is taken out.
    plugins: [preact(), withoutInnerHtml()],
    // chrono-node's `context.debug(() => console.log(…))` calls only log with its debug option,
    // which the due parser never sets: as pure calls they leave the bundles.
    build: { rolldownOptions: { treeshake: { manualPureFunctions: ['context.debug'] } } },
    // The sandbox origin baked into dev builds (see lib/config.ts); empty in production builds.
    define: {
      __DEV_SANDBOX_URL__: JSON.stringify(process.env.STARDEX_DEV_SANDBOX_URL ?? ''),
      // The sandbox's demo key, only in a build made for the sandbox (npm start, npm run demo).
      __DEV_SANDBOX_KEY__: JSON.stringify(process.env.STARDEX_DEV_SANDBOX_URL ? 'sbx_demo_key' : ''),
      // Test hooks (lib/background/commands-and-menus/register.ts) only in the e2e build.
      __E2E_HOOKS__: JSON.stringify(process.env.STARDEX_E2E === '1'),
    },
  }),
  manifest: ({ browser, manifestVersion }) => buildManifest(browser, manifestVersion),
  // The toolbar popup's page and scripts, built for a fast open (entrypoints/popup/README.md).
  hooks: popupBuildHooks,
  webExt: {
    // `npm start` launches its own Chromium (scripts/start.ts); WXT's runner stays off.
    disabled: true,
  },
});
