/**
 * Sales Navigator's lead search rows and lead list table rows. Leads link to `/sales/lead/<id>,…`,
 * not to a public profile: such a row says so instead of guessing one (matching a lead to a person
 * is the background's job, never by name here).
 */
import { profileUrlFor, publicIdentifierFrom, salesNavLeadIdFrom } from '../linkedin-url';
import { queryFirst } from '../selectors';
import { isDuration } from '../strategies/sales-nav';
import { textOf } from '../text';
import { type ListRow, missingProfileUrlReasons } from './list-schema';
import { salesNavRows } from './list-selectors';

const nameSelector = salesNavRows.name.join(', ');
// The lead panel and page name their person in an h1, the header the viewer; asides suggest leads.
const notRows = 'h1, header, nav, aside, [role="dialog"], [data-x--lead--profile-card]';

/** Row elements: by hook, else the nearest list item or table row around each lead's name. */
function findRows(root: ParentNode): Element[] {
  for (const selector of salesNavRows.row) {
    const rows = Array.from(root.querySelectorAll(selector)).filter(
      (row) => row.querySelector(nameSelector) !== null && row.closest(notRows) === null,
    );
    if (rows.length > 0) return rows;
  }
  const rows: Element[] = [];
  for (const name of Array.from(root.querySelectorAll(nameSelector))) {
    if (name.closest(notRows)) continue;
    const row = name.closest('li, tr, [role="row"]');
    if (row && !rows.includes(row)) rows.push(row);
  }
  return rows;
}

function titleIn(row: Element): string | null {
  for (const element of Array.from(row.querySelectorAll(salesNavRows.title.join(', ')))) {
    const text = textOf(element);
    if (text && !isDuration(text)) return text;
  }
  return null;
}

function readRow(row: Element): ListRow | null {
  const name = textOf(row.querySelector(nameSelector));
  if (!name) return null;
  const leadLink = row.querySelector('a[href*="/sales/lead/"], a[href*="/sales/people/"]');
  const publicLink = Array.from(row.querySelectorAll('a[href*="/in/"]')).find(
    (link) => publicIdentifierFrom(link.getAttribute('href') ?? '') !== null,
  );
  const publicIdentifier = publicIdentifierFrom(publicLink?.getAttribute('href') ?? '');
  return {
    name,
    profileUrl: publicIdentifier ? profileUrlFor(publicIdentifier) : null,
    publicIdentifier,
    salesNavLeadId: salesNavLeadIdFrom(leadLink?.getAttribute('href') ?? ''),
    headline: textOf(queryFirst(row, salesNavRows.headline)),
    location: textOf(queryFirst(row, salesNavRows.location)),
    currentRole: null,
    currentTitle: titleIn(row),
    currentCompany: textOf(queryFirst(row, salesNavRows.company)),
    missingProfileUrl: publicIdentifier ? null : missingProfileUrlReasons.salesNavigator,
  };
}

/** The leads of a Sales Navigator search or lead list, in page order. */
export function readSalesNavRows(root: ParentNode): ListRow[] {
  return findRows(root)
    .map(readRow)
    .filter((row): row is ListRow => row !== null);
}
