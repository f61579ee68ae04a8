/**
 * Where the "Add Stardex task" button goes: right after the top card's own action buttons
 * (Message / Connect / More), falling back to just below the name. Ordered fallback lists; the
 * first match wins; never a position in a list of elements.
 */

export interface TriggerAnchor {
  element: Element;
  /** Insert the button as the anchor's last child, or as its next sibling. */
  append: 'last' | 'after';
}

/** Signed-in `/in/` pages: the "More actions" dropdown inside the top-card section. */
const afterOverflowMenu = [
  // 2025-11, 2024-07: `<div class="artdeco-dropdown"><button id="ember66-profile-overflow-action">`
  'section[data-member-id] [id$="-profile-overflow-action"]',
] as const;

/** Containers of the top card's action buttons: the button goes last inside. */
const actionRows = [
  '.pvs-profile-actions', // 2024-03 signed-in layout; TODO [2026-06-01]: Drop once unseen
  '[data-x--lead-actions-bar]', // Sales Navigator lead page, 2024–2025
  '.profile__topcard-actions, [data-live-test-profile-topcard-actions]', // Recruiter, 2024–2025
] as const;

/** The name heading of any top card: the button goes right after it. */
const nameHeadings = [
  'section[data-member-id] h1', // signed-in /in/, 2025-11, 2024-07
  'h1.top-card-layout__title', // signed-out /in/, 2024-03, 2023-04
  'h1[data-anonymize="person-name"]', // Sales Navigator, 2023–2025
  '[data-test-row-lockup-full-name]', // Recruiter, 2023–2025
  '#topcard h1', // Recruiter Lite, 2021-03
  'main h1', // any layout we have not seen: the only heading of the page's main content
] as const;

function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** The anchor for the page button, or null while no top card is rendered. */
export function findTriggerAnchor(root: ParentNode): TriggerAnchor | null {
  const overflow = first(root, afterOverflowMenu);
  const menu = overflow?.closest('.artdeco-dropdown') ?? overflow;
  if (menu) return { element: menu, append: 'after' };
  const row = first(root, actionRows);
  if (row) return { element: row, append: 'last' };
  const heading = first(root, nameHeadings);
  // Outside any link or button around the name (signed-in pages wrap it in the about-this-profile
  // link, signed-out 2024 pages in a sign-in button): a button inside those would be invalid.
  if (heading) return { element: heading.closest('a, button') ?? heading, append: 'after' };
  return null;
}
