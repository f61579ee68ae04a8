export type SubmitState =
  | { state: 'idle' }
  | { state: 'confirm-past' }
  | { state: 'sending' }
  | { state: 'created'; summary: string }
  | { state: 'queued'; summary: string; reason: string }
  | { state: 'failed'; reason: string };

/** The words around an outcome: a task's by default, a list's batch its own. */
export interface StatusWords {
  created: string;
  queued: string;
  /** The button after an outcome. */
  again: string;
  /** A line under a created or queued outcome (a batch's skipped rows). */
  note?: string;
}

const taskWords: StatusWords = {
  created: 'Task created: ',
  queued: 'Saved, will be delivered: ',
  again: 'New task',
};

interface SubmitStatusProps {
  submit: SubmitState;
  words?: StatusWords;
  onConfirmPast: () => void;
  onCancelPast: () => void;
  onNewTask: () => void;
}

/** The outcome of "Create task", in words, announced to screen readers (in the form's sticky footer). */
export function SubmitStatus({
  submit,
  words = taskWords,
  onConfirmPast,
  onCancelPast,
  onNewTask,
}: SubmitStatusProps) {
  const note = words.note ? <p style={{ margin: 0, flexBasis: '100%' }}>{words.note}</p> : null;
  return (
    <div aria-live="polite" role="status">
      {submit.state === 'confirm-past' && (
        <div class="sx-status" data-tone="warning">
          <p style={{ margin: '0 0 8px' }}>The due date is in the past. Create the task anyway?</p>
          <div class="sx-row">
            <button type="button" class="sx-button sx-button-primary" onClick={onConfirmPast}>
              Create anyway
            </button>
            <button type="button" class="sx-button" onClick={onCancelPast}>
              Change due date
            </button>
          </div>
        </div>
      )}
      {submit.state === 'sending' && <p class="sx-status">Sending to Stardex…</p>}
      {submit.state === 'created' && (
        <div class="sx-status sx-status-done" data-tone="success">
          <p style={{ margin: 0 }}>
            {words.created}
            {submit.summary}
          </p>
          <button type="button" class="sx-button-link" onClick={onNewTask}>
            {words.again}
          </button>
          {note}
        </div>
      )}
      {submit.state === 'queued' && (
        <div class="sx-status sx-status-done" data-tone="warning">
          <p style={{ margin: 0 }}>
            {words.queued}
            {submit.summary}. {submit.reason}
          </p>
          <button type="button" class="sx-button-link" onClick={onNewTask}>
            {words.again}
          </button>
          {note}
        </div>
      )}
      {submit.state === 'failed' && (
        <p class="sx-status" data-tone="danger">
          Not created: {submit.reason}
        </p>
      )}
    </div>
  );
}
