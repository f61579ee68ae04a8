/**
 * Test support: the submissions of one "Create N tasks" for several invented people, each with a
 * cadence run, all in one batch — what the popup's list form queues. Used by the batch's sandbox
 * test, its e2e spec and the bench.
 */

import { runGroups } from '@/lib/tasks/cadence-group';
import type { TaskSubmission } from '@/lib/tasks/task-schema';
import { submission } from '@/tests/support/outbox-test-kit';

/** `people` × `steps` submissions, person by person, steps in order; people numbered from `first`. */
export function batchSubmissions(
  people: number,
  steps: number,
  options: { batchId?: string; first?: number } = {},
): TaskSubmission[] {
  const batchId = options.batchId ?? `batch-${people}x${steps}`;
  const first = options.first ?? 1;
  return Array.from({ length: people }, (_, k) => {
    const n = first + k;
    return runGroups(`${batchId}-run-${n}`, 'Connect, then follow up', steps).map((group) => ({
      ...submission(n, `Step ${group.index + 1} for person ${n}`),
      group,
      batch: { id: batchId, people },
    }));
  }).flat();
}

/** Most of the timestamps (ms) that fall within any `windowMs` span. */
export function maxInWindow(times: readonly number[], windowMs = 60_000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while ((sorted[i] ?? 0) - (sorted[j] ?? 0) >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}
