/**
 * The form's "Cadence" mode: which cadence, its planned steps for this person (due dates follow
 * the form's due pick), the recruiter's edits of step texts, and one submit for the whole run.
 * One intent, one run: its client ids are kept until the background has queued it, so Create
 * pressed again after a lost reply cannot queue the steps twice.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import {
  planFromForm,
  type RunOutcome,
  runOutcome,
  runSubmissions,
  unsendableStep,
} from '@/lib/cadence/cadence-run';
import type { FormValues } from '@/lib/form/form-state';
import type { FormPerson } from '@/lib/form/person';
import { type SubmitResult, sendMessage } from '@/lib/messaging';
import type { Cadence } from '@/lib/tasks/cadence-schema';
import type { TaskSubmission } from '@/lib/tasks/task-schema';
import type { SubmitState } from './SubmitStatus';

export interface CadenceRunOptions {
  person: FormPerson;
  cadences: Cadence[];
  defaultTime: string;
  values: FormValues;
  onSubmitted?: (state: 'created' | 'queued') => void;
}

const newIds = (n: number) => Array.from({ length: n }, () => crypto.randomUUID());

/**
 * The reply was lost (the popup's channel closed, the worker restarted): the background is asked
 * what became of each step, so a run that is in the outbox is never reported as "not created".
 */
async function afterLostReply(name: string, submissions: readonly TaskSubmission[]): Promise<RunOutcome> {
  try {
    const steps = await Promise.all(
      submissions.map((s) => sendMessage('getSubmission', { clientId: s.clientId })),
    );
    if (steps.every((step): step is SubmitResult => step !== null))
      return runOutcome(name, { state: 'accepted', steps });
  } catch {
    // Fall through: nothing is known.
  }
  return {
    state: 'failed',
    reason: 'The extension did not answer. Pressing Create again cannot make the tasks twice.',
  };
}

export function useCadenceRun({ person, cadences, defaultTime, values, onSubmitted }: CadenceRunOptions) {
  const [cadenceId, setCadenceId] = useState<string | null>(null);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [submit, setSubmit] = useState<SubmitState>({ state: 'idle' });
  const [blank, setBlank] = useState(-1);
  const cadence = cadences.find((c) => c.id === cadenceId) ?? null;
  const plan = useMemo(
    () => (cadence ? planFromForm(cadence, person, values, defaultTime, new Date()) : []),
    [cadence, person, values.dueIso, defaultTime],
  );
  const run = useRef({ id: crypto.randomUUID(), clientIds: newIds(plan.length) });

  const choose = (id: string | null) => {
    setCadenceId(id);
    setTexts({});
    setBlank(-1);
    setSubmit({ state: 'idle' });
    run.current = {
      id: crypto.randomUUID(),
      clientIds: newIds(cadences.find((c) => c.id === id)?.steps.length ?? 0),
    };
  };

  const send = async () => {
    if (!cadence || submit.state === 'sending') return;
    const missing = unsendableStep(plan, texts);
    setBlank(missing);
    if (missing >= 0) return;
    setSubmit({ state: 'sending' });
    const submissions = runSubmissions({
      name: cadence.name,
      plan,
      texts,
      form: values,
      person,
      runId: run.current.id,
      clientIds: run.current.clientIds,
    });
    let outcome: RunOutcome;
    try {
      outcome = runOutcome(cadence.name, await sendMessage('submitCadence', { submissions }));
    } catch {
      outcome = await afterLostReply(cadence.name, submissions);
    }
    if (outcome.state === 'failed') return setSubmit({ state: 'failed', reason: outcome.reason });
    setSubmit(
      outcome.state === 'created'
        ? { state: 'created', summary: outcome.line }
        : { state: 'queued', summary: outcome.line, reason: outcome.reason ?? '' },
    );
    run.current = { id: crypto.randomUUID(), clientIds: newIds(plan.length) }; // the next run is another intent
    onSubmitted?.(outcome.state);
  };

  return {
    cadence,
    plan,
    texts,
    blank,
    submit,
    choose,
    send,
    editText: (stepId: string, text: string) => {
      setTexts((current) => ({ ...current, [stepId]: text }));
      setBlank(-1);
      if (submit.state !== 'sending') setSubmit({ state: 'idle' });
    },
    reset: () => choose(cadenceId),
  };
}
