/**
 * Where the results are: the cards of people search, found by hook, else by structure — the list
 * in `main` whose items hold the most links to people. Asides ("People also viewed"), the nav
 * (the viewer) and dialogs are never results.
 */
import { peopleSearch } from './list-selectors';

const outside = peopleSearch.outsideResults.join(', ');
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

/** The items of the list in `scope` with the most items holding a person's link. */
function structuralCards(scope: ParentNode): Element[] {
  let best: Element[] = [];
  for (const list of Array.from(scope.querySelectorAll('ul, ol, [role="list"]'))) {
    if (!inResults(list)) continue;
    const items = Array.from(list.children).filter((item) => item.querySelector(personLink) !== null);
    if (items.length > best.length) best = items;
  }
  return best;
}

/** The result cards of a people-search page, in page order. */
export function findResultCards(root: ParentNode): Element[] {
  const scope = root.querySelector('main') ?? root;
  const cards = hookedCards(scope);
  return cards.length > 0 ? cards : structuralCards(scope);
}
