import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { draftKey } from '@/lib/form/draft';
import { isPastDue } from '@/lib/form/due-date';
import {
  type FieldErrors,
  type FormValues,
  initialValues,
  textCounter,
  toDraft,
  toSubmission,
  validateForm,
  withTaskType,
} from '@/lib/form/form-state';
import type { FormPerson } from '@/lib/form/person';
import { templateValues } from '@/lib/form/template';
import type { ReadHealth } from '@/lib/profile/read-report';
import { DuePicker } from './DuePicker';
import { loadDueTextParser } from './due-text-loader';
import { type FormBoot, rememberTaskType, saveDraft, saveLastUsed } from './form-store';
import { OpenTasks } from './OpenTasks';
import { OwnersPicker } from './OwnersPicker';
import { ProfileHeader } from './ProfileHeader';
import { ReadHealthNote } from './ReadHealthNote';
import { RecordPicker } from './RecordPicker';
import { type SubmitState, SubmitStatus } from './SubmitStatus';
import { submitTask, summarize } from './submit-task';
import { TaskTypePicker } from './TaskTypePicker';
import { usePersonData } from './use-person-data';

export interface TaskFormProps {
  person: FormPerson;
  /** Storage read before the first render (see loadFormBoot), so the form shows at once. */
  boot: FormBoot;
  /** What the page read missed, for the "couldn't be read" note (null for a manual entry). */
  health?: ReadHealth | null;
  /** Prefix for element ids: the popup and a panel must not share ids on one page. */
  idPrefix?: string;
  /** Put the cursor in the task text on mount (the in-page panel). */
  autofocusText?: boolean;
  /** Called once the form is on screen with the profile shown. */
  onReady?: () => void;
  /** Called after a task was created or queued. */
  onSubmitted?: (state: 'created' | 'queued') => void;
}

