import type { ComponentChildren } from 'preact';
import { type BatchProgress, batchLine } from '@/lib/tasks/batch-progress';

interface OutboxBatchProps {
  progress: BatchProgress;
  /** The batch's people still on their way or needing the recruiter, as the outbox list shows runs. */
  children: ComponentChildren;
}

/**
 * One "Create N tasks" for several people as one outbox entry: how far it got, opening to its
 * people. Open from the start when someone needs the recruiter, so the reason is in view.
 */
export function OutboxBatch({ progress, children }: OutboxBatchProps) {
  const finished = progress.peopleDone === progress.people;
  const needing = progress.failed.map((p) => p.fullName).join(', ');
  return (
    <li class="sx-outbox-batch">
      <details open={progress.failed.length > 0}>
        <summary class="sx-outbox-head">
          <strong>{batchLine(progress)}</strong>
        </summary>
        {finished ? (
          <p class="sx-hint">Every person’s tasks are in Stardex.</p>
        ) : (
          <>
            {needing && (
              <p class="sx-error">
                Needs you: <bdi>{needing}</bdi>
              </p>
            )}
            {progress.waiting > 0 && (
              <p class="sx-hint">
                {progress.waiting} {progress.waiting === 1 ? 'person' : 'people'} on the way, sent as fast as
                Stardex allows (60 requests a minute).
              </p>
            )}
            <ul class="sx-outbox sx-outbox-steps">{children}</ul>
          </>
        )}
      </details>
    </li>
  );
}
