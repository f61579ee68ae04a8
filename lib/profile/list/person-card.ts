/**
 * One people-search result card → one row. The person is the `/in/` link (photo, name) that
 * comes before the card's first line of text; every other `/in/` link comes later, in the block
 * of mutual connections, whose text is never read. The first line after the name is the headline;
 * after it, a labelled line ("Current: …") is the role and the first other line that is no count
 * the location. Hooks, where a card has them, come first.
 */
import { isOpaqueMemberId, profileUrlFor, publicIdentifierFrom } from '../linkedin-url';
import { queryFirst } from '../selectors';
import { isCount } from '../text';
import { type CardPart, isDegreeBadge, isLabelledLine, nameIn, visibleText, walkCard } from './card-walk';
import { type ListRow, missingProfileUrlReasons } from './list-schema';
import { peopleSearch } from './list-selectors';

type Link = Extract<CardPart, { kind: 'link' }>;
type Line = Extract<CardPart, { kind: 'text' }>;

const hiddenMemberLink = peopleSearch.hiddenMemberLink.join(', ');
const isLink = (part: CardPart): part is Link => part.kind === 'link';
const isLine = (part: CardPart): part is Line => part.kind === 'text';

/** The person's links: those before the first line, and the card's name link hook last. */
function personLinks(card: Element, parts: readonly CardPart[]): Link[] {
  const firstLine = parts.findIndex(isLine);
  const before = (firstLine < 0 ? parts : parts.slice(0, firstLine)).filter(isLink);
  const hooked = queryFirst(card, peopleSearch.titleLink);
  if (!hooked) return before;
  const hookedLink: Link = {
    kind: 'link',
    element: hooked,
    href: hooked.getAttribute('href') ?? '',
    holdsLines: false,
  };
  return [...before.filter((link) => link.element !== hooked), hookedLink];
}

/** The vanity id the person's links name: an opaque `ACoAA…` id (case lost) is no public address. */
function personIdentifier(links: readonly Link[]): { id: string | null; opaqueOnly: boolean } {
  const ids = links.map((link) => publicIdentifierFrom(link.href)).filter((id) => id !== null);
  const id = ids.find((candidate) => !isOpaqueMemberId(candidate)) ?? null;
  return { id, opaqueOnly: id === null && ids.length > 0 };
}

function missingReason(hidden: boolean, opaqueOnly: boolean): string {
  if (opaqueOnly) return missingProfileUrlReasons.internalId;
  return hidden ? missingProfileUrlReasons.hiddenMember : missingProfileUrlReasons.noLink;
}

/** The highest ancestor of `link` inside `card` that does not hold `nameElement`: its block. */
function blockOf(link: Element, card: Element, nameElement: Element): Element {
  let block = link;
  while (block.parentElement && block.parentElement !== card && !block.parentElement.contains(nameElement))
    block = block.parentElement;
  return block;
}

/** The lines after the name, outside the mutual connections' blocks and the insights hook. */
function linesAfterName(
  card: Element,
  parts: readonly CardPart[],
  nameElement: Element,
  personId: string | null,
) {
  const after = parts.slice(parts.findIndex((part) => part.element === nameElement) + 1);
  const otherPeople = after.filter(isLink).filter((link) => {
    const id = publicIdentifierFrom(link.href);
    return id !== null && id !== personId;
  });
  const excluded = [
    ...otherPeople.map((link) => blockOf(link.element, card, nameElement)),
    ...Array.from(card.querySelectorAll(peopleSearch.insights.join(', '))),
  ];
  return after
    .filter(isLine)
    .filter((line) => !excluded.some((block) => block.contains(line.element)))
    .map((line) => line.text)
    .filter((text) => !isDegreeBadge(text));
}

function hooked(card: Element, list: readonly string[]): string | null {
  const element = queryFirst(card, list);
  return element ? visibleText(element) : null;
}

/** The row a people-search card shows, or null when it names no one. */
export function readPersonCard(card: Element): ListRow | null {
  const parts = walkCard(card);
  const links = personLinks(card, parts);
  const { id: personId, opaqueOnly } = personIdentifier(links);
  // The name link is the last of them with text (the photo link may hold a status line), else,
  // when a line comes between photo and name, the first later link to the photo's person.
  const nameLink =
    links.filter((link) => visibleText(link.element) !== null).at(-1) ??
    parts
      .filter(isLink)
      .find(
        (link) =>
          personId !== null &&
          publicIdentifierFrom(link.href) === personId &&
          visibleText(link.element) !== null,
      );
  // A hidden member's name is plain text, or a link to a search instead of a profile; a link
  // around the whole lockup holds the name as its first line.
  const nameLine = parts.find(isLine);
  const nameIsLine = !nameLink || nameLink.holdsLines;
  const nameElement = nameIsLine ? nameLine?.element : nameLink.element;
  const name = nameIsLine ? nameLine?.text : nameIn(nameLink.element);
  if (!nameElement || !name) return null;
  const lines = linesAfterName(card, parts, nameElement, personId);
  const rest = lines.slice(1);
  const hidden = !nameLink || nameLink.element.matches(hiddenMemberLink);
  return {
    name,
    profileUrl: personId ? profileUrlFor(personId) : null,
    publicIdentifier: personId,
    salesNavLeadId: null,
    headline: hooked(card, peopleSearch.headline) ?? lines[0] ?? null,
    location:
      hooked(card, peopleSearch.location) ??
      rest.find((text) => !isLabelledLine(text) && !isCount(text)) ??
      null,
    currentRole: hooked(card, peopleSearch.currentRole) ?? rest.find(isLabelledLine) ?? null,
    currentTitle: null,
    currentCompany: null,
    missingProfileUrl: personId ? null : missingReason(hidden, opaqueOnly),
  };
}
