/**
 * Due dates of a cadence's steps, in the recruiter's local time (as lib/form/due-date.ts): each
 * step's day is counted from the first step's day, and every step after the first is due at the
 * default time of its own day, as local wall-clock time. 09:00 stays 09:00 in Los Angeles across
 * a DST change; `toDueIso` then sends the UTC instant of that local moment.
 *
 *   stepDueDates(fridayAt0900, [sameDay, plus3BusinessDays], '09:00', now)
 *   // [Fri 09:00, Wed 09:00] local — in LA in March 2026: 17:00Z, then 16:00Z (PDT began Sunday)
 *
 * The first step's offset is not applied: its due moment is the form's (a quick pick or a
 * custom date), and the cadence is counted from it. Without one ("No due date") the first step
 * stays without a due date and the others count from today.
 */
import { addBusinessDays } from 'date-fns/addBusinessDays';
import { isSameDay } from 'date-fns/isSameDay';
import { localDayAt, resolveDuePick } from '@/lib/form/due-date';
import type { CadenceOffset } from '@/lib/tasks/cadence-schema';

/**
 * The local calendar day `offset` after `from`'s day (returned at local noon). Business days skip
 * Saturday and Sunday with date-fns' `addBusinessDays` semantics: +1 business day from a Saturday
 * or Sunday is the Monday, +5 the Friday; "same day" (amount 0) from a weekend stays that day.
 * Noon, because in a few zones DST starts at midnight, so a local midnight may not exist.
 */
export function stepDay(from: Date, offset: CadenceOffset): Date {
  const noon = new Date(from.getFullYear(), from.getMonth(), from.getDate(), 12, 0, 0, 0);
  if (offset.unit === 'businessDays') return addBusinessDays(noon, offset.amount);
  noon.setDate(noon.getDate() + offset.amount);
  return noon;
}

/**
 * The due moment of a step after the first: its day (counted from the first step's day, or from
 * today's when the first has none) at `defaultTime` local. Never earlier than the first step, so
 * a same-day step after a "Today, 15:00" first step is due at 15:00 too, not at a past 09:00; and
 * without a first due date, a step due today follows the form's "Today" rule (the next full hour
 * once the default time has passed) rather than being past due on creation.
 */
export function stepDueDate(
  firstDue: Date | null,
  offset: CadenceOffset,
  defaultTime: string,
  now: Date,
): Date {
  const day = stepDay(firstDue ?? now, offset);
  const due = localDayAt(day, 0, defaultTime);
  if (firstDue !== null) return due.getTime() < firstDue.getTime() ? new Date(firstDue.getTime()) : due;
  if (isSameDay(day, now) && due.getTime() <= now.getTime()) {
    return resolveDuePick('today', now, defaultTime) ?? due;
  }
  return due;
}

/**
 * One due moment per step, in step order: the first step's is `firstDue` itself (null for "No due
 * date"), every later one `stepDueDate`'s. `offsets[0]` is not used (see the file comment).
 */
export function stepDueDates(
  firstDue: Date | null,
  offsets: readonly CadenceOffset[],
  defaultTime: string,
  now: Date,
): (Date | null)[] {
  return offsets.map((offset, index) => {
    if (index === 0) return firstDue === null ? null : new Date(firstDue.getTime());
    return stepDueDate(firstDue, offset, defaultTime, now);
  });
}
