/**
 * The task form's state, draft persistence and its one submit, for TaskForm.tsx (which only
 * renders): a run of one task, or of a cadence's steps (use-cadence-choice.ts), sent the same way
 * (submit-run.ts). One intent, one outbox item: the draft's task keeps its client id until it is
 * sent or discarded, so Create pressed again after a lost reply gets the first item back.
 */
import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { draftKey } from '@/lib/form/draft';
import { isPastDue } from '@/lib/form/due-date';
import { dueFromParse, isDueUnread } from '@/lib/form/due-entry';
import {
  type FieldErrors,
  type FormValues,
  initialValues,
  toDraft,
  toSubmission,
  validateForm,
  withTaskType,
} from '@/lib/form/form-state';
import { ownersOnceMeKnown } from '@/lib/form/owners';
import type { FormPerson } from '@/lib/form/person';
import { templateValues } from '@/lib/form/template';
import type { OpenTask, TeamMember } from '@/lib/messaging';
import type { TaskSubmission, TaskType } from '@/lib/tasks/task-schema';
import { loadDueTextParser } from './due-text-loader';
import { type FormBoot, rememberTaskType, saveDraft, saveLastUsed } from './form-store';
import type { SubmitState } from './SubmitStatus';
import { type RunLabel, submitRun, summarize } from './submit-run';
import { useCadenceChoice } from './use-cadence-choice';

export interface TaskFormOptions {
  person: FormPerson;
  boot: FormBoot;
  /** Team members known so far (names in the summary). */
  members: () => TeamMember[];
  /** Moves focus to a field the recruiter must fix. */
  focus: (field: 'text' | 'due') => void;
  /** After a run was created or queued, with the tasks Stardex now has. */
  onSubmitted?: (state: 'created' | 'queued', created: OpenTask[]) => void;
  /** "This is me" as the form knows it now (the recruiter may answer it in the form). */
  meId: string | null;
}

