/**
 * Sends a submission to the background and turns its answer into what the form shows: a state,
 * a summary in words, and the fields Stardex rejected.
 */
import { formatDue } from '@/lib/form/due-date';
import type { FieldErrors, FormValues } from '@/lib/form/form-state';
import { type SubmitResult, sendMessage, type TeamMember } from '@/lib/messaging';
import { type TaskSubmission, taskSubmissionSchema, taskTypeLabels } from '@/lib/tasks/task-schema';
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

/** The form's view of what the background answered. */
function outcomeOf(result: SubmitResult, summary: string): SubmitOutcome {
  if (result.state === 'created')
    return { submit: { state: 'created', summary }, fieldErrors: {}, delivered: true };
  if (result.state === 'queued') {
    return { submit: { state: 'queued', summary, reason: result.reason }, fieldErrors: {}, delivered: true };
  }
  const fieldErrors: FieldErrors = {};
  const field = result.state === 'failed' ? result.item.lastError?.field : null;
  if (field && formFields.has(field as keyof FieldErrors))
    fieldErrors[field as keyof FieldErrors] = result.reason;
  return { submit: { state: 'failed', reason: result.reason }, fieldErrors, delivered: false };
}

/**
 * What the message schema would refuse, on the field it concerns ("task text: …", never "the
 * extension did not answer"). Person fields are clamped before this (lib/form/person.ts).
 */
function refusedBySchema(submission: TaskSubmission): SubmitOutcome | null {
  const parsed = taskSubmissionSchema().safeParse(submission);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  const [where, field] = issue?.path ?? [];
  const fieldErrors: FieldErrors = {};
  if (where === 'task' && formFields.has(field as keyof FieldErrors))
    fieldErrors[field as keyof FieldErrors] = issue?.message ?? 'Not accepted';
  const name = where === 'person' ? `the person’s ${String(field)}` : String(field ?? where);
  return {
    submit: { state: 'failed', reason: `${name}: ${issue?.message ?? 'not accepted'}` },
    fieldErrors,
    delivered: false,
  };
}

/**
 * Submits and describes the outcome; never throws. When the reply is lost (the channel closed,
 * the worker restarted) the background is asked what became of this client id: a task that is in
 * the outbox is never reported as "not created".
 */
export async function submitTask(submission: TaskSubmission, summary: string): Promise<SubmitOutcome> {
  const refused = refusedBySchema(submission);
  if (refused) return refused;
  try {
    return outcomeOf(await sendMessage('submitTask', submission), summary);
  } catch {
    try {
      const known = await sendMessage('getSubmission', { clientId: submission.clientId });
      if (known) return outcomeOf(known, summary);
      return lost('The task did not reach the extension. Your text is kept; create it again.');
    } catch {
      return lost(
        'The extension did not answer. Your text is kept; pressing Create again cannot make a second task.',
      );
    }
  }
}

function lost(reason: string): SubmitOutcome {
  return { submit: { state: 'failed', reason }, fieldErrors: {}, delivered: false };
}
