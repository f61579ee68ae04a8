/**
 * How WXT builds the toolbar popup (README.md beside this file says why each rule holds). Used
 * in wxt.config.ts as `hooks: popupBuildHooks`:
 * - popup-boot.js (boot.ts) and popup-app.js (app.tsx) are unlisted scripts found here, in the
 *   popup's folder, rather than at the top of entrypoints/;
 * - popup.html (a static page: nothing is added to it at build time) is copied from here;
 * - popup-app.js is built as one ES module with lazy chunks, not WXT's IIFE;
 * - both are built without webextension-polyfill.
 * Each step throws when the WXT internals it relies on are not there, so an upgrade fails the
 * build instead of shipping a popup built the old slow way (wxt-internals.test.ts runs WXT's own
 * builder).
 */
import { fileURLToPath } from 'node:url';
import type { InlineConfig, PluginOption } from 'vite';
import type { Entrypoint, EntrypointInfo, WxtHooks } from 'wxt';

const here = (file: string) => fileURLToPath(new URL(`./${file}`, import.meta.url));

/** The popup's two scripts, by the names popup.html loads them under. */
export const POPUP_SCRIPTS: EntrypointInfo[] = [
  { name: 'popup-boot', inputPath: here('boot.ts'), type: 'unlisted-script' },
  { name: 'popup-app', inputPath: here('app.tsx'), type: 'unlisted-script' },
];

/** The plugin WXT adds to an unlisted script's build to return its value to `executeScript`. */
export const IIFE_FOOTER = 'wxt:iife-footer';

/** The alias WXT's polyfill module adds to point `wxt/browser` at the polyfill. */
export const POLYFILL_ALIAS = 'wxt/browser';

const isIifeFooter = (plugin: PluginOption): boolean =>
  typeof plugin === 'object' && plugin !== null && 'name' in plugin && plugin.name === IIFE_FOOTER;

const hasIifeFooter = (plugins: PluginOption[]): boolean =>
  plugins.some((plugin) => isIifeFooter(plugin) || (Array.isArray(plugin) && hasIifeFooter(plugin)));

function withoutIifeFooter(plugins: PluginOption[]): PluginOption[] {
  return plugins
    .filter((plugin) => !isIifeFooter(plugin))
    .map((plugin) => (Array.isArray(plugin) ? withoutIifeFooter(plugin) : plugin));
}

/**
 * Turns WXT's build of the `popup-app` unlisted script (library mode, an IIFE) into one ES
 * module with lazy chunks, and drops the footer WXT appends to name the IIFE's value (in a
 * module it would reference an undeclared name).
 */
export function asPopupModule(config: InlineConfig): void {
  const lib = config.build?.lib;
  if (!config.build || !lib)
    throw new Error('popup-app: WXT no longer builds unlisted scripts in library mode.');
  if (!hasIifeFooter(config.plugins ?? []))
    throw new Error(`popup-app: WXT no longer adds ${IIFE_FOOTER}; see entrypoints/popup/README.md.`);
  lib.formats = ['es'];
  config.plugins = withoutIifeFooter(config.plugins ?? []);
  config.build.rolldownOptions ??= {};
  const options = config.build.rolldownOptions;
  // A library keeps its entry's exports exactly; this entry is loaded by popup.html only, so
  // Rolldown may give it more, which lets it keep what the lazy chunk shares with it instead of
  // cutting that into a third file the popup would load at open.
  options.preserveEntrySignatures = 'allow-extension';
  // Minified as the pages are: Vite keeps an ES library's whitespace and annotations (for
  // the tree-shaking of whoever imports a library). The lazy chunks go beside the pages' chunks.
  const output = {
    chunkFileNames: 'chunks/[name]-[hash].js',
    minify: true,
    comments: { annotation: false, jsdoc: false, legal: false },
  };
  if (Array.isArray(options.output)) options.output = options.output.map((each) => ({ ...each, ...output }));
  else options.output = { ...options.output, ...output };
}

/**
 * Resolves `wxt/browser` to WXT's own `browser` (the browser's native API), and any
 * `webextension-polyfill` import to it (native-browser.ts).
 */
export function withoutPolyfill(config: InlineConfig): void {
  config.resolve ??= {};
  const alias = config.resolve.alias ?? {};
  const polyfilled = Array.isArray(alias)
    ? alias.some(({ find }) => find === POLYFILL_ALIAS)
    : POLYFILL_ALIAS in alias;
  if (!polyfilled)
    throw new Error(
      `popup: WXT's polyfill module no longer aliases ${POLYFILL_ALIAS}; see entrypoints/popup/README.md.`,
    );
  const replacement = here('native-browser.ts');
  config.resolve.alias = Array.isArray(alias)
    ? [...alias.filter(({ find }) => find !== POLYFILL_ALIAS), { find: 'webextension-polyfill', replacement }]
    : {
        ...Object.fromEntries(Object.entries(alias).filter(([find]) => find !== POLYFILL_ALIAS)),
        'webextension-polyfill': replacement,
      };
}

/** Changes the build of the popup's scripts; other builds are left as they are. */
export function extendPopupBuild(entrypoints: readonly Entrypoint[], config: InlineConfig): void {
  const names = entrypoints.map((entry) => entry.name);
  if (names.includes('popup-app')) asPopupModule(config);
  if (names.includes('popup-boot') || names.includes('popup-app')) withoutPolyfill(config);
}

export const popupBuildHooks: Partial<WxtHooks> = {
  'entrypoints:found': (_wxt, infos) => {
    infos.push(...POPUP_SCRIPTS);
  },
  'prepare:publicPaths': (_wxt, paths) => {
    paths.push('popup.html');
  },
  'build:publicAssets': (_wxt, files) => {
    files.push({ absoluteSrc: here('popup.html'), relativeDest: 'popup.html' });
  },
  'vite:build:extendConfig': extendPopupBuild,
};
