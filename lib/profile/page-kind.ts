/**
 * Decides what a page is from its structure (the URL only breaks ties): which profile layout is
 * rendered, or why this is not a readable profile.
 */
import { pageKindOfUrl } from './linkedin-url';
import type { PageKind, ProfileLayout } from './profile-schema';
import { notAProfileReason, notFoundReason } from './read-reasons';
import { publicProfile, queryFirst } from './selectors';
import { findPublicTopCard } from './strategies/public-top-card';
import { findRecruiterName } from './strategies/recruiter';
import { findRecruiterLiteRoot } from './strategies/recruiter-lite';
import { findSalesNavName } from './strategies/sales-nav';
import { findSalesNavEmberName } from './strategies/sales-nav-ember';
import { payloadTopCard, payloadViewee } from './strategies/sdui-payload';
import { findSduiTopCard, findUnkeyedSduiCard } from './strategies/sdui-top-card';
import { findSignedInTopCard } from './strategies/signed-in-top-card';

export type PageDetection =
  | { readonly kind: 'profile'; readonly pageKind: PageKind; readonly layout: ProfileLayout }
  | { readonly kind: 'not-a-profile'; readonly reason: string };

export type { ProfileLayout } from './profile-schema';

export { notAProfileReason, notFoundReason, notRenderedReason } from './read-reasons';

function isPublicPage(root: ParentNode): boolean {
  return findPublicTopCard(root) !== null && queryFirst(root, publicProfile.marker) !== null;
}

/** Classifies the page; `url` may be null (a saved file). */
export function detectPage(root: ParentNode, url: string | null): PageDetection {
  // One pass for both not-found hooks: every miss here is a walk over the whole page.
  if (root.querySelector(publicProfile.notFound.join(', ')))
    return { kind: 'not-a-profile', reason: notFoundReason };
  const urlKind = url ? pageKindOfUrl(url) : null;
  // First the layout most recruiters see (2026): its top card comes early in the page, so the
  // checks for other apps' hooks, each a walk over the whole page when absent, are skipped.
  // The server's raw HTML may hold that card only in its streamed payload.
  if (
    (findSduiTopCard(root) || payloadTopCard(root, url) || payloadViewee(root, url)) &&
    (urlKind === null || urlKind === 'in-profile')
  )
    return { kind: 'profile', pageKind: 'in-profile', layout: 'sdui' };
  if (findRecruiterLiteRoot(root))
    return { kind: 'profile', pageKind: 'recruiter-profile', layout: 'recruiter-lite' };
  const salesNavName = findSalesNavName(root) ?? findSalesNavEmberName(root);
  if (salesNavName && (urlKind === null || urlKind === 'sales-nav-lead')) {
    return { kind: 'profile', pageKind: 'sales-nav-lead', layout: 'sales-nav' };
  }
  if (findRecruiterName(root) && (urlKind === null || urlKind === 'recruiter-profile')) {
    return { kind: 'profile', pageKind: 'recruiter-profile', layout: 'recruiter' };
  }
  if (isPublicPage(root)) return { kind: 'profile', pageKind: 'public-profile', layout: 'public' };
  if (findSignedInTopCard(root)) return { kind: 'profile', pageKind: 'in-profile', layout: 'signed-in' };
  // A 2026 top card whose keys are not written (server markup): the section with the contact link.
  if (findUnkeyedSduiCard(root) && (urlKind === null || urlKind === 'in-profile'))
    return { kind: 'profile', pageKind: 'in-profile', layout: 'sdui' };
  // A person's URL in a layout we do not know: read what structure alone gives (read-profile.ts
  // turns a read without a name into notRenderedReason).
  if (urlKind) return { kind: 'profile', pageKind: urlKind, layout: 'unknown' };
  return { kind: 'not-a-profile', reason: notAProfileReason };
}
