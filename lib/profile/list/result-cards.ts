/**
 * Where the results are: the cards of people search, found by hook, else by structure — the
 * container in `main` whose children are led by links to the most different people (a list or
 * plain divs alike: the real 2026 pages list people in bare divs). Asides ("People also viewed"),
 * the nav (the viewer) and dialogs are never results.
 */
import { publicIdentifierFrom } from '../linkedin-url';
import { leadingLink } from './card-walk';
import { peopleSearch } from './list-selectors';

const outside = peopleSearch.outsideResults.join(', ');
/** Different people a container needs to read as results when no hook names them. */
const MIN_STRUCTURAL_PEOPLE = 2;
const personLink = ['a[href*="/in/"]', ...peopleSearch.hiddenMemberLink].join(', ');

function inResults(element: Element): boolean {
  return element.closest(outside) === null;
}

/** `elements` without those inside another of them. */
function outermost(elements: readonly Element[]): Element[] {
  return elements.filter(
    (element) => !elements.some((other) => other !== element && other.contains(element)),
  );
}

function hookedCards(scope: ParentNode): Element[] {
  for (const selector of peopleSearch.card) {
    const cards = outermost(Array.from(scope.querySelectorAll(selector)).filter(inResults));
    if (cards.length > 0) return cards;
  }
  return [];
}

/**
 * The children of `parent` that read as a person's card: a link to someone comes before any text
 * of its own ("Léa Martin et Hugo Petit sont des relations en commun" opens with text of its
 * paragraph, so a block of mutual connections does not), and how many different people lead them.
 */
function peopleIn(parent: Element): { items: Element[]; people: number } {
  const items: Element[] = [];
  const leaders = new Set<string | Element>();
  for (const child of Array.from(parent.children)) {
    const lead = leadingLink(child, personLink);
    if (!lead) continue;
    items.push(child);
    // A hidden member's link names no one: each counts as its own person.
    leaders.add(publicIdentifierFrom(lead.getAttribute('href') ?? '') ?? child);
  }
  return { items, people: leaders.size };
}

interface Candidate {
  readonly parent: Element | null;
  readonly items: Element[];
  readonly people: number;
}

/**
 * More different people wins; then fewer items for them (a card's photo and name are two items
 * led by one person); then the deeper, so a wrapper around the list never reads as one card.
 */
function isBetter(found: Omit<Candidate, 'parent'>, parent: Element, best: Candidate): boolean {
  if (found.people !== best.people) return found.people > best.people;
  if (found.items.length !== best.items.length) return found.items.length < best.items.length;
  return best.parent?.contains(parent) ?? false;
}

/** The cards of the container led by the most different people (see isBetter). */
function structuralCards(scope: ParentNode): Element[] {
  const seen = new Set<Element>();
  let best: Candidate = { parent: null, items: [], people: 0 };
  for (const link of Array.from(scope.querySelectorAll(personLink))) {
    if (!inResults(link)) continue;
    // Up to the scope itself: `main` may hold the cards directly.
    for (let parent = link.parentElement; parent; parent = parent === scope ? null : parent.parentElement) {
      if (seen.has(parent)) continue;
      seen.add(parent);
      const found = peopleIn(parent);
      if (isBetter(found, parent, best)) best = { parent, ...found };
    }
  }
  // One person alone is no list found by structure: a profile's own card reads so.
  return best.people >= MIN_STRUCTURAL_PEOPLE ? best.items : [];
}

/** The result cards of a people-search page, in page order. */
export function findResultCards(root: ParentNode): Element[] {
  const scope = root.querySelector('main') ?? root;
  const cards = hookedCards(scope);
  return cards.length > 0 ? cards : structuralCards(scope);
}