export function useTaskForm({ person, boot, members, focus, onSubmitted, meId }: TaskFormOptions) {
  const vars = useMemo(() => templateValues(person), [person]);
  const existingDraft = boot.drafts[draftKey(person.profileUrl)] ?? null;
  const fresh = useCallback(
    () =>
      initialValues({
        ...boot,
        settings: { ...boot.settings, meTeamMemberId: meId },
        values: vars,
        draft: null,
        now: new Date(),
      }),
    [boot, vars, meId],
  );
  const [values, setValues] = useState<FormValues>(() =>
    initialValues({ ...boot, values: vars, draft: existingDraft, now: new Date() }),
  );
  const [hasDraft, setHasDraft] = useState(existingDraft !== null);
  const clientId = useRef(existingDraft?.clientId ?? crypto.randomUUID());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submit, setSubmit] = useState<SubmitState>({ state: 'idle' });
  const cadence = useCadenceChoice({
    person,
    cadences: boot.cadences,
    defaultTime: boot.settings.defaultDueTime,
    values,
    onEdit: () => setSubmit((current) => (current.state === 'sending' ? current : { state: 'idle' })),
  });
  const draftOf = (form: FormValues) => toDraft(form, person.fullName, Date.now(), clientId.current);

  /** Applies a change and keeps it as the person's draft. */
  const change = (patch: Partial<FormValues>, clearErrors: (e: FieldErrors) => FieldErrors) => {
    setValues((current) => {
      const next = { ...current, ...patch };
      void saveDraft(person.profileUrl, draftOf(next));
      return next;
    });
    setHasDraft(true);
    setErrors(clearErrors);
  };
  const update = (patch: Partial<FormValues>) => {
    change(patch, ({ content_text, ...rest }) =>
      patch.contentText !== undefined || content_text === undefined ? rest : { ...rest, content_text },
    );
    if (submit.state !== 'sending') setSubmit({ state: 'idle' });
  };
  const onDueChange = useCallback(
    (due: Pick<FormValues, 'dueText' | 'dueIso' | 'dueError'>) =>
      change(due, ({ due_date: _dropped, ...rest }) => rest),
    [person],
  );
  const chooseType = (type: TaskType) => {
    update(withTaskType(values, type, boot.templates, vars));
    void rememberTaskType(type);
  };

  /**
   * `form` with its typed due entry read, loading the parser first if need be (the due field
   * shows the same result once it has read the entry itself).
   */
  const withDueRead = async (form: FormValues): Promise<FormValues> => {
    if (!isDueUnread(form)) return form;
    const parse = await loadDueTextParser();
    return {
      ...form,
      ...dueFromParse(form.dueText, parse(form.dueText, new Date(), boot.settings.defaultDueTime)),
    };
  };

  /** The one way out: the run goes to the background, and its outcome comes back into the form. */
  const sendRun = async (form: FormValues, submissions: TaskSubmission[], label: RunLabel) => {
    setSubmit({ state: 'sending' });
    const single = !('cadence' in label);
    // The background keeps the task in its outbox from here on; dropping the draft now means a
    // popup closed while Stardex answers cannot bring the same task back for a second submit.
    // It is put back below if the task did not make it.
    if (single) await saveDraft(person.profileUrl, null);
    const outcome = await submitRun(submissions, label, members());
    setSubmit(outcome.submit);
    setErrors(outcome.fieldErrors);
    if (outcome.delivered) {
      if (single) {
        clientId.current = crypto.randomUUID(); // the next task is another intent
        await saveLastUsed(form.taskType, form.ownerIds);
        setHasDraft(false);
      } else {
        cadence.queued();
      }
      onSubmitted?.(outcome.submit.state === 'created' ? 'created' : 'queued', outcome.created);
    } else if (single) {
      await saveDraft(person.profileUrl, draftOf(form));
    }
  };
  const send = (form: FormValues = values) =>
    sendRun(form, [toSubmission(form, person, clientId.current)], {
      summary: summarize(form, person.fullName, members()),
    });
  /**
   * A cadence's run: what it shares with the form (due date, owners, links) is validated, and a
   * due entry not read yet is read first and the run waits for another press: its steps' dates
   * follow from it, and the recruiter has not seen them yet.
   */
  const requestRun = async (chosen: NonNullable<typeof cadence.cadence>) => {
    const unread = isDueUnread(values);
    const form = await withDueRead(values);
    const found = validateForm({ ...form, contentText: 'each step has its own text', textEdited: true });
    setErrors(found);
    if (found.due_date) return focus('due');
    if (Object.keys(found).length > 0 || unread) return;
    const submissions = cadence.submissionsFor(form);
    if (submissions) await sendRun(form, submissions, { cadence: chosen.name });
  };
  const requestSubmit = async () => {
    if (submit.state === 'sending') return;
    if (cadence.cadence) return requestRun(cadence.cadence);
    const form = await withDueRead(values);
    const found = validateForm(form);
    setErrors(found);
    if (found.content_text) return focus('text');
    if (found.due_date) return focus('due');
    if (isPastDue(form.dueIso ? new Date(form.dueIso) : null, new Date()))
      setSubmit({ state: 'confirm-past' });
    else void send(form);
  };
  const discard = () => {
    clientId.current = crypto.randomUUID();
    void saveDraft(person.profileUrl, null);
    setHasDraft(false);
    setValues(fresh());
    setErrors({});
    setSubmit({ state: 'idle' });
  };
  /** The recruiter said who they are: a form with no owners yet becomes theirs (not a draft edit). */
  const meKnown = (id: string) =>
    setValues((current) => ({ ...current, ownerIds: ownersOnceMeKnown(current.ownerIds, id) }));
  /** "New task" after an outcome: the same cadence afresh, or a fresh single task. */
  const newTask = () => {
    setSubmit({ state: 'idle' });
    if (cadence.cadence) return cadence.reset();
    setValues(fresh());
    focus('text');
  };
  return {
    values,
    errors,
    submit,
    hasDraft,
    clippedDraft: existingDraft?.clipped === true,
    update,
    onDueChange,
    chooseType,
    cadence,
    send,
    requestSubmit,
    discard,
    newTask,
    meKnown,
    cancelPast: () => {
      setSubmit({ state: 'idle' });
      focus('due');
    },
  };
}
