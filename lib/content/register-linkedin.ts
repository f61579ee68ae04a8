/**
 * Wires the LinkedIn content script. On any LinkedIn page it only registers listeners (the
 * popup's message, URL changes, right-clicked links): no observer, no timer, and nothing a page
 * script can see. Work starts when the URL names a profile (a bounded wait for its top card) or a
 * result list (a bounded wait for its first person), then the page button — the only thing this
 * script ever adds to the page.
 *
 * Test URLs:
 *   https://www.linkedin.com/in/<id>/                        (button in the top card's action row)
 *   https://de.linkedin.com/in/<id>/                          (country subdomain, same)
 *   https://www.linkedin.com/sales/lead/<id>,NAME_SEARCH,<x>  (Sales Navigator lead)
 *   https://www.linkedin.com/talent/profile/<id>              (Recruiter)
 *   https://www.linkedin.com/feed/ → click a name             (SPA navigation into a profile)
 *   https://www.linkedin.com/in/<a>/ → "People also viewed"  (SPA navigation between profiles)
 *   https://www.linkedin.com/search/results/people/?keywords=x (floating button: the list in the panel)
 */
import { trackContextLinks } from '@/lib/content/context-link-text';
import { readList } from '@/lib/profile/list/read-list';
import { type ContentLifecycle, watchLocation } from './content-lifecycle';
import { registerContentRoutes } from './content-routes';
import { createListTracker } from './list-tracker';
import { isPageButtonEnabled } from './page-button-setting';
import { snapshotPage } from './page-snapshot';
import { LIST_TRIGGER_LABEL, mountPageTrigger, openPanelFromPage, TRIGGER_LABEL } from './page-trigger';
import { createProfileTracker } from './profile-tracker';
import { createTriggerController } from './trigger-controller';

const labels = { profile: TRIGGER_LABEL, list: LIST_TRIGGER_LABEL } as const;

/** Called once by the content script (entrypoints/linkedin.ts). */
export function registerLinkedInContent(life: ContentLifecycle): void {
  const { signal } = life;
  const tracker = createProfileTracker({
    doc: document,
    initialUrl: location.href,
    probe: snapshotPage,
    signal,
  });
  const lists = createListTracker({ doc: document, probe: readList, signal });
  const linkText = trackContextLinks(signal); // names the person of a right-clicked profile link
  const trigger = createTriggerController({
    tracker,
    doc: document,
    mount: (anchor, purpose) =>
      mountPageTrigger(document, anchor, () => openPanelFromPage(life), labels[purpose]),
    listShowsPeople: () => lists.showsPeopleNow(),
    isEnabled: isPageButtonEnabled,
    signal,
  });
  registerContentRoutes(
    {
      // The profile the tab's CURRENT URL names, never one left over from before an SPA navigation.
      readCurrentProfile: () => tracker.current(),
      // Read when asked (the recruiter opened the popup or panel): the list the URL names, once shown.
      readCurrentList: () => lists.current(tracker.url()),
      pageButtonSetting: ({ enabled }) => {
        void trigger.setEnabled(enabled);
        return true;
      },
      getContextLinkText: ({ linkUrl }) => ({ text: linkText(linkUrl) }),
    },
    signal,
  );
  watchLocation(signal, (oldUrl, newUrl) => {
    if (life.retiredIfOrphaned()) return;
    tracker.noteNavigation(oldUrl, newUrl);
    lists.noteNavigation(oldUrl, newUrl);
    void trigger.update();
  });
  void trigger.update();
}
