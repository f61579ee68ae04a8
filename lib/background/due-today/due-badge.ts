/**
 * The toolbar badge's second job: when the outbox has nothing waiting or failed, the number of
 * my LinkedIn tasks due today or overdue. lib/background/badge.ts shows it:
 *
 *   const badge = withDueToday(badgeFor(items), await readDueTodayCount());
 */

import { dueTodaySchema, emptyDueToday } from '@/lib/due-today/due-today-schema';
import { parseOr } from '@/lib/storage/parse-or';
import { dueTodayItem, workedTasksItem } from '@/lib/storage/shared-state';
import { openOnly, workedTasksSchema } from '@/lib/tasks/worked-tasks';

/** Calm blue: a to-do count, not a warning (the outbox uses red and amber). */
export const BADGE_DUE_COLOR = '#1A73E8';

interface BadgeLike {
  text: string;
  color: string;
  title: string;
}

/** The outbox badge when it says something, else the due-today count (empty for zero). */
export function withDueToday<B extends BadgeLike>(outboxBadge: B, dueCount: number): B {
  if (outboxBadge.text !== '' || dueCount <= 0) return outboxBadge;
  return {
    ...outboxBadge,
    text: dueCount > 99 ? '99+' : String(dueCount),
    color: BADGE_DUE_COLOR,
    title: `${dueCount} LinkedIn task${dueCount === 1 ? '' : 's'} due today or overdue`,
  };
}

/** How many tasks the cached list holds that I have not worked yet (0 when none cached or unreadable). */
export async function readDueTodayCount(): Promise<number> {
  const { tasks } = parseOr(dueTodaySchema(), await dueTodayItem.getValue(), emptyDueToday);
  const worked = parseOr(workedTasksSchema, await workedTasksItem.getValue(), {});
  return openOnly(tasks, worked).length;
}
