import { useEffect, useState } from 'preact/hooks';
import * as z from 'zod/mini';
import { focusedTaskId } from '@/lib/form/focus-task';
import type { LogState } from '@/lib/form/log-outcome';
import { countToDo, orderWorkTasks, type WorkEntry } from '@/lib/form/open-task-order';
import type { FormPerson } from '@/lib/form/person';
import { knownTaskType } from '@/lib/form/work-text';
import type { OpenTask } from '@/lib/messaging';
import { focusTaskItem } from '@/lib/storage/page-data';
import { workedTasksItem } from '@/lib/storage/shared-state';
import { useStoredValue } from '@/lib/storage/use-stored-value';
import { taskTypeLabels } from '@/lib/tasks/task-schema';
import { type WorkedTasks, workedTasksSchema } from '@/lib/tasks/worked-tasks';
import { LogTouch } from './LogTouch';
import { dueWords, WorkTaskCard } from './WorkTaskCard';

export type OpenTasksState =
  | { state: 'loading' }
  | { state: 'done'; tasks: OpenTask[] }
  | { state: 'error'; message: string };

const noneWorked: WorkedTasks = {};
const anyStored = z.unknown();

function summaryText(open: OpenTasksState, entries: WorkEntry<OpenTask>[], now: Date): string {
  if (open.state === 'loading') return 'Checking open tasks…';
  if (open.state === 'error') return `Open tasks unavailable: ${open.message}`;
  if (entries.length === 0) return 'No open tasks for this person';
  const toDo = countToDo(entries);
  const worked = entries.length - toDo;
  const doneText = worked > 0 ? ` · ${worked} done` : '';
  const first = entries[0]?.task;
  if (toDo === 0 || !first) return `No open tasks${doneText}`;
  const count = toDo === 1 ? '1 open task' : `${toDo} open tasks`;
  return `${count} · ${taskTypeLabels[knownTaskType(first.taskType)]}, ${dueWords(first.dueDate, now)}${doneText}`;
}

interface WorkTasksProps {
  open: OpenTasksState;
  person: FormPerson;
  idPrefix: string;
}

/**
 * The person's tasks, to do first (the one Due today opened on top, then by due date), each ready
 * to copy and log; the worked ones below as done; and logging a touch without a task.
 */
export function WorkTasks({ open, person, idPrefix }: WorkTasksProps) {
  const worked = useStoredValue(workedTasksItem, workedTasksSchema, noneWorked);
  const focus = useStoredValue(focusTaskItem, anyStored, null);
  // Logged here: stays in place with its outcome in view, whatever the outcome.
  const [loggedHere, setLoggedHere] = useState<ReadonlySet<string>>(new Set());
  // Refused here: still to do, though the background marked it worked when the log was queued.
  const [refusedHere, setRefusedHere] = useState<ReadonlySet<string>>(new Set());
  const [listOpen, setListOpen] = useState<boolean | null>(null);
  const now = new Date();
  const tasks = open.state === 'done' ? open.tasks : [];
  const focusId = focusedTaskId(focus, person.profileUrl, now.getTime());
  const workedShown = Object.fromEntries(Object.entries(worked).filter(([id]) => !refusedHere.has(id)));
  const entries = orderWorkTasks(tasks, workedShown, { focusId, keepInPlace: loggedHere });
  // Open from the first answer when there is something to work; the recruiter's toggle after that.
  useEffect(() => {
    if (open.state === 'done' && listOpen === null) setListOpen(open.tasks.length > 0);
  }, [open, listOpen]);
  const expandedId = entries.find((e) => e.workedAt === null)?.task.id ?? null;
  const noteLog = (taskId: string, log: LogState) => {
    setLoggedHere((ids) => new Set(ids).add(taskId));
    setRefusedHere((ids) => {
      const next = new Set(ids);
      if (log.state === 'failed') next.add(taskId);
      else next.delete(taskId);
      return next;
    });
  };

  return (
    <section class="sx-work" aria-label="Open tasks">
      <details
        class="sx-open-tasks"
        open={listOpen === true || focusId !== null}
        onToggle={(e) => setListOpen(e.currentTarget.open)}
      >
        <summary class="sx-ellipsis" aria-live="polite">
          {summaryText(open, entries, now)}
        </summary>
        {entries.length > 0 && (
          <ul class="sx-work-list">
            {entries.map((entry) => (
              <li key={entry.task.id}>
                <WorkTaskCard
                  task={entry.task}
                  person={person}
                  workedAt={entry.workedAt}
                  expanded={entry.task.id === expandedId || loggedHere.has(entry.task.id)}
                  id={`${idPrefix}-work-${entry.task.id}`}
                  onLog={noteLog}
                />
              </li>
            ))}
          </ul>
        )}
      </details>
      <LogTouch person={person} idPrefix={idPrefix} />
    </section>
  );
}
