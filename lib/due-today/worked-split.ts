/**
 * Due today with the tasks the recruiter has worked taken out: Stardex still lists them as open
 * (it has no way to complete a task), so the list shows them apart — those worked today at the
 * bottom as done, older ones not at all. Pure.
 */
import type { WorkedTasks } from '@/lib/tasks/worked-tasks';
import { startOfLocalDay } from './due-range';
import type { DueTask } from './due-today-schema';

export interface WorkedDueTask {
  task: DueTask;
  /** When its touch was logged (epoch ms). */
  workedAt: number;
}

export interface DueTodaySplit {
  /** Still to do, in the list's order (oldest due first). */
  open: DueTask[];
  /** Worked since the start of `now`'s local day, earliest first. */
  doneToday: WorkedDueTask[];
}

/** Splits the cached list by what has been worked. */
export function splitWorked(tasks: readonly DueTask[], worked: WorkedTasks, now: Date): DueTodaySplit {
  const startOfToday = startOfLocalDay(now).getTime();
  const open: DueTask[] = [];
  const doneToday: WorkedDueTask[] = [];
  for (const task of tasks) {
    const workedAt = worked[task.id];
    if (workedAt === undefined) open.push(task);
    else if (workedAt >= startOfToday) doneToday.push({ task, workedAt });
  }
  doneToday.sort((a, b) => a.workedAt - b.workedAt);
  return { open, doneToday };
}
