/**
 * The floor popup's WXT project: the least a popup built with the same toolchain can
 * do — ask the tab's content script for the profile and show a five-field form. `npm run bench`
 * builds it (`wxt build scripts/bench/floor-popup`) into `.output/bench-floor/chrome-mv3` and
 * times it against the real popup. Nothing here ships.
 */
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export default defineConfig({
  outDir: `${repoRoot}.output/bench-floor`,
  // The real extension's icons: stopServiceWorker parks a tab on icon/16.png.
  publicDir: `${repoRoot}public`,
  hooks: {
    // Only the icons: the real public/ also holds the real popup.html, which would replace the floor's.
    'build:publicAssets': (_wxt, files) => {
      const icons = files.filter((file) => file.relativeDest.startsWith('icon/'));
      files.splice(0, files.length, ...icons);
    },
  },
  // Every import is spelled out; nothing to scan.
  imports: false,
  // Preact the way the main wxt.config.ts adds it.
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Stardex bench floor popup',
    version: '0.0.0',
    // The same host access as the real manifest (LINKEDIN_MATCHES): tabs.get sees LinkedIn tabs.
    host_permissions: ['https://*.linkedin.com/*'],
  },
  webExt: { disabled: true },
});
