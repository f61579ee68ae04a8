/**
 * Which tasks count as "due today": my open LinkedIn message/connection tasks due before the end
 * of today in the recruiter's local time (so overdue ones too). Pure.
 */
import type { SearchTasksRequest, StardexTask } from '@/lib/stardex/schemas';
import type { DueTask } from './due-today-schema';

export const DUE_TASK_TYPES = ['linkedin_message', 'linkedin_connection'] as const;

/** The first millisecond of `now`'s local calendar day. */
export function startOfLocalDay(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate());
}

/** The last millisecond of `now`'s local calendar day. */
export function endOfLocalDay(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate(), 23, 59, 59, 999);
}

/** The `POST /v1/tasks/search` body for my tasks due today or overdue. */
export function dueTodaySearch(meId: string, now: Date): SearchTasksRequest {
  return {
    owner_ids: [meId],
    task_types: [...DUE_TASK_TYPES],
    is_completed: false,
    due_date_end: endOfLocalDay(now).toISOString(),
    limit: 100,
  };
}

/**
 * The tasks worth listing, oldest due first. Filters again what the search already should have
 * (the filters' exact semantics are undocumented): type, open, has a due date, due by tonight.
 */
export function selectDueTasks(
  tasks: StardexTask[],
  now: Date,
): Omit<DueTask, 'personName' | 'profileUrl'>[] {
  const end = endOfLocalDay(now).getTime();
  return tasks
    .filter((task) => (DUE_TASK_TYPES as readonly string[]).includes(task.task_type ?? ''))
    .filter((task) => task.is_completed !== true && task.due_date)
    .filter((task) => {
      const due = Date.parse(task.due_date ?? '');
      return Number.isFinite(due) && due <= end;
    })
    .sort((a, b) => Date.parse(a.due_date ?? '') - Date.parse(b.due_date ?? ''))
    .map((task) => ({
      id: task.id,
      taskType: task.task_type as DueTask['taskType'],
      contentText: task.content_text ?? '',
      dueDate: task.due_date ?? null,
      personId: task.person_id ?? null,
    }));
}

/** True for a task due before the start of today (shown as overdue). */
export function isOverdue(task: Pick<DueTask, 'dueDate'>, now: Date): boolean {
  if (!task.dueDate) return false;
  const startOfToday = startOfLocalDay(now).getTime();
  return Date.parse(task.dueDate) < startOfToday;
}
