import { useMemo, useRef, useState } from 'preact/hooks';
import { formatDue } from '@/lib/form/due-date';
import { checkLinkedInLength } from '@/lib/form/linkedin-limits';
import { isLogged, type LogState, logOutcomeWords, logTone } from '@/lib/form/log-outcome';
import { dueBucket } from '@/lib/form/open-task-order';
import type { FormPerson } from '@/lib/form/person';
import { copyRefusal, knownTaskType, workPlanOf } from '@/lib/form/work-text';
import { workedLine } from '@/lib/form/worked-line';
import type { OpenTask } from '@/lib/messaging';
import { taskTypeLabels } from '@/lib/tasks/task-schema';
import { useLogTouch } from './use-log-touch';
import { guardFormShortcut } from './work-words';

export function dueWords(dueDate: string | null, now: Date): string {
  const bucket = dueBucket(dueDate, now);
  if (bucket === 'none' || dueDate === null) return 'no due date';
  const when = formatDue(new Date(dueDate), now);
  return bucket === 'overdue'
    ? `overdue, ${when}`
    : bucket === 'today'
      ? `due today, ${when}`
      : `due ${when}`;
}

interface WorkTaskCardProps {
  task: OpenTask;
  person: FormPerson;
  /** When it was logged (from any browser), or null while to do. */
  workedAt: number | null;
  /** Open at first: the task the recruiter is most likely here for. */
  expanded: boolean;
  id: string;
  /** Log was pressed ('sending'), then its outcome: the list keeps the card in place. */
  onLog: (taskId: string, log: LogState) => void;
}

/** One task on the person's profile: its text to copy for LinkedIn, and one click to log it. */
export function WorkTaskCard({ task, person, workedAt, expanded, id, onLog }: WorkTaskCardProps) {
  const plan = useMemo(() => workPlanOf(task, person), [task, person]);
  const [text, setText] = useState(plan.startText);
  const [copied, setCopied] = useState<string | null>(null);
  const logger = useLogTouch(person);
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  const now = new Date();
  // Worked elsewhere, or logged here; a log refused here stays open to "Log again" (the
  // background marks the task worked as soon as the log is queued).
  const done = isLogged(logger.state) || (workedAt !== null && logger.state.state === 'idle');
  const check = plan.linkedIn ? checkLinkedInLength(plan.linkedIn, text) : null;
  const refusal = copyRefusal(plan.linkedIn, text);
  const sending = logger.state.state === 'sending';

  const copy = async () => {
    if (refusal) return setCopied(refusal);
    try {
      await navigator.clipboard.writeText(text);
      setCopied('Copied. Paste it in LinkedIn and send it there, then log it here.');
    } catch (error) {
      setCopied(
        `Not copied (${error instanceof Error ? error.message : 'the browser refused'}). Select the text and copy it.`,
      );
    }
  };
  const log = async () => {
    onLog(task.id, { state: 'sending' });
    onLog(task.id, await logger.log({ touch: plan.touch, text: text.trim(), taskId: task.id }));
    outcomeRef.current?.focus();
  };
  const outcome = logOutcomeWords(logger.state);

  return (
    <details
      class="sx-work-card"
      open={expanded}
      data-done={done ? true : undefined}
      onKeyDown={guardFormShortcut}
    >
      <summary>
        <strong>{taskTypeLabels[knownTaskType(task.taskType)]}</strong> · {dueWords(task.dueDate, now)}
        {done && <span class="sx-work-worked">{workedLine(workedAt ?? Date.now(), now)}</span>}
      </summary>
      <label class="sx-label" for={`${id}-text`}>
        {plan.textLabel}
      </label>
      <textarea
        id={`${id}-text`}
        rows={3}
        dir="auto"
        value={text}
        readOnly={done || sending}
        aria-describedby={check ? `${id}-count` : undefined}
        onInput={(e) => {
          setText(e.currentTarget.value);
          setCopied(null);
        }}
      />
      {check && (
        <p
          id={`${id}-count`}
          class={check.state === 'over' ? 'sx-error' : 'sx-hint'}
          data-state={check.state}
        >
          {check.count} / {check.max}
          {check.message && ` · ${check.message}`}
        </p>
      )}
      <div class="sx-row sx-work-actions">
        {plan.linkedIn && (
          <button
            type="button"
            class="sx-button"
            aria-disabled={refusal ? true : undefined}
            onClick={() => void copy()}
          >
            {refusal ? 'Too long to copy' : 'Copy'}
          </button>
        )}
        {!done && (
          <button
            type="button"
            class="sx-button sx-button-primary"
            disabled={sending}
            onClick={() => void log()}
          >
            {logger.state.state === 'failed' ? 'Log again' : plan.logLabel}
          </button>
        )}
      </div>
      <div aria-live="polite" class="sx-work-outcome">
        {copied && <p class="sx-hint">{copied}</p>}
        <p ref={outcomeRef} tabIndex={-1} data-tone={logTone(logger.state)} hidden={!outcome}>
          {outcome}
        </p>
      </div>
    </details>
  );
}
