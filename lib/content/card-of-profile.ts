/**
 * The page button's place in a top card whose own links name the URL's member, found without a
 * read of the page: after an in-app navigation LinkedIn shows the previous person's card for a
 * while, and this check runs on LinkedIn's time, on bursts of DOM changes. One selector query
 * answers "is the URL's member's card here yet?"; the anchor is looked for only once it is.
 */
import { identifierOfSegment, isOpaqueMemberId, publicIdentifierFrom } from '@/lib/profile/linkedin-url';
import { pageButton, queryFirst } from '@/lib/profile/selectors';
import { actionRowIn, findTriggerAnchor, type IsRendered, type TriggerAnchor } from './trigger-anchor';

/** The top cards whose links name their member (2026, 2024–2025 signed in, 2023–2024 public). */
const CARDS = [...pageButton.topCards, 'section[data-member-id]', '.top-card-layout'];
const CARD_SELECTOR = CARDS.join(', ');
const TOP_CARD_2026 = pageButton.topCards.join(', ');
const IN_SEGMENT = /\/in\/([^/?#]+)/i;
/** How many of a card's links are looked at (the name's and the card's own links come first). */
const MAX_LINKS = 40;

/** The member a card link names (its `/in/` segment), without parsing the whole URL. */
function linkedMember(href: string): string | null {
  return identifierOfSegment(IN_SEGMENT.exec(href)?.[1] ?? '');
}

/** The member a profile URL names, as card links name them; null when links cannot tell (no vanity name). */
export function memberOfUrl(url: string): string | null {
  // Asked once per in-app navigation, for the URL the navigation just went to.
  if (lastMember?.url === url) return lastMember.member;
  const id = publicIdentifierFrom(url);
  const member = id && !isOpaqueMemberId(id) ? id : null;
  lastMember = { url, member };
  return member;
}

let lastMember: { url: string; member: string | null } | null = null;

/**
 * The anchor in the card of `member` (from `memberOfUrl`); null while only someone else's card is
 * shown; 'read' when links cannot tell (no card with member links, the anchor outside the
 * member's card): the caller then reads the page.
 */
export function knownCardAnchor(
  doc: Document,
  member: string,
  isRendered?: IsRendered,
): TriggerAnchor | 'read' | null {
  // The first card in the page is the outermost (2026 wraps a card section in a card element);
  // every layout keeps it in <main>, which spares looking through LinkedIn's header and menus.
  const main = doc.querySelector('main');
  const card = main?.querySelector(CARD_SELECTOR) ?? doc.querySelector(CARD_SELECTOR);
  const links = card?.querySelectorAll('a[href*="/in/"]') ?? [];
  let sawMember = false;
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
    const linked = linkedMember(links[i]?.getAttribute('href') ?? '');
    if (card && linked === member) return anchorIn(card, isRendered);
    if (linked) sawMember = true;
  }
  return sawMember ? null : 'read'; // someone else's card, still shown: wait for the member's
}

/**
 * The anchor, looked for around the card only (not the whole page), and kept only if in the card;
 * a 2026 card goes straight to its row of actions (no other layout's place is in it).
 */
function anchorIn(card: Element, isRendered?: IsRendered): TriggerAnchor | 'read' {
  const scope = card.parentElement ?? card;
  const topCard = card.matches(TOP_CARD_2026) ? queryFirst(scope, pageButton.topCards) : null;
  const row = topCard && actionRowIn(topCard, isRendered);
  const anchor: TriggerAnchor | null = row
    ? { element: row, append: 'last' }
    : findTriggerAnchor(scope, isRendered);
  return anchor && card.contains(anchor.element) ? anchor : 'read';
}
