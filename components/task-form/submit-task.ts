/**
 * Sends a submission to the background and turns its answer into what the form shows: a state,
 * a summary in words, and the fields Stardex rejected.
 */
import { formatDue } from '@/lib/form/due-date';
import type { FieldErrors, FormValues } from '@/lib/form/form-state';
import { sendMessage, type TeamMember } from '@/lib/messaging';
import { type TaskSubmission, taskTypeLabels } from '@/lib/tasks/task-schema';
import type { SubmitState } from './SubmitStatus';

const formFields = new Set<keyof FieldErrors>([
  'content_text',
  'due_date',
  'owner_ids',
  'job_id',
  'deal_id',
  'client_id',
]);

/** "LinkedIn message for Ada Lovelace, due Tue 1 Dec, 09:00, owners: Grace Hopper". */
export function summarize(form: FormValues, personName: string, members: TeamMember[]): string {
  const due = form.dueIso ? `due ${formatDue(new Date(form.dueIso), new Date())}` : 'no due date';
  const names = form.ownerIds
    .map((id) => members.find((m) => m.id === id))
    .filter((m): m is TeamMember => m !== undefined)
    .map((m) => `${m.firstName} ${m.lastName}`.trim());
  const owners = names.length > 0 ? `, owners: ${names.join(', ')}` : '';
  return `${taskTypeLabels[form.taskType]} for ${personName}, ${due}${owners}`;
}

export interface SubmitOutcome {
  submit: SubmitState;
  fieldErrors: FieldErrors;
  /** True when the task is in Stardex or safely queued: the draft can go. */
  delivered: boolean;
}

/** Submits and describes the outcome; never throws (a silent background is a failure in words). */
export async function submitTask(submission: TaskSubmission, summary: string): Promise<SubmitOutcome> {
  try {
    const result = await sendMessage('submitTask', submission);
    if (result.state === 'created')
      return { submit: { state: 'created', summary }, fieldErrors: {}, delivered: true };
    if (result.state === 'queued') {
      return {
        submit: { state: 'queued', summary, reason: result.reason },
        fieldErrors: {},
        delivered: true,
      };
    }
    const fieldErrors: FieldErrors = {};
    const field = result.state === 'failed' ? result.item.lastError?.field : null;
    if (field && formFields.has(field as keyof FieldErrors))
      fieldErrors[field as keyof FieldErrors] = result.reason;
    return { submit: { state: 'failed', reason: result.reason }, fieldErrors, delivered: false };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      submit: {
        state: 'failed',
        reason: `the extension did not answer (${message}). Your text is kept; try again.`,
      },
      fieldErrors: {},
      delivered: false,
    };
  }
}
