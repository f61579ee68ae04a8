/**
 * Cheap checks the content script runs while LinkedIn's SPA swaps profiles: has a top card
 * rendered, and is it a different one than before. Neither parses JSON nor runs strategies.
 */
import { publicProfile, queryFirst, recruiterLite, signedIn } from './selectors';
import { findPublicTopCard } from './strategies/public-top-card';
import { findRecruiterName } from './strategies/recruiter';
import { findSalesNavName } from './strategies/sales-nav';
import { findSignedInTopCard } from './strategies/signed-in-top-card';
import { cleanText } from './text';

/** The element holding the person's name, on any supported layout; null while none is rendered. */
function nameElement(root: ParentNode): Element | null {
  const signedInCard = findSignedInTopCard(root);
  if (signedInCard) return queryFirst(signedInCard, signedIn.name);
  const publicCard = findPublicTopCard(root);
  if (publicCard) return queryFirst(publicCard, publicProfile.name);
  return findSalesNavName(root) ?? findRecruiterName(root) ?? queryFirst(root, recruiterLite.name);
}

/** True once a profile top card with a non-empty name is in the DOM. */
export function isTopCardRendered(root: ParentNode): boolean {
  return cleanText(nameElement(root)?.textContent) !== null;
}

/**
 * A fingerprint of the rendered top card: the name plus the member id or the identifier link,
 * so two people with the same name still differ. Null while no top card is rendered.
 */
export function topCardSignature(root: ParentNode): string | null {
  const name = cleanText(nameElement(root)?.textContent);
  if (!name) return null;
  const card = findSignedInTopCard(root);
  const memberId = card?.getAttribute('data-member-id') ?? '';
  const link = card ? queryFirst(card, signedIn.identifierLinks)?.getAttribute('href') : null;
  return `${name}|${memberId}|${link ?? ''}`;
}
