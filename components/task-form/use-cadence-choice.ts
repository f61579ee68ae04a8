/**
 * The form's "Cadence" mode: which cadence, its planned steps for this person (due dates follow
 * the form's due pick) and the recruiter's edits of step texts; the form's one submit sends its
 * steps (use-task-form.ts). One intent, one run: its client ids are kept until the background has
 * queued it, so Create pressed again after a lost reply cannot queue the steps twice.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { planFromForm, runSubmissions, unsendableStep } from '@/lib/cadence/cadence-run';
import type { FormValues } from '@/lib/form/form-state';
import type { FormPerson } from '@/lib/form/person';
import type { Cadence } from '@/lib/tasks/cadence-schema';
import type { TaskSubmission } from '@/lib/tasks/task-schema';

export interface CadenceChoiceOptions {
  person: FormPerson;
  cadences: Cadence[];
  defaultTime: string;
  values: FormValues;
  /** The recruiter changed the run: a shown outcome no longer applies. */
  onEdit: () => void;
}

const newIds = (n: number) => Array.from({ length: n }, () => crypto.randomUUID());

export function useCadenceChoice({ person, cadences, defaultTime, values, onEdit }: CadenceChoiceOptions) {
  const [cadenceId, setCadenceId] = useState<string | null>(null);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [blank, setBlank] = useState(-1);
  const cadence = cadences.find((c) => c.id === cadenceId) ?? null;
  const plan = useMemo(
    () => (cadence ? planFromForm(cadence, person, values, defaultTime, new Date()) : []),
    [cadence, person, values.dueIso, defaultTime],
  );
  const run = useRef({ id: crypto.randomUUID(), clientIds: newIds(plan.length) });
  const newRun = (steps: number) => {
    run.current = { id: crypto.randomUUID(), clientIds: newIds(steps) };
  };

  const choose = (id: string | null) => {
    setCadenceId(id);
    setTexts({});
    setBlank(-1);
    onEdit();
    newRun(cadences.find((c) => c.id === id)?.steps.length ?? 0);
  };

  /**
   * Every step's submission for `form` (whose due date the plan already follows: the form sends no
   * run while its due entry is unread), or null, the first unsendable step marked, when one cannot go.
   */
  const submissionsFor = (form: FormValues): TaskSubmission[] | null => {
    if (!cadence) return null;
    const missing = unsendableStep(plan, texts);
    setBlank(missing);
    if (missing >= 0) return null;
    return runSubmissions({
      name: cadence.name,
      plan,
      texts,
      form,
      person,
      runId: run.current.id,
      clientIds: run.current.clientIds,
    });
  };

  return {
    cadence,
    plan,
    texts,
    blank,
    choose,
    submissionsFor,
    /** The run is queued: the next one is another intent. */
    queued: () => newRun(plan.length),
    editText: (stepId: string, text: string) => {
      setTexts((current) => ({ ...current, [stepId]: text }));
      setBlank(-1);
      onEdit();
    },
    reset: () => choose(cadenceId),
  };
}
