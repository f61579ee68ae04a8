/**
 * One people-search result card → one row. The person is the `/in/` link (photo, name) that
 * comes before the card's first line of text; every other `/in/` link comes later, in the block
 * of mutual connections, whose text is never read. The first line after the name is the headline;
 * after it, a labelled line ("Current: …") is the role and the first other line that is no count
 * the location. Hooks, where a card has them, come first.
 */
import { profileUrlFor, publicIdentifierFrom } from '../linkedin-url';
import { queryFirst } from '../selectors';
import { isCount } from '../text';
import { type CardPart, isDegreeBadge, isLabelledLine, nameIn, visibleText, walkCard } from './card-walk';
import { type ListRow, missingProfileUrlReasons } from './list-schema';
import { peopleSearch } from './list-selectors';

type Link = Extract<CardPart, { kind: 'link' }>;
type Line = Extract<CardPart, { kind: 'text' }>;

const hiddenMemberLink = peopleSearch.hiddenMemberLink.join(', ');

function identifierOf(href: string): string | null {
  return publicIdentifierFrom(href);
}

/** The person's links: those before the first line, or the card's own name link hook. */
function personLinks(card: Element, parts: readonly CardPart[]): Link[] {
  const hooked = queryFirst(card, peopleSearch.titleLink);
  const firstLine = parts.findIndex((part) => part.kind === 'text');
  const before = (firstLine < 0 ? parts : parts.slice(0, firstLine)).filter(
    (part): part is Link => part.kind === 'link',
  );
  if (hooked)
    return [
      ...before.filter((link) => link.element !== hooked),
      { kind: 'link', element: hooked, href: hooked.getAttribute('href') ?? '' },
    ];
  return before;
}

/** The highest ancestor of `link` inside `card` that does not hold `nameElement`: its block. */
function blockOf(link: Element, card: Element, nameElement: Element | null): Element {
  let block = link;
  while (
    block.parentElement &&
    block.parentElement !== card &&
    !(nameElement && block.parentElement.contains(nameElement))
  )
    block = block.parentElement;
  return block;
}

/** The lines after the name, outside the mutual connections' blocks and the insights hook. */
function linesAfterName(
  card: Element,
  parts: readonly CardPart[],
  nameElement: Element | null,
  personId: string | null,
): string[] {
  const others = parts.filter(
    (part): part is Link =>
      part.kind === 'link' && identifierOf(part.href) !== null && identifierOf(part.href) !== personId,
  );
  const excluded = [
    ...others.map((link) => blockOf(link.element, card, nameElement)),
    ...Array.from(card.querySelectorAll(peopleSearch.insights.join(', '))),
  ];
  const start = nameElement ? parts.findIndex((part) => part.element === nameElement) : -1;
  return parts
    .slice(start + 1)
    .filter((part): part is Line => part.kind === 'text')
    .filter((line) => line.element !== nameElement && !excluded.some((block) => block.contains(line.element)))
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
  const withText = links.filter((link) => visibleText(link.element) !== null);
  const profileLinks = links.filter((link) => identifierOf(link.href) !== null);
  const nameLink = withText.at(-1) ?? null;
  const firstLine = parts.find((part): part is Line => part.kind === 'text') ?? null;
  // A hidden member's name is plain text, or a link to a search instead of a profile.
  const nameElement = nameLink?.element ?? firstLine?.element ?? null;
  const name = nameLink ? nameIn(nameLink.element) : (firstLine?.text ?? null);
  if (!name) return null;
  const personId = identifierOf(nameLink?.href ?? '') ?? identifierOf(profileLinks[0]?.href ?? '');
  const lines = linesAfterName(card, parts, nameElement, personId);
  const rest = lines.slice(1);
  const hidden = !personId && (!nameLink || nameLink.element.matches(hiddenMemberLink));
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
    missingProfileUrl: personId
      ? null
      : hidden
        ? missingProfileUrlReasons.hiddenMember
        : missingProfileUrlReasons.noLink,
  };
}
