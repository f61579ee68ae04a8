/**
 * Builds Preact without its one `innerHTML` assignment, the `dangerouslySetInnerHTML` prop.
 *
 * Why: Mozilla's `web-ext lint` (the add-ons store's linter) warns "Unsafe assignment to
 * innerHTML" for every file that holds Preact's renderer (popup-app.js and the pages' shared
 * chunk). The extension never sets that prop — Biome refuses it (`noDangerouslySetInnerHtml` in
 * biome.json) — so the assignment is dead code that reads as a way to inject HTML. Here it
 * becomes a throw: rendering stays exactly as it is, and markup can never be set as HTML, even by
 * a dependency. See https://extensionworkshop.com/documentation/develop/build-a-secure-extension/
 *
 * Use it in every build: `vite: () => ({ plugins: [preact(), withoutInnerHtml()] })` in
 * wxt.config.ts. A Preact whose renderer no longer has that one assignment fails the build, so an
 * upgrade cannot bring the warning (or a second way in) back unnoticed.
 */
import type { Plugin } from 'vite';

/** Preact's renderer, in each of its published builds (ESM for the browser, ESM, CommonJS). */
const PREACT_RENDERER = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(?:module\.js|mjs|js)$/;

/** `dom.innerHTML = newHtml.__html`: the prop's value, written as HTML (minified names). */
const HTML_ASSIGNMENT = /([\w$]+)\.innerHTML=([\w$]+)\.__html/g;

const REFUSAL = '(()=>{throw new Error("dangerouslySetInnerHTML is not supported in this extension")})()';

/**
 * The renderer's code without its HTML assignment. Throws when it does not hold exactly one, so
 * a changed Preact is looked at rather than passed through.
 */
export function dropInnerHtmlAssignment(code: string, file: string): string {
  const found = code.match(HTML_ASSIGNMENT) ?? [];
  if (found.length !== 1) {
    throw new Error(
      `${file}: expected one \`x.innerHTML=y.__html\` in Preact's renderer, found ${found.length}. Update lib/platform/no-inner-html.ts for this Preact version.`,
    );
  }
  return code.replace(HTML_ASSIGNMENT, REFUSAL);
}

/** The Vite plugin: Preact's renderer without `dangerouslySetInnerHTML`. */
export function withoutInnerHtml(): Plugin {
  return {
    name: 'stardex:preact-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!PREACT_RENDERER.test(file)) return null;
      return { code: dropInnerHtmlAssignment(code, file), map: null };
    },
  };
}
