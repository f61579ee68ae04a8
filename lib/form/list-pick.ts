/**
 * Which rows of a result list the recruiter can pick for "Create N tasks", and why not: a person
 * is matched in Stardex by their public LinkedIn URL only, never by name, so a row without one
 * is shown with the reader's reason and cannot be picked.
 *
 *   const rows = pickRows(read.rows);           // every row, each pickable or with its reason
 *   const picked = pickAll(rows, withTask);     // the pickable ones without a task already, checked
 */
import { normalizeProfileUrl } from '@/lib/profile/linkedin-url';
import type { ListRow } from '@/lib/profile/list/list-schema';
import { BATCH_LIMITS } from '@/lib/tasks/batch';
import type { PersonRef } from '@/lib/tasks/task-schema';
import { clampPerson } from './person';

export interface PickRow {
  /** Stable within the list: the profile URL, else the lead id, else the row's place. */
  key: string;
  row: ListRow;
  /** The person a task would be about; null when the row cannot be picked. */
  person: PersonRef | null;
  /** Why the row cannot be picked, in words; null when it can. */
  skipped: string | null;
}

export const listedTwice = 'Listed twice on this page: picked once above';
export const overBatchLimit = `At most ${BATCH_LIMITS.people} people in one go`;
const noUrl = 'This result shows no public profile link';
export const notAProfileUrl = 'This result’s link is not a LinkedIn profile address';

/** The form's person for a row (its fields clamped to what the message schema accepts). */
export function personFromRow(row: ListRow, profileUrl: string): PersonRef {
  return clampPerson({
    profileUrl,
    fullName: row.name,
    firstName: null,
    lastName: null,
    headline: row.headline,
    currentTitle: row.currentTitle,
    currentCompany: row.currentCompany,
    location: row.location,
  });
}

/** Every row in page order, each with its person or the reason it cannot be picked. */
export function pickRows(rows: readonly ListRow[]): PickRow[] {
  const seen = new Set<string>();
  return rows.map((row, index) => {
    const key = row.profileUrl ?? (row.salesNavLeadId ? `lead:${row.salesNavLeadId}` : `row:${index}`);
    const skip = (skipped: string): PickRow => ({ key: `${key}#${index}`, row, person: null, skipped });
    if (row.profileUrl === null) return skip(row.missingProfileUrl ?? noUrl);
    // The page said so: only a real /in/ address may key a person (any URL passes the schema).
    const profileUrl = normalizeProfileUrl(row.profileUrl);
    if (profileUrl === null) return skip(notAProfileUrl);
    if (seen.has(profileUrl)) return skip(listedTwice);
    if (seen.size >= BATCH_LIMITS.people) return skip(overBatchLimit);
    seen.add(profileUrl);
    return { key, row, person: personFromRow(row, profileUrl), skipped: null };
  });
}

/**
 * The keys "All" checks, and the list when it shows: every row that can be picked but for the
 * people who already have a task (`withTask`, by profile URL), so a second press cannot double it.
 */
export function pickAll(
  rows: readonly PickRow[],
  withTask: ReadonlyMap<string, unknown> = new Map(),
): Set<string> {
  return new Set(
    rows.filter((r) => r.person !== null && !withTask.has(r.person.profileUrl)).map((r) => r.key),
  );
}

/** `picked` without the people who now have a task (after a Create, before the next one). */
export function unpickWithTask(
  rows: readonly PickRow[],
  picked: ReadonlySet<string>,
  withTask: ReadonlyMap<string, unknown>,
): Set<string> {
  const free = pickAll(rows, withTask);
  return new Set([...picked].filter((key) => free.has(key)));
}

/** The people picked, in page order (rows that cannot be picked are never among them). */
export function pickedPeople(rows: readonly PickRow[], picked: ReadonlySet<string>): PersonRef[] {
  return rows.flatMap((r) => (r.person !== null && picked.has(r.key) ? [r.person] : []));
}

/** The row's second line: its headline, else its role or title and company. */
export function rowDetail(row: ListRow): string | null {
  const role = [row.currentTitle, row.currentCompany].filter(Boolean).join(' · ');
  return row.headline ?? row.currentRole ?? (role || null);
}
