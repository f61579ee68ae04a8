/**
 * The list reader: the people of a LinkedIn result list the recruiter has on screen, in page
 * order. Pure like the profile reader (a page and its URL in, rows out): it never scrolls, pages
 * or asks LinkedIn for more. See README.md ("Result lists").
 */

import { listKindOfUrl } from './list-kind';
import type { ListKind, ListRead, ListRow } from './list-schema';
import { readPersonCard } from './person-card';
import { findResultCards } from './result-cards';
import { readSalesNavRows } from './sales-nav-rows';

function readPeopleSearch(root: ParentNode): ListRow[] {
  return findResultCards(root)
    .map(readPersonCard)
    .filter((row): row is ListRow => row !== null);
}

/** A saved page without its URL: Sales Navigator by its hooks, else people search by its cards. */
function kindOfPage(root: ParentNode): ListKind | null {
  if (root.querySelector('[data-x-search-result]')) return 'sales-search';
  if (root.querySelector('table [data-anonymize="person-name"]')) return 'sales-list';
  return findResultCards(root).length > 0 ? 'people-search' : null;
}

/** Reads the result rows of `root`; `url` may be null (a saved file). */
export function readList(root: ParentNode, url: string | null): ListRead {
  const kind = url ? listKindOfUrl(url) : kindOfPage(root);
  if (kind === null) return { kind, rows: [] };
  return { kind, rows: kind === 'people-search' ? readPeopleSearch(root) : readSalesNavRows(root) };
}
