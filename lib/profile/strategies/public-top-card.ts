/**
 * Strategies "top-card" and "experience" for the signed-out `/in/` page (public_profile_v3):
 * the server-rendered top card (2023 raw HTML and 2024 lazy-loaded DOM), and the experience
 * list, whose current positions LinkedIn marks with `data-section="currentPositionsDetails"`.
 */
import { normalizeProfileUrl, publicIdentifierFrom } from '../linkedin-url';
import { photoOfImage } from '../photo';
import { meta, publicProfile, queryFirst } from '../selectors';
import type { FieldValues, ReadContext, Strategy } from '../strategy';
import { attributeOf, isCount, textOf } from '../text';

/** The public top card, or null. */
export function findPublicTopCard(root: ParentNode): Element | null {
  return queryFirst(root, publicProfile.topCard);
}

/** Identifier from the canonical link (it may use a country subdomain) or og:url. */
function identifierOfHead(root: ParentNode): string | null {
  for (const list of [meta.canonical, meta.ogUrl]) {
    const element = queryFirst(root, list);
    const href = attributeOf(element, 'href') ?? attributeOf(element, 'content');
    const id = href && normalizeProfileUrl(href) ? publicIdentifierFrom(href) : null;
    if (id) return id;
  }
  return null;
}

/** The subline's first item that is neither a count nor the contact-info trigger, or null. */
function locationIn(card: Element): string | null {
  for (const selector of publicProfile.location) {
    for (const item of Array.from(card.querySelectorAll(selector))) {
      if (item.closest(publicProfile.sublineTrigger[0])) continue;
      const text = textOf(item);
      if (text && !isCount(text)) return text;
    }
  }
  return null;
}

export const publicTopCard: Strategy = {
  name: 'top-card',
  readsTopCard: true,
  read(context: ReadContext): FieldValues {
    const card = findPublicTopCard(context.root);
    if (!card) return {};
    return {
      fullName: textOf(queryFirst(card, publicProfile.name)),
      headline: textOf(queryFirst(card, publicProfile.headline)),
      location: locationIn(card),
      currentCompany: textOf(queryFirst(card, publicProfile.currentCompany)),
      photoUrl: photoOfImage(queryFirst(card, publicProfile.photo)),
    };
  },
};

/** The canonical link and og:url of the page head (signed-out pages only). */
export const publicCanonical: Strategy = {
  name: 'canonical-link',
  read(context: ReadContext): FieldValues {
    return { publicIdentifier: identifierOfHead(context.root) };
  },
};

export const publicExperience: Strategy = {
  name: 'experience',
  read(context: ReadContext): FieldValues {
    const position = queryFirst(context.root, publicProfile.currentPosition);
    if (!position) return {};
    return {
      currentTitle: textOf(position.querySelector('h3')),
      currentCompany: textOf(position.querySelector('h4')),
    };
  },
};
