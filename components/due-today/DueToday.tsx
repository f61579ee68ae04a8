/**
 * "Due today" in the popup and panel: my open LinkedIn message/connection tasks due today or
 * overdue. A task's name opens the person's profile with that task first on the form; tasks
 * worked today sit at the bottom as done. Shows the cached list at once and follows it live;
 * opening asks the background for a refresh (at most once a minute).
 */
import { useEffect, useState } from 'preact/hooks';
import { type DueTask, dueTodaySchema, emptyDueToday } from '@/lib/due-today/due-today-schema';
import { splitWorked } from '@/lib/due-today/worked-split';
import type { FormPerson } from '@/lib/form/person';
import { sendMessage } from '@/lib/messaging';
import { type DueTaskOpening, dueTaskPerson, openDueTask } from '@/lib/pages/open-due-task';
import { dueTodayItem, workedTasksItem } from '@/lib/storage/shared-state';
import { useStoredValue } from '@/lib/storage/use-stored-value';
import { type WorkedTasks, workedTasksSchema } from '@/lib/tasks/worked-tasks';
import { DoneItem, DueItem } from './DueItem';

const noneWorked: WorkedTasks = {};

export interface DueTodayProps {
  /** Injectable for tests. */
  now?: Date;
  /** The tab the page is about (the popup's `?tab=`, the panel's tab); else the active tab. */
  tabId?: number;
  /** Shows the form for the person whose profile opened in the tab in view (the popup); the panel follows its tab instead. */
  onPerson?: (person: FormPerson) => void;
}

/** The due-today section. */
export function DueToday({ now = new Date(), tabId, onPerson }: DueTodayProps) {
  const dueToday = useStoredValue(dueTodayItem, dueTodaySchema(), emptyDueToday);
  const worked = useStoredValue(workedTasksItem, workedTasksSchema, noneWorked);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void sendMessage('refreshDueToday', { force: true }).catch(() => undefined);
  }, []);
  const { tasks, error, fetchedAt } = dueToday;
  const { open, doneToday } = splitWorked(tasks, worked, now);

  const openTask = async (task: DueTask & { profileUrl: string }, opening: DueTaskOpening) => {
    const person = dueTaskPerson(task);
    const name = person?.fullName ?? 'the person';
    try {
      await openDueTask(task, opening, tabId);
    } catch {
      setStatus(`${name}’s profile could not be opened. Open it from Stardex instead.`);
      return;
    }
    if (opening.where === 'this-tab' && person && onPerson) onPerson(person);
    else setStatus(`Opened ${name}’s profile${opening.where === 'new-tab' ? ' in a new tab' : ''}.`);
  };

  return (
    <section class="sx-due" aria-labelledby="sx-due-title" data-testid="due-today">
      <h2 id="sx-due-title" class="sx-due__title">
        Due today{open.length > 0 ? ` (${open.length})` : ''}
      </h2>
      {error && (
        <p class="sx-due__hint" role="status">
          {error}
        </p>
      )}
      <p class="sx-due__hint" role="status" hidden={status === ''}>
        {status}
      </p>
      {open.length === 0 && !error && (
        <p class="sx-due__hint">
          {fetchedAt === 0
            ? 'Loading…'
            : doneToday.length > 0
              ? 'All done for today.'
              : 'No LinkedIn tasks due today.'}
        </p>
      )}
      {(open.length > 0 || doneToday.length > 0) && (
        <ul class="sx-due__list">
          {open.map((task) => (
            <DueItem key={task.id} task={task} now={now} onOpen={openTask} />
          ))}
          {doneToday.map(({ task, workedAt }) => (
            <DoneItem key={task.id} task={task} workedAt={workedAt} now={now} />
          ))}
        </ul>
      )}
    </section>
  );
}
