export type SubmitState =
  | { state: 'idle' }
  | { state: 'confirm-past' }
  | { state: 'sending' }
  | { state: 'created'; summary: string }
  | { state: 'queued'; summary: string; reason: string }
  | { state: 'failed'; reason: string };

interface SubmitStatusProps {
  submit: SubmitState;
  onConfirmPast: () => void;
  onCancelPast: () => void;
  onNewTask: () => void;
}

/** The outcome of "Create task", in words, announced to screen readers (in the form's sticky footer). */
export function SubmitStatus({ submit, onConfirmPast, onCancelPast, onNewTask }: SubmitStatusProps) {
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
          <p style={{ margin: 0 }}>Task created: {submit.summary}</p>
          <button type="button" class="sx-button-link" onClick={onNewTask}>
            New task
          </button>
        </div>
      )}
      {submit.state === 'queued' && (
        <div class="sx-status sx-status-done" data-tone="warning">
          <p style={{ margin: 0 }}>
            Saved, will be delivered: {submit.summary}. {submit.reason}
          </p>
          <button type="button" class="sx-button-link" onClick={onNewTask}>
            New task
          </button>
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
