/**
 * What a click on "Add Stardex task for this person…" is about: a right-clicked profile link
 * (search results, feed, messaging — any page) or the profile page itself. Pure.
 */

import { type FormTarget, nameFromLinkText } from '@/lib/form/form-target';
import { normalizeProfileUrl } from '@/lib/profile/linkedin-url';

export const MENU_LINK_ID = 'stardex-task-for-link';
export const MENU_PAGE_ID = 'stardex-task-for-page';
export const MENU_TITLE = 'Add Stardex task for this person…';

/** Profile links the link item shows for (`*.linkedin.com` also matches `linkedin.com`). */
export const PROFILE_LINK_PATTERNS = ['https://*.linkedin.com/in/*', 'http://*.linkedin.com/in/*'];
/** Pages the page item shows on: member profiles, Sales Navigator leads, Recruiter profiles. */
export const PROFILE_PAGE_PATTERNS = [
  'https://*.linkedin.com/in/*',
  'https://*.linkedin.com/sales/lead/*',
  'https://*.linkedin.com/sales/people/*',
  'https://*.linkedin.com/talent/profile/*',
  'https://*.linkedin.com/recruiter/profile/*',
];

/** The parts of the browser's click info this uses (Firefox adds `linkText`; Chrome has none). */
export interface MenuClick {
  menuItemId: string | number;
  linkUrl?: string;
  linkText?: string;
  selectionText?: string;
}

/**
 * The form to open for a menu click, or null for a click that is not ours. `pageLinkText` is
 * the link's text as the page's content script saw it (Chrome gives the background none).
 */
export function formTargetForMenuClick(
  click: MenuClick,
  tab: { id?: number; url?: string } | undefined,
  pageLinkText = '',
): FormTarget | null {
  const tabPart = tab?.id === undefined ? {} : { tabId: tab.id };
  if (click.menuItemId === MENU_PAGE_ID) return tabPart;
  if (click.menuItemId !== MENU_LINK_ID) return null;
  const profileUrl = normalizeProfileUrl(click.linkUrl ?? '');
  if (!profileUrl) return tabPart;
  // A link to the profile the tab shows: the page has more to read than the link.
  if (tab?.url && normalizeProfileUrl(tab.url) === profileUrl) return tabPart;
  const name =
    nameFromLinkText(click.linkText) ||
    nameFromLinkText(pageLinkText) ||
    nameFromLinkText(click.selectionText);
  return { ...tabPart, link: { profileUrl, name } };
}
