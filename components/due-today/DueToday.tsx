/**
 * "Due today" in the popup: my open LinkedIn message/connection tasks due today or overdue, each
 * with the person's name linking to their LinkedIn profile. Shows the cached list at once and
 * follows it live; opening asks the background for a refresh (at most once a minute).
 */
import { useEffect } from 'preact/hooks';
import { isOverdue } from '@/lib/due-today/due-range';
import { type DueTask, dueTodaySchema, emptyDueToday } from '@/lib/due-today/due-today-schema';
import { sendMessage } from '@/lib/messaging';
import { dueTodayItem } from '@/lib/storage/shared-state';
import { useStoredValue } from '@/lib/storage/use-stored-value';
import { taskTypeLabels } from '@/lib/tasks/task-schema';

/** "Overdue · 20 Nov" or "Today 09:00", in the recruiter's locale. */
export function dueLabel(task: Pick<DueTask, 'dueDate'>, now: Date, locale?: string): string {
  if (!task.dueDate) return '';
  const due = new Date(task.dueDate);
  if (isOverdue(task, now)) {
    return `Overdue · ${new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).format(due)}`;
  }
  return `Today ${new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(due)}`;
}

function DueItem({ task, now }: { task: DueTask; now: Date }) {
  const name = task.personName ?? 'Person in Stardex';
  return (
    <li class="sx-due__item" data-task-id={task.id}>
      {task.profileUrl ? (
        <a class="sx-due__name" href={task.profileUrl} target="_blank" rel="noopener noreferrer">
          {name}
        </a>
      ) : (
        <span class="sx-due__name">{name}</span>
      )}
      <span class={isOverdue(task, now) ? 'sx-due__when sx-due__when--overdue' : 'sx-due__when'}>
        {taskTypeLabels[task.taskType]} · {dueLabel(task, now)}
      </span>
      {task.contentText && <span class="sx-due__text">{task.contentText}</span>}
    </li>
  );
}

/** The due-today section; `now` is injectable for tests. */
export function DueToday({ now = new Date() }: { now?: Date }) {
  const dueToday = useStoredValue(dueTodayItem, dueTodaySchema(), emptyDueToday);
  useEffect(() => {
    void sendMessage('refreshDueToday', { force: true }).catch(() => undefined);
  }, []);
  const { tasks, error, fetchedAt } = dueToday;
  return (
    <section class="sx-due" aria-labelledby="sx-due-title" data-testid="due-today">
      <h2 id="sx-due-title" class="sx-due__title">
        Due today{tasks.length > 0 ? ` (${tasks.length})` : ''}
      </h2>
      {error && (
        <p class="sx-due__hint" role="status">
          {error}
        </p>
      )}
      {tasks.length === 0 && !error && (
        <p class="sx-due__hint">{fetchedAt === 0 ? 'Loading…' : 'No LinkedIn tasks due today.'}</p>
      )}
      {tasks.length > 0 && (
        <ul class="sx-due__list">
          {tasks.map((task) => (
            <DueItem key={task.id} task={task} now={now} />
          ))}
        </ul>
      )}
    </section>
  );
}