/** The task form shared by the popup and the in-page panel. */
export function TaskForm({
  person,
  boot,
  health,
  idPrefix = 'sx',
  autofocusText = false,
  onReady,
  onSubmitted,
}: TaskFormProps) {
  const vars = useMemo(() => templateValues(person), [person]);
  const existingDraft = boot.drafts[draftKey(person.profileUrl)] ?? null;
  const fresh = useCallback(
    () =>
      initialValues({
        settings: boot.settings,
        lastUsed: boot.lastUsed,
        templates: boot.templates,
        values: vars,
        draft: null,
        now: new Date(),
      }),
    [boot, vars],
  );
  const [values, setValues] = useState<FormValues>(() =>
    initialValues({ ...boot, values: vars, draft: existingDraft, now: new Date() }),
  );
  const [hasDraft, setHasDraft] = useState(existingDraft !== null);
  // One intent, one outbox item: the draft's task keeps its id until it is sent or discarded, so
  // Create pressed again after a lost reply gets the first item back, never a second task.
  const clientId = useRef(existingDraft?.clientId ?? crypto.randomUUID());
  const draftOf = (form: FormValues) => toDraft(form, person.fullName, Date.now(), clientId.current);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submit, setSubmit] = useState<SubmitState>({ state: 'idle' });
  const { lookup, openTasks, members } = usePersonData(person.profileUrl);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const submitRef = useRef<() => void>(() => undefined);
  const ids = (name: string) => `${idPrefix}-${name}`;
  // By id inside the form, not `document`: in the panel the form lives in a shadow root.
  const focusField = (name: string) => formRef.current?.querySelector<HTMLElement>(`#${ids(name)}`)?.focus();

  // Layout effect: the form with the profile is in the DOM and about to be painted. (A plain effect
  // waits for the next animation frame, up to 35 ms later in Preact, which says nothing about the form.)
  useLayoutEffect(() => onReady?.(), [onReady]);
  useEffect(() => {
    if (autofocusText) textRef.current?.focus();
  }, [autofocusText]);
  useEffect(() => {
    // Called through a closure: an unbound `window.requestIdleCallback` throws in Firefox's content scripts.
    const idle = (cb: () => void) =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(cb) : setTimeout(cb, 200);
    idle(() => void loadDueTextParser());
  }, [onReady]);

  const update = (patch: Partial<FormValues>) => {
    setValues((current) => {
      const next = { ...current, ...patch };
      void saveDraft(person.profileUrl, draftOf(next));
      return next;
    });
    setHasDraft(true);
    if (submit.state !== 'sending') setSubmit({ state: 'idle' });
    setErrors((e) => {
      const { content_text, ...rest } = e;
      return patch.contentText !== undefined
        ? rest
        : content_text === undefined
          ? rest
          : { ...rest, content_text };
    });
  };
  const onDueChange = useCallback(
    (due: Pick<FormValues, 'dueText' | 'dueIso' | 'dueError'>) => {
      setValues((current) => {
        const next = { ...current, ...due };
        void saveDraft(person.profileUrl, draftOf(next));
        return next;
      });
      setHasDraft(true);
      setErrors(({ due_date: _dropped, ...rest }) => rest);
    },
    [person],
  );

  const send = async () => {
    setSubmit({ state: 'sending' });
    const submission = toSubmission(values, person, clientId.current);
    const memberList = members.state === 'done' ? members.members : [];
    // The background keeps the task in its outbox from here on; dropping the draft now means a
    // popup closed while Stardex answers cannot bring the same task back for a second submit.
    // It is put back below if the task did not make it.
    await saveDraft(person.profileUrl, null);
    const outcome = await submitTask(submission, summarize(values, person.fullName, memberList));
    setSubmit(outcome.submit);
    setErrors(outcome.fieldErrors);
    if (outcome.delivered) {
      clientId.current = crypto.randomUUID(); // the next task is another intent
      await saveLastUsed(values.taskType, values.ownerIds);
      setHasDraft(false);
      onSubmitted?.(outcome.submit.state === 'created' ? 'created' : 'queued');
    } else {
      await saveDraft(person.profileUrl, draftOf(values));
    }
  };
  const requestSubmit = () => {
    if (submit.state === 'sending') return;
    const found = validateForm(values);
    setErrors(found);
    if (found.content_text) {
      textRef.current?.focus();
      return;
    }
    if (found.due_date) {
      focusField('due');
      return;
    }
    if (isPastDue(values.dueIso ? new Date(values.dueIso) : null, new Date()))
      setSubmit({ state: 'confirm-past' });
    else void send();
  };
  submitRef.current = requestSubmit;
  // Ctrl/Cmd+Enter anywhere in the popup or panel (the document or the panel's shadow root), even
  // when focus sits on a chip or the body after a picker closed.
  useEffect(() => {
    const root = formRef.current?.getRootNode() as Document | ShadowRoot | undefined;
    if (!root) return;
    const onKey = (event: Event) => {
      const e = event as KeyboardEvent;
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.defaultPrevented) {
        e.preventDefault();
        submitRef.current();
      }
    };
    root.addEventListener('keydown', onKey);
    return () => root.removeEventListener('keydown', onKey);
  }, []);

  const discard = () => {
    clientId.current = crypto.randomUUID();
    void saveDraft(person.profileUrl, null);
    setHasDraft(false);
    setValues(fresh());
    setErrors({});
    setSubmit({ state: 'idle' });
  };

  const done = submit.state === 'created' || submit.state === 'queued';
  return (
    <form
      ref={formRef}
      class="sx-form"
      noValidate
      aria-label="New Stardex task"
      onSubmit={(e) => {
        e.preventDefault();
        requestSubmit();
      }}
      // Also here, not only on the root: the panel host stops key events from leaving its container.
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          requestSubmit();
        }
      }}
    >
      <ProfileHeader person={person} lookup={lookup} addMissingPerson={boot.settings.addMissingPerson} />
      <ReadHealthNote health={health} />
      <OpenTasks open={openTasks} />
      <TaskTypePicker
        idPrefix={idPrefix}
        value={values.taskType}
        onChange={(type) => {
          update(withTaskType(values, type, boot.templates, vars));
          void rememberTaskType(type);
        }}
      />
      <div class="sx-field">
        <label class="sx-label" for={ids('text')}>
          Task text
        </label>
        <textarea
          id={ids('text')}
          ref={textRef}
          rows={3}
          dir="auto"
          required
          aria-invalid={errors.content_text ? true : undefined}
          aria-describedby={errors.content_text ? ids('text-error') : undefined}
          value={values.contentText}
          onInput={(e) => update({ contentText: e.currentTarget.value, textEdited: true })}
        />
        {errors.content_text && (
          <p id={ids('text-error')} class="sx-error">
            {errors.content_text}
          </p>
        )}
        <TextLimitNote
          text={values.contentText}
          clippedDraft={existingDraft?.clipped === true}
          id={ids('text-count')}
        />
      </div>
      <DuePicker
        id={ids('due')}
        value={values}
        defaultTime={boot.settings.defaultDueTime}
        onChange={onDueChange}
        error={errors.due_date}
      />
      <OwnersPicker
        id={ids('owners')}
        members={members}
        selectedIds={values.ownerIds}
        meId={boot.settings.meTeamMemberId}
        onChange={(ownerIds) => update({ ownerIds })}
        error={errors.owner_ids}
      />
      <div class="sx-links">
        <RecordPicker
          id={ids('job')}
          kind="job"
          value={values.job}
          onChange={(job) => update({ job })}
          error={errors.job_id}
        />
        <RecordPicker
          id={ids('deal')}
          kind="deal"
          value={values.deal}
          onChange={(deal) => update({ deal })}
          error={errors.deal_id}
        />
        <RecordPicker
          id={ids('client')}
          kind="client"
          value={values.client}
          onChange={(client) => update({ client })}
          error={errors.client_id}
        />
      </div>
      <SubmitStatus
        submit={submit}
        onConfirmPast={() => void send()}
        onCancelPast={() => {
          setSubmit({ state: 'idle' });
          focusField('due');
        }}
        onNewTask={() => {
          setValues(fresh());
          setSubmit({ state: 'idle' });
          textRef.current?.focus();
        }}
      />
      <div class="sx-actions">
        <button
          type="submit"
          class="sx-button sx-button-primary"
          aria-keyshortcuts="Control+Enter Meta+Enter"
          disabled={submit.state === 'sending' || done}
        >
          {submit.state === 'sending' ? 'Creating…' : 'Create task'}
        </button>
        <span class="sx-kbd" aria-hidden="true">
          Ctrl/⌘+Enter
        </span>
        {hasDraft && !done && (
          <button type="button" class="sx-button" onClick={discard}>
            Discard draft
          </button>
        )}
      </div>
    </form>
  );
}

/**
 * The character count once the text nears the limit, and what happened to a draft that was
 * longer than the limit (only its start was kept): said, never silent.
 */
function TextLimitNote({ text, clippedDraft, id }: { text: string; clippedDraft: boolean; id: string }) {
  const counter = textCounter(text);
  if (!counter && !clippedDraft) return null;
  return (
    <p id={id} class={counter?.over ? 'sx-error' : 'sx-hint'} aria-live="polite">
      {counter && <span>{counter.label} characters. </span>}
      {counter?.over && <span>Only the first 10,000 are kept in the draft. </span>}
      {clippedDraft && <span>This draft was longer than 10,000 characters; only its start was kept.</span>}
    </p>
  );
}
