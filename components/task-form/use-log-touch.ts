/**
 * One logged touch, from the card's button to its outcome: the client id is made once for the
 * card, so a double click, a lost reply or "Log again" after a refusal all name the same outbox
 * item and Stardex gets the touch once. It goes through the form's one submit (submit-run.ts).
 */
import { useRef, useState } from 'preact/hooks';
import { isLogged, type LogState } from '@/lib/form/log-outcome';
import { type ActivityFields, touchLabels } from '@/lib/tasks/activity-schema';
import type { PersonRef } from '@/lib/tasks/task-schema';
import { submitRun } from './submit-run';

function logStateOf(submit: Awaited<ReturnType<typeof submitRun>>['submit']): LogState {
  switch (submit.state) {
    case 'created':
      return { state: 'created' };
    case 'queued':
      return { state: 'queued', reason: submit.reason };
    case 'failed':
      return { state: 'failed', reason: submit.reason };
    default:
      return { state: 'idle' };
  }
}

export function useLogTouch(person: PersonRef) {
  const clientId = useRef(crypto.randomUUID());
  // A ref, not the state: a second click lands before the re-render that shows "Logging…".
  const current = useRef<LogState>({ state: 'idle' });
  const [state, setState] = useState<LogState>(current.current);
  const show = (next: LogState) => {
    current.current = next;
    setState(next);
  };

  /** Logs the touch, unless it is on its way or already logged; answers the outcome. */
  const log = async (activity: ActivityFields): Promise<LogState> => {
    if (current.current.state === 'sending' || isLogged(current.current)) return current.current;
    show({ state: 'sending' });
    const outcome = await submitRun([{ kind: 'activity', clientId: clientId.current, person, activity }], {
      log: touchLabels[activity.touch],
    });
    show(logStateOf(outcome.submit));
    return current.current;
  };

  /** Another touch from the same card: a new outbox item. */
  const another = () => {
    clientId.current = crypto.randomUUID();
    show({ state: 'idle' });
  };

  return { state, log, another };
}
