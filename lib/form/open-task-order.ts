/**
 * The order a person's tasks are worked in on their profile: the task Due today opened first, then
 * the open ones by due date (overdue, today, later, none), then the worked ones, newest first.
 * Worked tasks are done for the recruiter even though Stardex still lists them as open.
 *
 *   orderWorkTasks(tasks, worked, { focusId }) // [{ task, workedAt: null }, …, { task, workedAt: 1733… }]
 */
import type { WorkedTasks } from '@/lib/tasks/worked-tasks';

export interface DatedTask {
  id: string;
  dueDate: string | null;
}

export interface WorkEntry<T> {
  task: T;
  /** When the recruiter logged it (epoch ms), or null while it is still to do. */
  workedAt: number | null;
}

export interface WorkOrderOptions {
  /** The task the recruiter came for (lib/form/focus-task.ts): first of all when still open. */
  focusId?: string | null;
  /** Worked while this form is open: it keeps its place, so its card and outcome stay in view. */
  keepInPlace?: ReadonlySet<string>;
}

export type DueBucket = 'overdue' | 'today' | 'later' | 'none';

function startOfDay(now: Date): number {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
}

/** Where a due date falls from the recruiter's day: before today, today, after, or none. */
export function dueBucket(dueDate: string | null, now: Date): DueBucket {
  if (dueDate === null) return 'none';
  const due = new Date(dueDate).getTime();
  if (Number.isNaN(due)) return 'none';
  const today = startOfDay(now);
  if (due < today) return 'overdue';
  return due < today + 24 * 60 * 60_000 ? 'today' : 'later';
}

const dueTime = (task: DatedTask): number => {
  const due = task.dueDate === null ? Number.NaN : new Date(task.dueDate).getTime();
  return Number.isNaN(due) ? Number.POSITIVE_INFINITY : due;
};

/**
 * Every task once, to-do first in working order, then the worked ones. Ascending due dates put
 * overdue before today before later; a task without one goes last.
 */
export function orderWorkTasks<T extends DatedTask>(
  tasks: readonly T[],
  worked: WorkedTasks,
  { focusId = null, keepInPlace = new Set() }: WorkOrderOptions = {},
): WorkEntry<T>[] {
  const entry = (task: T): WorkEntry<T> => ({ task, workedAt: worked[task.id] ?? null });
  const isDone = (task: T) => task.id in worked && !keepInPlace.has(task.id);
  const todo = tasks
    .filter((task) => !isDone(task))
    .map((task, index) => ({ task, index }))
    .sort((a, b) => dueTime(a.task) - dueTime(b.task) || a.index - b.index)
    .map(({ task }) => task);
  const focused = todo.findIndex((task) => task.id === focusId);
  if (focused > 0) todo.unshift(...todo.splice(focused, 1));
  const done = tasks.filter(isDone).sort((a, b) => (worked[b.id] ?? 0) - (worked[a.id] ?? 0));
  return [...todo, ...done].map(entry);
}

/** How many of the entries are still to do (a worked task never counts, even kept in place). */
export function countToDo(entries: readonly WorkEntry<DatedTask>[]): number {
  return entries.filter((e) => e.workedAt === null).length;
}
