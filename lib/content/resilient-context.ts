/**
 * WXT retires a content script when a newer copy of it announces itself with a DOM event on
 * `document` (`<extension id>:<entrypoint>:wxt:content-script-started`). A page can dispatch that
 * event too, and so switch our page button and profile reading off. Only a real retirement has
 * the extension context gone with it (`runtime.id` is then undefined: the extension was updated,
 * reloaded or removed); any other invalidation came from the page, and the script starts again on
 * a fresh context. (Reported upstream: the event carries nothing a page cannot forge.)
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Runs `start(ctx)`, and again on a fresh context whenever the page forged a retirement. */
export function runResilient(
  name: string,
  ctx: ContentScriptContext,
  start: (ctx: ContentScriptContext) => void,
): void {
  start(ctx);
  ctx.onInvalidated(() => {
    if (browser.runtime?.id === undefined) return; // really retired
    queueMicrotask(() => runResilient(name, new ContentScriptContext(name, ctx.options), start));
  });
}
