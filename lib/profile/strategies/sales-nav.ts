/**
 * Strategy "sales-nav": a Sales Navigator lead page (`/sales/lead/<id>,…`). No real saved page
 * was available; this rests on the `data-anonymize` hooks Sales Navigator puts on personal data
 * (person-name, headline, location, job-title, company-name, headshot-photo) and on the public
 * `/in/` link near the name ("View LinkedIn profile"), which identifies the person.
 */

import { photoOfImage } from '../photo';
import { publicIdentifierNear } from '../public-link';
import { queryFirst, salesNav } from '../selectors';
import type { FieldValues, ReadContext, Strategy } from '../strategy';
import { textOf } from '../text';

/** The lead's name element, or null when this is not (yet) a rendered lead page. */
export function findSalesNavName(root: ParentNode): Element | null {
  for (const selector of salesNav.name) {
    for (const element of Array.from(root.querySelectorAll(selector))) {
      // Other leads ("also viewed", shared connections) are links to their own lead pages.
      if (!element.closest('aside, a[href*="/sales/lead/"]')) return element;
    }
  }
  return null;
}

/**
 * The hook inside the lead's own header card: the closest ancestor of the name that has it,
 * never leaving `main` (the nav bar holds the viewer's own headshot).
 */
function nearName(name: Element, list: readonly string[]): Element | null {
  let scope = name.parentElement;
  for (let level = 0; scope && level < 10 && scope.tagName !== 'BODY'; level++) {
    const found = queryFirst(scope, list);
    if (found || scope.tagName === 'MAIN') return found;
    scope = scope.parentElement;
  }
  return null;
}

/** "475 connections", "500+ relations", "1 234 kontaktów": a count line, whatever the language. */
function isCountLine(text: string): boolean {
  return /^\d[\d.,\s\u00a0\u202f]*\+?\s*\S*$/u.test(text);
}

/**
 * The 2026 lead card has no hook on the location: after the headline's wrapper come two small
 * rows, the location then the connection count, told apart only by their order. So the location
 * is the first text row after the headline's block (a lone row that is a count is not one).
 */
function locationAfterHeadline(headline: Element | null): string | null {
  for (let block = headline; block && block.tagName !== 'MAIN'; block = block.parentElement) {
    const next = block.nextElementSibling;
    if (!next) continue;
    const rows = Array.from(next.children).filter((row) => textOf(row));
    const first = textOf(rows[0]);
    if (!first || next.querySelector('[data-anonymize], h1, h2, button, a')) return null;
    return rows.length >= 2 || !isCountLine(first) ? first : null;
  }
  return null;
}

/** The main column: the current-role card lives there, "also viewed" leads live in an aside. */
function mainColumn(root: ParentNode, name: Element): ParentNode {
  return name.closest('main') ?? root;
}

export const salesNavLead: Strategy = {
  name: 'sales-nav',
  readsTopCard: true,
  read(context: ReadContext): FieldValues {
    const name = findSalesNavName(context.root);
    if (!name) return {};
    const headline = nearName(name, salesNav.headline);
    return {
      fullName: textOf(name),
      headline: textOf(headline),
      location: textOf(nearName(name, salesNav.location)) ?? locationAfterHeadline(headline),
      // The current role has its own card below the header: the first job-title of the main column.
      currentTitle: textOf(queryFirst(mainColumn(context.root, name), salesNav.title)),
      currentCompany: textOf(queryFirst(mainColumn(context.root, name), salesNav.company)),
      photoUrl: photoOfImage(nearName(name, salesNav.photo)),
      publicIdentifier: publicIdentifierNear(name, 12),
    };
  },
};
