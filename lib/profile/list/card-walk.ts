/**
 * A result card as the eye reads it: its links and its text lines in page order, without the
 * text only screen readers get. Classes are hashed and labels translated, so the list reader
 * tells the parts of a card apart by this order alone (person-card.ts).
 */
import { cleanText } from '../text';
import { peopleSearch } from './list-selectors';

export type CardPart =
  /** `holdsLines`: a link around a whole block (2026 lockups: photo, name, headline), walked into. */
  | { readonly kind: 'link'; readonly element: Element; readonly href: string; readonly holdsLines: boolean }
  | { readonly kind: 'text'; readonly element: Element; readonly text: string };

/** What makes a link a block rather than a name: a nested link, paragraphs, headings. */
const blockInLink = 'a, p, h1, h2, h3, h4, h5, h6';

const hiddenSelector = peopleSearch.hiddenText.join(', ');
const elementNode = 1;
const textNode = 3;

function isHidden(element: Element): boolean {
  return element.matches(hiddenSelector);
}

/** The text of `element` a sighted reader sees: screen-reader-only parts left out. */
export function visibleText(element: Element): string | null {
  let text = '';
  const collect = (node: Node) => {
    if (node.nodeType === textNode) text += node.textContent ?? '';
    else if (node.nodeType === elementNode && !isHidden(node as Element))
      for (const child of Array.from(node.childNodes)) collect(child);
  };
  for (const child of Array.from(element.childNodes)) collect(child);
  return cleanText(text);
}

function hasOwnText(element: Element): boolean {
  return Array.from(element.childNodes).some(
    (node) => node.nodeType === textNode && (node.textContent ?? '').trim() !== '',
  );
}

/**
 * The card's links and text lines in page order. A line is the nearest element holding text of
 * its own, with all its visible text; text inside a link belongs to the link, unless the link
 * wraps blocks: then its lines and links are walked as the card's.
 */
export function walkCard(card: Element): CardPart[] {
  const parts: CardPart[] = [];
  const visit = (element: Element, inLine: boolean) => {
    if (isHidden(element)) return;
    if (element.localName === 'a') {
      const holdsLines = element.querySelector(blockInLink) !== null;
      parts.push({ kind: 'link', element, href: element.getAttribute('href') ?? '', holdsLines });
      if (!holdsLines) return;
    }
    let lineHere = inLine;
    if (!inLine && hasOwnText(element)) {
      const text = visibleText(element);
      if (text) parts.push({ kind: 'text', element, text });
      lineHere = true;
    }
    for (const child of Array.from(element.children)) visit(child, lineHere);
  };
  visit(card, false);
  return parts;
}

/**
 * The first link matching `selector` that comes before any line of `element` (as `walkCard`
 * orders them), or null; it stops at the first line, so a page-sized element costs little.
 */
export function leadingLink(element: Element, selector: string): Element | null {
  let stopped = false;
  const visit = (current: Element): Element | null => {
    if (stopped || isHidden(current)) return null;
    if (current.localName === 'a') {
      if (current.matches(selector)) return current;
      if (current.querySelector(blockInLink) === null) return null;
    } else if (hasOwnText(current) && visibleText(current) !== null) {
      stopped = true;
      return null;
    }
    for (const child of Array.from(current.children)) {
      const found = visit(child);
      if (found || stopped) return found;
    }
    return null;
  };
  return visit(element);
}

/** "• 2nd", "· 3.", "· 1er": a connection degree badge, never part of a name or a line. */
const degreeBadge = /\s*[•·]\s*\S{1,6}\s*$/u;

/** The name a card's name link shows: its `aria-hidden` copy when there is one, no degree badge. */
export function nameIn(link: Element): string | null {
  // The first aria-hidden copy with text: a verified badge's icon wrapper may come first.
  const shown = Array.from(link.querySelectorAll('[aria-hidden="true"]'))
    .map((element) => cleanText(element.textContent))
    .find((text) => text !== null);
  const text = shown ?? visibleText(link);
  return text ? cleanText(text.replace(degreeBadge, '')) : null;
}

/** True for a line that is only a degree badge. */
export function isDegreeBadge(text: string): boolean {
  return /^[•·]\s*\S{1,6}$/u.test(text);
}

/** "Current: …", "Aktuell: …", "Actuel : …": a line that opens with a short label and a colon. */
export function isLabelledLine(text: string): boolean {
  return /^[^:\d]{1,25}\s?:\s/u.test(text);
}
