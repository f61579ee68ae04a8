/** Small pieces the work cards share: the "done" line and the keyboard guard. */
import { formatDue } from '@/lib/form/due-date';

/** "Done · logged 14:05 — Stardex still lists it as open" (the date when not today). */
export function workedWords(workedAt: number, now: Date): string {
  const at = new Date(workedAt);
  const sameDay = at.toDateString() === now.toDateString();
  const when = sameDay
    ? new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(at)
    : formatDue(at, now);
  return `Done · logged ${when} — Stardex still lists it as open`;
}

/** Ctrl/Cmd+Enter in a work card is not the form's "Create task". */
export function guardFormShortcut(event: KeyboardEvent): void {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) event.preventDefault();
}
