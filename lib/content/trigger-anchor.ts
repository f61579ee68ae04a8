/**
 * Where the "Add Stardex task" button goes, by the page's structure (never its words or hashed
 * classes): after the top card's own action buttons (Message / Connect / More); in a 2026 top
 * card, at the end of the row that holds them; else just after the name; and on a person's page
 * where none of these is found, floating at the window's lower left corner. The selectors live
 * with the reader's (lib/profile/selectors.ts, `pageButton`).
 */
import { pageButton, queryFirst } from '@/lib/profile/selectors';

export type TriggerAnchor =
  /** Insert the button as the element's last child, or as its next sibling. */
  | { element: Element; append: 'last' | 'after' }
  /** No place in the card: fixed at the window's corner, host appended to `element` (the body). */
  | { element: Element; append: 'float' };

/** How far above a control its row may be (2026 wraps each button in one or two `div`s). */
const MAX_ROW_DEPTH = 4;

/** Whether the browser shows `element` (the 2026 card renders its action row twice, one hidden). */
export type IsRendered = (element: Element) => boolean;

const rendered: IsRendered = (element) =>
  typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;

/** The nearest ancestor of `control` (within the card) holding two of its controls, or its parent. */
function rowOf(control: Element, controls: Element[], card: Element): Element | null {
  let row = control.parentElement;
  for (let depth = 0; row && row !== card && depth < MAX_ROW_DEPTH; depth++, row = row.parentElement) {
    if (controls.filter((other) => row?.contains(other)).length >= 2) return row;
  }
  return control.parentElement;
}

/**
 * The 2026 top card's action row the recruiter sees, or null when the card shows none: of the
 * rows holding its controls, the one with the most (a lone menu elsewhere in the card is no row),
 * the shown one of the two copies LinkedIn renders for wide and narrow windows.
 */
export function actionRowIn(card: Element, isRendered: IsRendered = rendered): Element | null {
  const controls = [...card.querySelectorAll(pageButton.topCardActions.join(', '))].filter(
    (control) => !control.closest('figure, h1, h2'),
  );
  const rows = [...new Set(controls.map((control) => rowOf(control, controls, card)))].filter(
    (row): row is Element => row !== null,
  );
  const size = (row: Element) => controls.filter((control) => row.contains(control)).length;
  const largest = Math.max(0, ...rows.map(size));
  const candidates = rows.filter((row) => size(row) === largest);
  return candidates.find(isRendered) ?? candidates[0] ?? null;
}

/** The anchor for the page button in a known layout, or null while no top card is rendered. */
export function findTriggerAnchor(root: ParentNode, isRendered: IsRendered = rendered): TriggerAnchor | null {
  const overflow = queryFirst(root, pageButton.afterMenu);
  const menu = overflow?.closest('.artdeco-dropdown') ?? overflow;
  if (menu) return { element: menu, append: 'after' };
  const row = queryFirst(root, pageButton.actionRows);
  if (row) return { element: row, append: 'last' };
  const card = queryFirst(root, pageButton.topCards);
  const cardRow = card && actionRowIn(card, isRendered);
  if (cardRow) return { element: cardRow, append: 'last' };
  const heading = queryFirst(root, pageButton.nameHeadings);
  // Outside any link or button around the name (signed-in pages wrap it in the about-this-profile
  // link, signed-out 2024 pages in a sign-in button, 2026 pages in a link or role=button): a
  // button inside those would be invalid.
  if (heading) return { element: heading.closest('a, button, [role="button"]') ?? heading, append: 'after' };
  return null;
}

/** Where the button goes on a page the reader has read as a person's: a known place, else floating. */
export function triggerAnchorFor(doc: Document, isRendered: IsRendered = rendered): TriggerAnchor {
  return findTriggerAnchor(doc, isRendered) ?? { element: doc.body, append: 'float' };
}
