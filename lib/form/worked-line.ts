/**
 * The one line that says a task was worked, wherever the extension lists it (the profile's work
 * cards, Due today): when its touch was logged, and that Stardex still lists it as open, since
 * Stardex has no way to complete a task (docs/stardex-api.md §2.3).
 */
import { formatDue } from '@/lib/form/due-date';

/** "Done · logged 14:05 — Stardex still lists it as open" (the date too when not today). */
export function workedLine(workedAt: number, now: Date, locale?: string): string {
  const at = new Date(workedAt);
  const when =
    at.toDateString() === now.toDateString()
      ? new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(at)
      : formatDue(at, now, locale);
  return `Done · logged ${when} — Stardex still lists it as open`;
}
