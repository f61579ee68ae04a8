/**
 * How the toolbar popup's code is built (issue 14): as its own build, one ES module,
 * `popup-app.js` (entrypoints/popup-app.tsx, an unlisted script), that popup.html loads after
 * popup-boot.js. Nothing else the popup's first screen needs is a file: its styles are in that
 * module (components/popup/popup-styles.ts); only what it imports lazily (the date-phrase
 * parser) is a chunk of its own.
 *
 * Why: every file an extension page loads is one more request through the browser process, whose
 * main thread is busy drawing the popup's window while it opens. In the build of the HTML pages
 * the popup could not be one file: Rolldown puts what the popup shares with the side panel and
 * the options page in shared chunks, so the popup loaded an entry, a shared chunk and a
 * stylesheet. Measured A/B, 40 alternated opens each, form ready median: without the stylesheet
 * −8 %, then as one module −10 %.
 *
 * WXT builds an unlisted script in library mode as an IIFE (for `scripting.executeScript`); this
 * turns that build into an ES module build with chunks, and drops the footer WXT appends to name
 * the IIFE's value (in a module it would reference an undeclared name).
 */
import type { InlineConfig, PluginOption } from 'vite';

/** The plugin WXT adds to unlisted scripts for `executeScript`'s return value. */
const IIFE_FOOTER = 'wxt:iife-footer';

const isIifeFooter = (plugin: PluginOption): boolean =>
  typeof plugin === 'object' && plugin !== null && 'name' in plugin && plugin.name === IIFE_FOOTER;

function withoutIifeFooter(plugins: PluginOption[]): PluginOption[] {
  return plugins
    .filter((plugin) => !isIifeFooter(plugin))
    .map((plugin) => (Array.isArray(plugin) ? withoutIifeFooter(plugin) : plugin));
}

/** Turns WXT's build of the `popup-app` unlisted script into one ES module with lazy chunks. */
export function asPopupModule(config: InlineConfig): void {
  const lib = config.build?.lib;
  if (!config.build || !lib)
    throw new Error('popup-app: WXT no longer builds unlisted scripts in library mode.');
  lib.formats = ['es'];
  config.plugins = withoutIifeFooter(config.plugins ?? []);
  // WXT names the entry file; the chunks it imports lazily go beside the pages' chunks.
  config.build.rolldownOptions ??= {};
  const options = config.build.rolldownOptions;
  // A library keeps its entry's exports exactly; this entry is loaded by popup.html only, so
  // Rolldown may give it more, which lets it keep what the lazy chunk shares with it instead of
  // cutting that into a third file the popup would load at open.
  options.preserveEntrySignatures = 'allow-extension';
  // Minified as the pages are: Vite keeps an ES library's whitespace and annotations (for
  // the tree-shaking of whoever imports a library), which would make this file 40 % larger.
  const output = {
    chunkFileNames: 'chunks/[name]-[hash].js',
    minify: true,
    comments: { annotation: false, jsdoc: false, legal: false },
  };
  if (Array.isArray(options.output)) options.output = options.output.map((each) => ({ ...each, ...output }));
  else options.output = { ...options.output, ...output };
}
