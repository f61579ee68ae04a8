import { formatDue } from '@/lib/form/due-date';
import type { OpenTask } from '@/lib/messaging';
import { type TaskType, taskTypeLabels } from '@/lib/tasks/task-schema';

export type OpenTasksState =
  | { state: 'loading' }
  | { state: 'done'; tasks: OpenTask[] }
  | { state: 'error'; message: string };

function typeLabel(type: string): string {
  return taskTypeLabels[type as TaskType] ?? type;
}

function dueLabel(task: OpenTask, now: Date): string {
  return task.dueDate ? formatDue(new Date(task.dueDate), now) : 'no due date';
}

function summaryText(open: OpenTasksState, now: Date): string {
  if (open.state === 'loading') return 'Checking open tasks…';
  if (open.state === 'error') return `Open tasks unavailable: ${open.message}`;
  const [first] = open.tasks;
  if (!first) return 'No open tasks for this person';
  const count = open.tasks.length === 1 ? '1 open task' : `${open.tasks.length} open tasks`;
  return `${count} · ${typeLabel(first.taskType)}, ${dueLabel(first, now)}`;
}

/** The person's open tasks on one fixed-height line, expandable to the full list. */
export function OpenTasks({ open }: { open: OpenTasksState }) {
  const now = new Date();
  const tasks = open.state === 'done' ? open.tasks : [];
  return (
    <details class="sx-open-tasks">
      <summary class="sx-ellipsis" aria-live="polite">
        {summaryText(open, now)}
      </summary>
      {tasks.length > 0 && (
        <ul>
          {tasks.map((task) => (
            <li key={task.id}>
              <strong>{typeLabel(task.taskType)}</strong> · {dueLabel(task, now)}
              {task.owners.length > 0 && <> · {task.owners.map((o) => o.name).join(', ')}</>}
              <div dir="auto">{task.contentText}</div>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
