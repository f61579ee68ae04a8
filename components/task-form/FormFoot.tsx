import { type StatusWords, type SubmitState, SubmitStatus } from './SubmitStatus';

interface FormFootProps {
  submit: SubmitState;
  /** "Create task", or "Create 3 tasks" for a cadence. */
  createLabel: string;
  hasDraft: boolean;
  /** The outcome's words, when not a task's. */
  words?: StatusWords;
  onConfirmPast: () => void;
  onCancelPast: () => void;
  onNewTask: () => void;
  onDiscard: () => void;
}

/**
 * The form's sticky footer: the outcome of Create above the Create button, both always in view at
 * the bottom of the popup or panel, however long the form above them.
 */
export function FormFoot({ submit, createLabel, hasDraft, words, ...on }: FormFootProps) {
  const done = submit.state === 'created' || submit.state === 'queued';
  return (
    <div class="sx-form-foot">
      <SubmitStatus
        submit={submit}
        words={words}
        onConfirmPast={on.onConfirmPast}
        onCancelPast={on.onCancelPast}
        onNewTask={on.onNewTask}
      />
      <div class="sx-actions">
        <button
          type="submit"
          class="sx-button sx-button-primary"
          aria-keyshortcuts="Control+Enter Meta+Enter"
          disabled={submit.state === 'sending' || done}
        >
          {submit.state === 'sending' ? 'Creating…' : createLabel}
        </button>
        <span class="sx-kbd" aria-hidden="true">
          Ctrl/⌘+Enter
        </span>
        {hasDraft && !done && (
          <button type="button" class="sx-button" onClick={on.onDiscard}>
            Discard draft
          </button>
        )}
      </div>
    </div>
  );
}
