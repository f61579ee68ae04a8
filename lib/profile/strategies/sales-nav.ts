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
  return queryFirst(root, salesNav.name);
}

/** The hook inside the lead's own header card: the closest ancestor of the name that has it. */
function nearName(name: Element, list: readonly string[]): Element | null {
  let scope = name.parentElement;
  for (let level = 0; scope && level < 10 && scope.tagName !== 'BODY'; level++) {
    const found = queryFirst(scope, list);
    if (found) return found;
    scope = scope.parentElement;
  }
  return null;
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
      // The current role lives in its own card below the header: the first job-title on the page.
      currentTitle: textOf(queryFirst(context.root, salesNav.title)),
      currentCompany: textOf(queryFirst(context.root, salesNav.company)),
      photoUrl: photoOfImage(nearName(name, salesNav.photo)),
      publicIdentifier: publicIdentifierNear(name, 12),
    };
  },
};
