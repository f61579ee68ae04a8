/**
 * The list form's state and its one submit: which rows are picked, the task (or cadence) every
 * picked person gets, and "Create N tasks" sent as one batch through submit-run.ts. One press,
 * one batch: the batch id and each person's client ids are kept until the background has the
 * batch, so Create pressed again after a lost reply gets the first items back, never second ones.
 */
import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import {
  type BatchCadence,
  batchRefusal,
  batchSubmissions,
  keptVariables,
  type PersonIds,
  personPlan,
  templatePerson,
} from '@/lib/cadence/batch-submissions';
import { planFromForm, unsendableStep } from '@/lib/cadence/cadence-run';
import { isPastDue } from '@/lib/form/due-date';
import { type DueValue, dueFromParse, isDueUnread } from '@/lib/form/due-entry';
import {
  type FieldErrors,
  type FormValues,
  initialValues,
  validateForm,
  withTaskType,
} from '@/lib/form/form-state';
import { type PickRow, pickAll, pickedPeople, unpickWithTask } from '@/lib/form/list-pick';
import { fillTemplate, templateValues } from '@/lib/form/template';
import type { PersonRef, TaskType } from '@/lib/tasks/task-schema';
import { loadDueTextParser } from '../task-form/due-text-loader';
import type { FormBoot } from '../task-form/form-store';
import type { SubmitState } from '../task-form/SubmitStatus';
import { submitRun } from '../task-form/submit-run';
import type { CadenceFields } from '../task-form/TaskFields';

const newAttempt = () => ({ batchId: crypto.randomUUID(), ids: new Map<string, PersonIds>() });

export function useListForm(
  rows: readonly PickRow[],
  boot: FormBoot,
  withTask: ReadonlyMap<string, unknown>,
  /** A batch the background now has, with the people whose tasks are already in Stardex. */
  onSent: (batchId: string, inStardex: string[]) => void,
) {
  // Who already has a task starts unpicked: a popup reopened on the list does not pick them twice.
  const [picked, setPicked] = useState(() => pickAll(rows, withTask));
  const [values, setValues] = useState<FormValues>(() =>
    initialValues({ ...boot, values: keptVariables, draft: null, now: new Date() }),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submit, setSubmit] = useState<SubmitState>({ state: 'idle' });
  const [cadenceId, setCadenceId] = useState<string | null>(null);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [blank, setBlank] = useState(-1);
  const attempt = useRef(newAttempt());
  const defaultTime = boot.settings.defaultDueTime;
  const cadence = boot.cadences.find((c) => c.id === cadenceId) ?? null;
  // The steps as templates: each person's own are planned at submit.
  const plan = useMemo(
    () => (cadence ? planFromForm(cadence, templatePerson, values, defaultTime, new Date()) : []),
    [cadence, values.dueIso, defaultTime],
  );
  const people = pickedPeople(rows, picked);
  const edited = () => setSubmit((s) => (s.state === 'sending' ? s : { state: 'idle' }));
  const update = (patch: Partial<FormValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    setErrors(({ content_text, due_date, ...rest }) => ({
      ...rest,
      ...(patch.contentText === undefined && content_text ? { content_text } : {}),
      ...(patch.dueText === undefined && due_date ? { due_date } : {}),
    }));
    edited();
  };
  // Stable: the due field reads a typed entry in an effect that depends on it.
  const onDueChange = useCallback((due: DueValue) => {
    setValues((current) => ({ ...current, ...due }));
    setErrors(({ due_date: _dropped, ...rest }) => rest);
  }, []);
  const run: CadenceFields = {
    cadence,
    plan,
    texts,
    blank,
    choose: (id) => {
      setCadenceId(id);
      setTexts({});
      setBlank(-1);
      edited();
    },
    editText: (stepId, text) => {
      setTexts((current) => ({ ...current, [stepId]: text }));
      setBlank(-1);
      edited();
    },
  };
  const idsFor = (person: PersonRef, count: number): PersonIds => {
    const kept = attempt.current.ids.get(person.profileUrl);
    if (kept && kept.clientIds.length === count) return kept;
    const ids = {
      runId: crypto.randomUUID(),
      clientIds: Array.from({ length: count }, () => crypto.randomUUID()),
    };
    attempt.current.ids.set(person.profileUrl, ids);
    return ids;
  };
  const batchCadence = (): BatchCadence | null =>
    cadence ? { cadence, texts, defaultTime, now: new Date() } : null;

  const send = async (form: FormValues) => {
    setSubmit({ state: 'sending' });
    const submissions = batchSubmissions({
      people,
      form,
      cadence: batchCadence(),
      batchId: attempt.current.batchId,
      idsFor,
    });
    const outcome = await submitRun(submissions, { batch: true });
    setSubmit(outcome.submit);
    setErrors(outcome.fieldErrors);
    if (!outcome.delivered) return;
    const sent = attempt.current.batchId;
    attempt.current = newAttempt(); // the next press is another batch
    onSent(sent, outcome.inStardex ?? []);
  };

  const requestSubmit = async () => {
    if (submit.state === 'sending') return;
    const refusal = batchRefusal(people.length, cadence ? plan.length : 1);
    const first = people[0];
    if (refusal || !first)
      return setSubmit({ state: 'failed', reason: refusal ?? 'Pick at least one person.' });
    let form = values;
    if (isDueUnread(values)) {
      const parse = await loadDueTextParser();
      form = { ...values, ...dueFromParse(values.dueText, parse(values.dueText, new Date(), defaultTime)) };
      setValues(form);
    }
    // Checked on the first person's filled text: a template alone still holds its variables.
    const text = cadence
      ? 'each step has its own text'
      : fillTemplate(form.contentText, templateValues(first));
    const found = validateForm({
      ...form,
      contentText: text,
      textEdited: form.textEdited || cadence !== null,
    });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const run = batchCadence();
    if (run) {
      const missing = unsendableStep(personPlan(run, first, form), {});
      setBlank(missing);
      if (missing >= 0) return;
    }
    if (isPastDue(form.dueIso ? new Date(form.dueIso) : null, new Date()))
      setSubmit({ state: 'confirm-past' });
    else await send(form);
  };

  return {
    picked,
    people,
    values,
    errors,
    submit,
    run,
    update,
    onDueChange,
    chooseType: (type: TaskType) => update(withTaskType(values, type, boot.templates, keptVariables)),
    setPicked: (next: Set<string>) => {
      setPicked(next);
      edited();
    },
    requestSubmit,
    confirmPast: () => void send(values),
    cancelPast: () => setSubmit({ state: 'idle' }),
    /** "Start over": the people who now have a task are unpicked. */
    again: (nowWithTask: ReadonlyMap<string, unknown>) => {
      setSubmit({ state: 'idle' });
      setPicked((current) => unpickWithTask(rows, current, nowWithTask));
    },
  };
}
