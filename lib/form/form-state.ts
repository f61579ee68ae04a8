/**
 * The task form's values, how they start (draft → last used → settings) and how they become a
 * submission. Pure: the components hold the state, these functions decide.
 */
import type { LastUsed, Settings } from '@/lib/storage/preferences';
import { type PersonRef, TASK_TEXT_MAX, type TaskSubmission, type TaskType } from '@/lib/tasks/task-schema';
import type { Draft } from './draft';
import { duePickLabels, resolveDuePick, toDueIso } from './due-date';
import { DUE_UNREAD, type DueValue } from './due-entry';
import { initialOwnerIds } from './owners';
import { fillTemplate, isUnfinishedText, type TemplateValues, templateFor } from './template';

export { initialOwnerIds } from './owners';

export interface RecordChoice {
  id: string;
  label: string;
}

/** The form's values; the due field's (`dueText`, `dueIso`, `dueError`) are described in due-entry.ts. */
export interface FormValues extends DueValue {
  taskType: TaskType;
  contentText: string;
  textEdited: boolean;
  ownerIds: string[];
  job: RecordChoice | null;
  deal: RecordChoice | null;
  client: RecordChoice | null;
}

export type FieldErrors = Partial<
  Record<'content_text' | 'due_date' | 'owner_ids' | 'job_id' | 'deal_id' | 'client_id', string>
>;

export interface InitialContext {
  settings: Settings;
  lastUsed: LastUsed;
  templates: Partial<Record<TaskType, string>>;
  values: TemplateValues;
  draft: Draft | null;
  now: Date;
}

/**
 * A draft's due entry is as refused as it was when it was kept. Drafts kept before they held the
 * refusal have no `dueError`: one without a date may hold a refused entry, so it is read again.
 */
function restoredDueError(draft: Draft): string | null {
  if (draft.dueError !== undefined) return draft.dueError;
  return draft.dueIso === null ? DUE_UNREAD : null;
}

/** The form's first values: the person's draft if there is one, otherwise fresh ones. */
export function initialValues(ctx: InitialContext): FormValues {
  const { draft, settings } = ctx;
  if (draft) {
    return {
      taskType: draft.taskType,
      contentText: draft.contentText,
      textEdited: draft.textEdited,
      dueText: draft.dueText,
      dueIso: draft.dueIso,
      dueError: restoredDueError(draft),
      ownerIds: draft.ownerIds,
      job: draft.job,
      deal: draft.deal,
      client: draft.client,
    };
  }
  const taskType = ctx.lastUsed.taskType ?? settings.defaultTaskType;
  const due = resolveDuePick(settings.defaultDuePick, ctx.now, settings.defaultDueTime);
  return {
    taskType,
    contentText: fillTemplate(templateFor(taskType, ctx.templates), ctx.values),
    textEdited: false,
    dueText: duePickLabels[settings.defaultDuePick],
    dueIso: toDueIso(due),
    dueError: null,
    ownerIds: initialOwnerIds(settings, ctx.lastUsed),
    job: null,
    deal: null,
    client: null,
  };
}

/** Changes the task type; an untouched template text follows the new type's template. */
export function withTaskType(
  form: FormValues,
  taskType: TaskType,
  templates: Partial<Record<TaskType, string>>,
  values: TemplateValues,
): FormValues {
  const keepText = form.textEdited && form.contentText.trim() !== '';
  return {
    ...form,
    taskType,
    contentText: keepText ? form.contentText : fillTemplate(templateFor(taskType, templates), values),
    textEdited: keepText,
  };
}

/** Why an untouched template that ends mid-sentence (or on an unknown variable) is not sent. */
export const UNFINISHED_TEXT = 'Finish the text: the template leaves its end to you.';

/** Errors that stop a submit, by Stardex field name, in words. */
export function validateForm(form: FormValues): FieldErrors {
  const errors: FieldErrors = {};
  const length = form.contentText.trim().length;
  if (length === 0) errors.content_text = 'Write what the task is about.';
  else if (!form.textEdited && isUnfinishedText(form.contentText)) errors.content_text = UNFINISHED_TEXT;
  else if (length > TASK_TEXT_MAX)
    errors.content_text = `The task text is ${(length - TASK_TEXT_MAX).toLocaleString('en-US')} characters over the ${TASK_TEXT_MAX.toLocaleString('en-US')}-character limit.`;
  if (form.dueError) errors.due_date = form.dueError;
  return errors;
}

/** "9,412 / 10,000" once the text is within a tenth of the limit (or past it), else null. */
export function textCounter(text: string): { label: string; over: boolean } | null {
  const length = text.trim().length;
  if (length < TASK_TEXT_MAX * 0.9) return null;
  return {
    label: `${length.toLocaleString('en-US')} / ${TASK_TEXT_MAX.toLocaleString('en-US')}`,
    over: length > TASK_TEXT_MAX,
  };
}

/** The submission the background gets (validate first). */
export function toSubmission(form: FormValues, person: PersonRef, clientId: string): TaskSubmission {
  return {
    clientId,
    person,
    task: {
      task_type: form.taskType,
      content_text: form.contentText.trim(),
      due_date: form.dueIso,
      owner_ids: form.ownerIds,
      job_id: form.job?.id ?? null,
      deal_id: form.deal?.id ?? null,
      client_id: form.client?.id ?? null,
    },
  };
}

/**
 * The draft of `form` under the submission id it will be sent with. Text past the limit is not
 * kept (the draft says so with `clipped`, and the form shows it), so one paste cannot fill the
 * device's storage; the rest of the draft is never dropped for it.
 */
export function toDraft(
  form: FormValues,
  personName: string | null,
  now: number,
  clientId: string | null = null,
): Draft {
  const clipped = form.contentText.length > TASK_TEXT_MAX;
  return {
    ...form,
    contentText: clipped ? form.contentText.slice(0, TASK_TEXT_MAX) : form.contentText,
    clipped,
    clientId,
    personName,
    updatedAt: now,
  };
}
