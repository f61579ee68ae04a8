/**
 * Whether the page button's place belongs to the profile the URL names, told from the top card's
 * own links rather than a read of the page: after an in-app navigation LinkedIn shows the
 * previous person's card for a while, and reading the whole page on every change of the DOM is
 * what made each navigation cost milliseconds. Null where the links cannot tell (a URL with no
 * vanity name, a card we do not know): the caller then reads the page as before.
 */
import { publicIdentifierFrom } from '@/lib/profile/linkedin-url';
import { pageButton } from '@/lib/profile/selectors';
import type { TriggerAnchor } from './trigger-anchor';

/** The top cards whose links name their member (2026, 2024–2025 signed in, 2023–2024 public). */
const CARDS = [...pageButton.topCards, 'section[data-member-id]', '.top-card-layout'].join(', ');

/** How many of the card's links are looked at (the name's and the card's own links come first). */
const MAX_LINKS = 40;

/** True when the card holding `anchor` links to the URL's member, false when to someone else only. */
export function anchorShowsProfile(anchor: TriggerAnchor, url: string): boolean | null {
  const id = publicIdentifierFrom(url);
  if (!id || /^aco[a-z0-9_-]{20,}$/.test(id) || anchor.append === 'float') return null;
  const card = anchor.element.closest(CARDS);
  if (!card) return null;
  let sawMember = false;
  const links = card.querySelectorAll<HTMLAnchorElement>('a[href*="/in/"]');
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
    const linked = publicIdentifierFrom(links[i]?.href ?? '');
    if (linked === id) return true;
    if (linked) sawMember = true;
  }
  return sawMember ? false : null;
}
