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

/** The main column: the current-role card lives there, "also viewed" leads live in an aside. */
function mainColumn(root: ParentNode, name: Element): ParentNode {
  return name.closest('main') ?? root;
}

export const salesNavLead: Strategy = {
  name: 'sales-nav',
  read(context: ReadContext): FieldValues {
    const name = findSalesNavName(context.root);
    if (!name) return {};
    return {
      fullName: textOf(name),
      headline: textOf(nearName(name, salesNav.headline)),
      location: textOf(nearName(name, salesNav.location)),
      // The current role has its own card below the header: the first job-title of the main column.
      currentTitle: textOf(queryFirst(mainColumn(context.root, name), salesNav.title)),
      currentCompany: textOf(queryFirst(mainColumn(context.root, name), salesNav.company)),
      photoUrl: photoOfImage(nearName(name, salesNav.photo)),
      publicIdentifier: publicIdentifierNear(name, 12),
    };
  },
};
