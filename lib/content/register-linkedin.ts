/**
 * Wires the LinkedIn content script. On any LinkedIn page it only registers listeners (the
 * popup's message, URL changes, the settings watch): no observer and no timer. Work starts when
 * the URL names a profile: a bounded wait for its top card, then the page button.
 *
 * Test URLs:
 *   https://www.linkedin.com/in/<id>/                        (button after the top card's "More")
 *   https://de.linkedin.com/in/<id>/                          (country subdomain, same)
 *   https://www.linkedin.com/sales/lead/<id>,NAME_SEARCH,<x>  (Sales Navigator lead)
 *   https://www.linkedin.com/talent/profile/<id>              (Recruiter)
 *   https://www.linkedin.com/feed/ → click a name             (SPA navigation into a profile)
 *   https://www.linkedin.com/in/<a>/ → "People also viewed"  (SPA navigation between profiles)
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { trackContextLinks } from '@/lib/ways-in/context-link-text';
import { registerContentRoutes } from './content-routes';
import { closeCurrentPanel, closePanelUnlessShowing, openTaskPanel } from './open-task-panel';
import { isPageButtonEnabled } from './page-button-setting';
import { snapshotPage } from './page-snapshot';
import { mountPageTrigger } from './page-trigger';
import { createProfileTracker } from './profile-tracker';
import { createTriggerController } from './trigger-controller';

/** Called from the content script's `main(ctx)`. */
export function registerLinkedInContent(ctx: ContentScriptContext): void {
  const tracker = createProfileTracker({
    doc: document,
    initialUrl: location.href,
    probe: snapshotPage,
    signal: ctx.signal,
  });
  const linkText = trackContextLinks(ctx.signal); // names the person of a right-clicked profile link
  const trigger = createTriggerController({
    tracker,
    doc: document,
    mount: (anchor) => mountPageTrigger(ctx, anchor, async () => openTaskPanel()),
    isEnabled: isPageButtonEnabled,
    onLeaveProfile: closePanelUnlessShowing,
    signal: ctx.signal,
  });
  registerContentRoutes(
    {
      // The profile the tab's CURRENT URL names, never one left over from before an SPA navigation.
      readCurrentProfile: () => tracker.current(),
      closeTaskPanel: () => closeCurrentPanel(),
      pageButtonSetting: ({ enabled }) => {
        void trigger.setEnabled(enabled);
        return true;
      },
      getContextLinkText: ({ linkUrl }) => ({ text: linkText(linkUrl) }),
    },
    ctx.signal,
  );
  ctx.addEventListener(window, 'wxt:locationchange', ({ oldUrl, newUrl }) => {
    tracker.noteNavigation(oldUrl.href, newUrl.href);
    void trigger.update();
  });
  void trigger.update();
}
