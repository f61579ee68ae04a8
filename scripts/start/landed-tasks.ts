/**
 * The dev script's console line for each task that reaches the sandbox, so `npm start` and the
 * demo show a task landing in "Stardex" as it happens.
 */
import type { SandboxStore, TaskRecord } from '../../sandbox/store';

const TYPE_WORDS: Record<TaskRecord['task_type'], string> = {
  linkedin_message: 'LinkedIn message',
  linkedin_connection: 'LinkedIn connection',
  call: 'Call',
  text: 'Text',
  other: 'Other',
};

/** "Task landed in the Stardex sandbox: LinkedIn message for Leonie Achterberg, due …: “text”". */
export function landedTaskLine(task: TaskRecord, personName: string | null): string {
  const who = personName ? ` for ${personName}` : '';
  const due = task.due_date ? `, due ${task.due_date.replace('T', ' ').replace(/:00\.000Z$/, ' UTC')}` : '';
  const text = task.content_text.length > 80 ? `${task.content_text.slice(0, 79)}…` : task.content_text;
  return `Task landed in the Stardex sandbox: ${TYPE_WORDS[task.task_type]}${who}${due}: “${text}”`;
}

/** Tasks stored after `afterSeq`, each with its line; and the highest seq seen. */
export function newTaskLines(store: SandboxStore, afterSeq: number): { lines: string[]; lastSeq: number } {
  const fresh = store.tasks.filter((task) => task.seq > afterSeq).sort((a, b) => a.seq - b.seq);
  return {
    lines: fresh.map((task) =>
      landedTaskLine(task, task.person_id ? (store.person(task.person_id)?.name ?? null) : null),
    ),
    lastSeq: Math.max(afterSeq, ...fresh.map((task) => task.seq)),
  };
}

/** Logs every task that lands from now on; returns the stop function. */
export function watchLandedTasks(
  store: SandboxStore,
  log: (line: string) => void,
  everyMs = 500,
): () => void {
  let lastSeq = Math.max(0, ...store.tasks.map((task) => task.seq));
  const timer = setInterval(() => {
    const next = newTaskLines(store, lastSeq);
    lastSeq = next.lastSeq;
    for (const line of next.lines) log(line);
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
