/**
 * Strategy "top-card": the rendered top card of a signed-in `/in/` page. Anchored on the
 * `section[data-member-id]` that holds the only `<h1>` of `main`, so the sticky header (which
 * repeats the name before the h1) and the global nav (the viewer's own name and photo) are
 * never read.
 */
import { publicIdentifierFrom } from '../linkedin-url';
import { photoOfImage } from '../photo';
import { queryFirst, signedIn } from '../selectors';
import type { FieldValues, ReadContext, Strategy } from '../strategy';
import { attributeOf, textOf } from '../text';
import { readFirstPosition } from './experience';

/** The signed-in top card, or null while it has not rendered. */
export function findSignedInTopCard(root: ParentNode): Element | null {
  const section = queryFirst(root, signedIn.topCard);
  if (section) return section;
  // Fallback when the section loses its member id: the card around the about-this-profile h1.
  const heading = root.querySelector('main a[href*="/overlay/about-this-profile/"] h1');
  return heading?.closest('section') ?? null;
}

function identifierIn(card: Element): string | null {
  for (const selector of signedIn.identifierLinks) {
    const link = card.querySelector(selector);
    const id = link ? publicIdentifierFrom(link.getAttribute('href') ?? '') : null;
    if (id) return id;
  }
  return null;
}

/** The location span, or the text beside the contact-info link when classes change. */
function locationIn(card: Element): string | null {
  const direct = textOf(queryFirst(card, signedIn.location));
  if (direct) return direct;
  const contact = queryFirst(card, signedIn.contactInfoLink);
  const row = contact?.parentElement?.parentElement;
  for (const child of row ? Array.from(row.children) : []) {
    if (child.tagName === 'SPAN' && !child.querySelector('a')) return textOf(child);
  }
  return null;
}

/**
 * The current-company button of the right panel. Its neighbour is the school button and both
 * look alike, so structure decides: the button naming the experience card's first company wins;
 * with no experience card, only an English "Current company" label confirms (other languages
 * then yield null rather than a school).
 */
function currentCompanyIn(card: Element, root: ParentNode): string | null {
  const buttons = Array.from(card.querySelectorAll('li > button')).filter((button) =>
    button.querySelector('img'),
  );
  if (buttons.length === 0) return null;
  const experienceCompany = readFirstPosition(root)?.company?.toLowerCase();
  for (const button of buttons) {
    const text = textOf(button);
    if (text && text.toLowerCase() === experienceCompany) return text;
  }
  for (const button of buttons) {
    if (/^current company:/i.test(button.getAttribute('aria-label') ?? '')) return textOf(button);
  }
  return null;
}

function memberUrnOf(card: Element): string | null {
  const id = attributeOf(card, 'data-member-id');
  return id && /^\d+$/.test(id) ? `urn:li:member:${id}` : null;
}

export const signedInTopCard: Strategy = {
  name: 'top-card',
  readsTopCard: true,
  read(context: ReadContext): FieldValues {
    const card = findSignedInTopCard(context.root);
    if (!card) return {};
    return {
      fullName: textOf(queryFirst(card, signedIn.name)),
      headline: textOf(queryFirst(card, signedIn.headline)),
      location: locationIn(card),
      currentCompany: currentCompanyIn(card, context.root),
      photoUrl: photoOfImage(queryFirst(card, signedIn.photo)),
      publicIdentifier: identifierIn(card),
      memberUrn: memberUrnOf(card),
    };
  },
};
