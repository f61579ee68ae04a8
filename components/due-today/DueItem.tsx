/** One line of Due today: a task to work (its name opens the profile), or one worked today. */
import { isOverdue } from '@/lib/due-today/due-range';
import type { DueTask } from '@/lib/due-today/due-today-schema';
import { workedLine } from '@/lib/form/worked-line';
import { type DueTaskOpening, openingFor } from '@/lib/pages/open-due-task';
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

const nameOf = (task: DueTask) => task.personName ?? 'Person in Stardex';

interface DueItemProps {
  task: DueTask;
  now: Date;
  onOpen: (task: DueTask & { profileUrl: string }, opening: DueTaskOpening) => void;
}

export function DueItem({ task, now, onOpen }: DueItemProps) {
  const { profileUrl } = task;
  // The browser's own link rules decide where it opens; right and Alt clicks keep their default.
  const follow = (event: MouseEvent) => {
    const opening = openingFor(event);
    if (opening === null || profileUrl === null) return;
    event.preventDefault();
    onOpen({ ...task, profileUrl }, opening);
  };
  return (
    <li class="sx-due__item" data-task-id={task.id}>
      {profileUrl ? (
        <a class="sx-due__name" href={profileUrl} onClick={follow} onAuxClick={follow}>
          {nameOf(task)}
        </a>
      ) : (
        <span class="sx-due__name">{nameOf(task)}</span>
      )}
      <span class={isOverdue(task, now) ? 'sx-due__when sx-due__when--overdue' : 'sx-due__when'}>
        {taskTypeLabels[task.taskType]} · {dueLabel(task, now)}
      </span>
      {task.contentText && <span class="sx-due__text">{task.contentText}</span>}
      {!profileUrl && (
        <span class="sx-due__why">
          Stardex has no LinkedIn profile for this person, so it cannot open here.
        </span>
      )}
    </li>
  );
}

export function DoneItem({ task, workedAt, now }: { task: DueTask; workedAt: number; now: Date }) {
  return (
    <li class="sx-due__item sx-due__item--done" data-task-id={task.id}>
      <span class="sx-due__name">{nameOf(task)}</span>
      <span class="sx-due__when">
        <span aria-hidden="true">✓ </span>
        {workedLine(workedAt, now)}
      </span>
      {task.contentText && <span class="sx-due__text">{task.contentText}</span>}
    </li>
  );
}
