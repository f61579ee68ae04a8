/**
 * Where the "Add Stardex task" button goes: right after the top card's own action buttons
 * (Message / Connect / More), falling back to just below the name. The selectors live with the
 * reader's (lib/profile/selectors.ts, `pageButton`); the first match wins, never a position in a
 * list of elements.
 */
import { pageButton, queryFirst } from '@/lib/profile/selectors';

export interface TriggerAnchor {
  element: Element;
  /** Insert the button as the anchor's last child, or as its next sibling. */
  append: 'last' | 'after';
}

/** The anchor for the page button, or null while no top card is rendered. */
export function findTriggerAnchor(root: ParentNode): TriggerAnchor | null {
  const overflow = queryFirst(root, pageButton.afterMenu);
  const menu = overflow?.closest('.artdeco-dropdown') ?? overflow;
  if (menu) return { element: menu, append: 'after' };
  const row = queryFirst(root, pageButton.actionRows);
  if (row) return { element: row, append: 'last' };
  const heading = queryFirst(root, pageButton.nameHeadings);
  // Outside any link or button around the name (signed-in pages wrap it in the about-this-profile
  // link, signed-out 2024 pages in a sign-in button, 2026 pages in a role=button): a button inside
  // those would be invalid.
  if (heading) return { element: heading.closest('a, button, [role="button"]') ?? heading, append: 'after' };
  return null;
}
