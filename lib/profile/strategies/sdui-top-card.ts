/**
 * Strategy "sdui-top-card": the top card of LinkedIn's 2026 server-driven React layout. Its
 * classes are per-build hashes and its labels are translated, so every field is found by where
 * it sits relative to two anchors that do not change with the language: the link to the
 * member's own `/in/` page that holds the name, and the contact-info link (`/in/<id>/#`).
 *
 *   name block (name + degree labels) · headline p · "<company> · <school>" p · div(location p, "·", contact link)
 *
 * The sticky header (which repeats name and headline) and the asides (other people) are outside
 * the card, so nothing here can read them.
 */
import { publicIdentifierFrom } from '../linkedin-url';
import { queryFirst, sdui } from '../selectors';
import type { FieldValues, ReadContext, Strategy } from '../strategy';
import { cleanText, textOf } from '../text';
import { nameFromTitle } from './page-title';
import { readSduiFirstPosition } from './sdui-experience';
import { sduiPhoto } from './sdui-photo';

/** The 2026 top card, or null when the page is not (yet) in that layout. */
export function findSduiTopCard(root: ParentNode): Element | null {
  return queryFirst(root, sdui.topCard);
}

/**
 * The top card without its key (server markup that does not write it, a build that drops it):
 * the `section` of `main` holding the contact-info link. Only for pages no other layout claimed
 * (page-kind.ts asks after the signed-in and public cards, whose sections hold that link too).
 */
export function findUnkeyedSduiCard(root: ParentNode): Element | null {
  const main = root.querySelector('main') ?? root;
  return queryFirst(main, sdui.contactLink)?.closest('section') ?? null;
}

/** The public identifier most of the card's links point to (name, bell, cover, contact info). */
export function cardIdentifier(card: Element): string | null {
  const counts = new Map<string, number>();
  for (const link of Array.from(card.querySelectorAll('a[href*="/in/"]'))) {
    const id = publicIdentifierFrom(link.getAttribute('href') ?? '');
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [id, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = id;
  return best;
}

/** True for the link to the member's own page itself (`/in/<id>/`, no subpage, no hash). */
function isOwnPageLink(link: Element, id: string | null): boolean {
  const href = link.getAttribute('href') ?? '';
  return id !== null && publicIdentifierFrom(href) === id && /\/in\/[^/?#]+\/?(?:\?[^#]*)?$/.test(href);
}

/**
 * The element naming the member: the heading inside the link to their own page (the verified
 * badge's link first; the notification bell links there too, but holds no text).
 */
function nameElement(card: Element, id: string | null, root: ParentNode): Element | null {
  const links = [
    ...Array.from(card.querySelectorAll(sdui.nameLink[0])),
    ...Array.from(card.querySelectorAll('a[href*="/in/"]')),
  ];
  for (const link of links) {
    if (!isOwnPageLink(link, id) || link.closest('figure')) continue;
    const heading = link.querySelector('h1, h2, h3, p');
    if (textOf(heading)) return heading;
    if (textOf(link)) return link;
  }
  return card.querySelector('h1, h2') ?? titleNamed(card, root);
}

/** The card's first text element that says exactly the name the `<title>` gives, or null. */
function titleNamed(card: Element, root: ParentNode): Element | null {
  const title = cleanText(root.querySelector('title')?.textContent);
  const name = title ? nameFromTitle(title, false) : null;
  if (!name) return null;
  return (
    Array.from(card.querySelectorAll('p, span, div')).find((element) => textOf(element) === name) ?? null
  );
}

/** "· 1st", "· 2.", "3rd+", "1 次": connection-degree labels beside the name, never the headline. */
export function isDegreeLabel(text: string): boolean {
  return /^[·•]/.test(text) || (text.length <= 8 && /[1-3]/.test(text));
}

/** The headline: the first paragraph after the name's block that is not a degree label. */
function headlineAfter(name: Element, card: Element): Element | null {
  for (let block: Element | null = name; block && block !== card; block = block.parentElement) {
    for (let next = block.nextElementSibling; next; next = next.nextElementSibling) {
      const text = textOf(next);
      if (next.tagName === 'P' && text && !isDegreeLabel(text)) return next;
    }
  }
  return null;
}

/** The contact-info link: `/in/<id>/#` in 2026, `/overlay/contact-info/` before. */
function contactLink(card: Element, id: string | null): Element | null {
  for (const link of Array.from(card.querySelectorAll('a[href*="/in/"]'))) {
    const href = link.getAttribute('href') ?? '';
    if (publicIdentifierFrom(href) !== id) continue;
    if (/\/in\/[^/?#]+\/?#$/.test(href) || href.includes('/overlay/contact-info')) return link;
  }
  return null;
}

/** The location: the first paragraph of the row that holds the contact-info link. */
function locationIn(card: Element, id: string | null): string | null {
  const link = contactLink(card, id);
  const own = link?.closest('p') ?? link;
  for (const child of Array.from(own?.parentElement?.children ?? [])) {
    if (child === own || child.contains(link)) break;
    const text = textOf(child);
    if (text && !/^[·•]$/.test(text)) return text;
  }
  return null;
}

/** The first company chip of the card's right column (its placeholder icon says "company"). */
function companyChip(card: Element): string | null {
  for (const icon of Array.from(card.querySelectorAll(sdui.companyIcon[0]))) {
    const chip = icon.closest('[role="button"]');
    if (chip && !chip.querySelector(sdui.photo[0])) return textOf(chip.querySelector('p'));
  }
  return null;
}

/**
 * The current company from the chip, when the experience card does not contradict it: with no
 * card (lazy, or none) the chip is the best there is; with one, it counts only while the first
 * entry is open (after a job ended LinkedIn still shows that company).
 */
function currentCompany(card: Element, root: ParentNode): string | null {
  const chip = companyChip(card);
  const position = readSduiFirstPosition(root);
  if (!position) return chip;
  return position.ended ? null : chip;
}

/** The profile id from the card's key, else from its own Message link (`profileUrn=…fsd_profile:…`). */
function memberUrnOf(card: Element): string | null {
  const key = card.getAttribute('componentkey') || card.getAttribute('id') || '';
  const message = queryFirst(card, sdui.messageLink)?.getAttribute('href') ?? '';
  const id =
    /profile\.card\.ref(ACo[A-Za-z0-9_-]{20,60})Topcard$/.exec(key)?.[1] ??
    /fsd_profile(?:%3A|:)(ACo[A-Za-z0-9_-]{20,60})/.exec(message)?.[1];
  return id ? `urn:li:fsd_profile:${id}` : null;
}

/** Every field the top card `card` shows (`root` is the page, for the experience card and the head). */
export function readSduiCard(card: Element, root: ParentNode): FieldValues {
  const id = cardIdentifier(card);
  const name = nameElement(card, id, root);
  return {
    fullName: textOf(name),
    headline: name ? textOf(headlineAfter(name, card)) : null,
    location: locationIn(card, id),
    currentCompany: currentCompany(card, root),
    photoUrl: sduiPhoto(card, name, root),
    publicIdentifier: id,
    memberUrn: memberUrnOf(card),
  };
}

export const sduiTopCard: Strategy = {
  name: 'sdui-top-card',
  readsTopCard: true,
  read(context: ReadContext): FieldValues {
    const card = findSduiTopCard(context.root) ?? findUnkeyedSduiCard(context.root);
    return card ? readSduiCard(card, context.root) : {};
  },
};
