/**
 * The due field's value: what it shows, what it stands for, and why it cannot be sent yet. A typed
 * entry is only sent once it has been read: one that was refused, or not read yet (the parser loads
 * on demand), blocks Create, in the form and in the draft it is kept in.
 *
 *   dueFromParse('asdf', parse('asdf', now, '09:00')) // { dueText: 'asdf', dueIso: null, dueError: DUE_NOT_UNDERSTOOD }
 */

import { toDueIso } from './due-date';
import type { DueTextResult } from './due-text';

export interface DueValue {
  /** What the due field shows (a pick label, a typed phrase or a formatted date). */
  dueText: string;
  /** The resolved due moment as an ISO UTC instant; null = no due date. */
  dueIso: string | null;
  /** Why `dueText` cannot be sent as it is (refused, or not read yet); null when it can. */
  dueError: string | null;
}

export const DUE_NOT_UNDERSTOOD = 'Not understood. Try “tomorrow”, “next tue 9am” or “in 2 weeks”.';
/** A typed entry the parser has not read yet; it is read before anything is sent. */
export const DUE_UNREAD = 'Reading the due date…';

/** The field's value for a typed entry and what the parser made of it. */
export function dueFromParse(text: string, result: DueTextResult): DueValue {
  if (result.kind === 'invalid') return { dueText: text, dueIso: null, dueError: DUE_NOT_UNDERSTOOD };
  return { dueText: text, dueIso: result.kind === 'none' ? null : toDueIso(result.date), dueError: null };
}

/** A typed entry still to be read: no date until it is, and Create waits for it. */
export function unreadDue(text: string): DueValue {
  return { dueText: text, dueIso: null, dueError: DUE_UNREAD };
}

/** True while the typed entry has not been read. */
export function isDueUnread(value: Pick<DueValue, 'dueError'>): boolean {
  return value.dueError === DUE_UNREAD;
}
