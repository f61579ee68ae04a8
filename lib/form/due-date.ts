/**
 * Due dates in the recruiter's local time. Every function takes `now` and builds dates with the
 * local `Date` constructor, so "Tomorrow" is tomorrow 09:00 where the recruiter is (DST included),
 * and only `toDueIso` turns that local moment into the UTC instant Stardex stores.
 *
 *   const due = resolveDuePick('tomorrow', new Date(), '09:00'); // local tomorrow 09:00
 *   submission.task.due_date = toDueIso(due);                     // '2026-11-29T17:00:00.000Z' in LA
 */
import type { DuePick } from '@/lib/storage/preferences';

/** The quick picks in the order the form shows them. */
export const duePicks: readonly DuePick[] = ['today', 'tomorrow', 'in3days', 'nextMonday', 'inAWeek', 'none'];

export const duePickLabels: Record<DuePick, string> = {
  today: 'Today',
  tomorrow: 'Tomorrow',
  in3days: 'In 3 days',
  nextMonday: 'Next Monday',
  inAWeek: 'In a week',
  none: 'No due date',
};

/** Parses "HH:MM" (settings' default time); falls back to 09:00 for anything else. */
export function parseTimeOfDay(time: string): { hours: number; minutes: number } {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) return { hours: 9, minutes: 0 };
  return { hours: Number(match[1]), minutes: Number(match[2]) };
}

/** Local date `days` after `now`'s calendar day, at the given local time. */
export function localDayAt(now: Date, days: number, time: string): Date {
  const { hours, minutes } = parseTimeOfDay(time);
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + days, hours, minutes, 0, 0);
}

/** Days from `now` to the next Monday (strictly after today: on a Monday it is a week later). */
function daysToNextMonday(now: Date): number {
  const day = now.getDay(); // 0 = Sunday
  return (8 - day) % 7 || 7;
}

/**
 * "Today" at the default time while that is still ahead; once it has passed (a recruiter picking
 * "Today" at 2 pm), the next full hour, and never past today's 23:59. "Today" should never need
 * the past-due confirmation.
 */
function laterToday(now: Date, defaultTime: string): Date {
  const atDefault = localDayAt(now, 0, defaultTime);
  if (atDefault.getTime() > now.getTime()) return atDefault;
  const nextHour = new Date(now.getFullYear(), now.getMonth(), now.getDate(), now.getHours() + 1, 0, 0, 0);
  if (nextHour.getDate() === now.getDate()) return nextHour;
  return new Date(now.getFullYear(), now.getMonth(), now.getDate(), 23, 59, 0, 0);
}

/** The local moment a quick pick stands for, or null for "No due date". */
export function resolveDuePick(pick: DuePick, now: Date, defaultTime: string): Date | null {
  switch (pick) {
    case 'none':
      return null;
    case 'today':
      return laterToday(now, defaultTime);
    case 'tomorrow':
      return localDayAt(now, 1, defaultTime);
    case 'in3days':
      return localDayAt(now, 3, defaultTime);
    case 'nextMonday':
      return localDayAt(now, daysToNextMonday(now), defaultTime);
    case 'inAWeek':
      return localDayAt(now, 7, defaultTime);
  }
}

/** The ISO 8601 UTC instant Stardex gets (`…Z`), or null for no due date. */
export function toDueIso(due: Date | null): string | null {
  return due === null ? null : due.toISOString();
}

/** True when the due moment is already over (the form then asks for confirmation). */
export function isPastDue(due: Date | null, now: Date): boolean {
  return due !== null && due.getTime() < now.getTime();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DDTHH:MM` in local time, the value format of `<input type="datetime-local">`. */
export function toLocalInputValue(due: Date | null): string {
  if (due === null) return '';
  return `${due.getFullYear()}-${pad(due.getMonth() + 1)}-${pad(due.getDate())}T${pad(due.getHours())}:${pad(due.getMinutes())}`;
}

/** Reads a `datetime-local` value as local time; null when empty or malformed. */
export function fromLocalInputValue(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi, 0, 0);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Formatters by locale and shape. `toLocaleDateString(locale, options)` builds a new
 * Intl.DateTimeFormat on every call, which costs the popup's first render ~0.3 ms a label.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A short local description, e.g. "Tue 1 Dec, 09:00" (with the year when it is not this year). */
export function formatDue(due: Date | null, now: Date, locale?: string): string {
  if (due === null) return 'No due date';
  const sameYear = due.getFullYear() === now.getFullYear();
  const date = formatterFor(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(due);
  const time = formatterFor(locale, { hour: '2-digit', minute: '2-digit' }).format(due);
  return `${date}, ${time}`;
}
