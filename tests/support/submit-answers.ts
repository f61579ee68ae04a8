/** The background's `submit` as component tests stand it in: every step of the run created. */
import type { TaskSubmission } from '@/lib/tasks/task-schema';

/** The answer to `submit` when Stardex took every step. */
export function createdRun(data: unknown) {
  const { submissions } = data as { submissions: TaskSubmission[] };
  return {
    state: 'accepted',
    steps: submissions.map((s) => ({
      state: 'created',
      item: { ...s, state: 'done', taskId: crypto.randomUUID() },
    })),
  };
}

/** The first task of the first `submit` a mocked `sendMessage` was called with. */
export function sentTask(calls: unknown[][]): TaskSubmission {
  const call = calls.find(([name]) => name === 'submit');
  const task = (call?.[1] as { submissions: TaskSubmission[] } | undefined)?.submissions[0];
  if (!task) throw new Error('nothing was submitted');
  return task;
}
