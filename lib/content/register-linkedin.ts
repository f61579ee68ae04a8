/**
 * Wires the LinkedIn content script. On any LinkedIn page it only registers listeners (the
 * popup's message, URL changes, the settings watch): no observer and no timer. Work starts when
 * the URL names a profile: a bounded wait for its top card, then the page button.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { registerCurrentProfileHandler } from './current-profile-handler';
import { snapshotPage } from './page-snapshot';
import { createProfileTracker } from './profile-tracker';

/** Called from the content script's `main(ctx)`. */
export function registerLinkedInContent(ctx: ContentScriptContext): void {
  const tracker = createProfileTracker({
    doc: document,
    initialUrl: location.href,
    probe: snapshotPage,
    signal: ctx.signal,
  });
  registerCurrentProfileHandler(tracker, ctx.signal);
  ctx.addEventListener(window, 'wxt:locationchange', ({ oldUrl, newUrl }) => {
    tracker.noteNavigation(oldUrl.href, newUrl.href);
  });
}
