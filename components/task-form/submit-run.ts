/**
 * The form's one submit: sends a run (one task, a cadence's steps, one logged touch, or a list's
 * batch of tasks for several people) to the
 * background and turns its answer into what the form shows: a state, a summary in words, and the
 * fields Stardex rejected. A lost reply is asked after by the run's client ids.
 */

import { batchOutcome } from '@/lib/cadence/batch-outcome';
import { runOutcome } from '@/lib/cadence/cadence-run';
import { formatDue } from '@/lib/form/due-date';
import type { FieldErrors, FormValues } from '@/lib/form/form-state';
import { type OpenTask, type SubmitRun, sendMessage, type TeamMember } from '@/lib/messaging';
import type { OutboxItem } from '@/lib/outbox/outbox-schema';
import { activitySubmissionSchema, isActivity, type Submission } from '@/lib/tasks/activity-schema';
import { taskSubmissionSchema, taskTypeLabels } from '@/lib/tasks/task-schema';
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
  /** The run's tasks Stardex now has, as the person's open-task list shows them. */
  created: OpenTask[];
  /** A batch: the profile URLs of the people whose tasks are all in Stardex now. */
  inStardex?: string[];
}

/** A step Stardex created, as an open task (owner names from the team list the form has). */
function openTaskOf(item: OutboxItem, members: readonly TeamMember[]): OpenTask[] {
  if (item.kind === 'activity' || !item.taskId) return [];
  const owners = (item.task.owner_ids ?? []).map((id) => {
    const member = members.find((m) => m.id === id);
    return { id, name: member ? `${member.firstName} ${member.lastName}`.trim() : '' };
  });
  const { task_type: taskType, content_text: contentText, due_date: dueDate } = item.task;
  return [{ id: item.taskId, taskType, contentText, dueDate: dueDate ?? null, owners }];
}

function createdIn(result: SubmitRun, members: readonly TeamMember[]): OpenTask[] {
  if (result.state !== 'accepted') return [];
  return result.steps.flatMap((step) => (step.state === 'created' ? openTaskOf(step.item, members) : []));
}

/**
 * What the form says of a run: one task by its summary, a cadence by its name, a log by its
 * touch, a list's batch by its people.
 */
export type RunLabel = { summary: string } | { cadence: string } | { log: string } | { batch: true };

/** The form's view of what the background answered, with the tasks it created. */
function outcomeOf(result: SubmitRun, label: RunLabel, members: readonly TeamMember[]): SubmitOutcome {
  return { ...wordsFor(result, label), created: createdIn(result, members) };
}

function wordsFor(result: SubmitRun, label: RunLabel): Omit<SubmitOutcome, 'created'> {
  if ('batch' in label) {
    const outcome = batchOutcome(result);
    if (outcome.state === 'failed') return lost(outcome.reason);
    const submit: SubmitState =
      outcome.state === 'created'
        ? { state: 'created', summary: outcome.line }
        : { state: 'queued', summary: outcome.line, reason: outcome.reason ?? '' };
    return { submit, fieldErrors: {}, delivered: true, inStardex: outcome.inStardex };
  }
  if ('cadence' in label) {
    const outcome = runOutcome(label.cadence, result);
    if (outcome.state === 'failed') return lost(outcome.reason);
    const submit: SubmitState =
      outcome.state === 'created'
        ? { state: 'created', summary: outcome.line }
        : { state: 'queued', summary: outcome.line, reason: outcome.reason ?? '' };
    return { submit, fieldErrors: {}, delivered: true };
  }
  const summary = 'log' in label ? label.log : label.summary;
  if (result.state === 'invalid') return lost(result.reason);
  const step = result.steps[0];
  if (step?.state === 'created')
    return { submit: { state: 'created', summary }, fieldErrors: {}, delivered: true };
  if (step?.state === 'queued') {
    return { submit: { state: 'queued', summary, reason: step.reason }, fieldErrors: {}, delivered: true };
  }
  const fieldErrors: FieldErrors = {};
  const field = step?.item.lastError?.field;
  const reason = step?.reason ?? ('log' in label ? 'Stardex refused the log' : 'Stardex refused the task');
  if (field && formFields.has(field as keyof FieldErrors)) fieldErrors[field as keyof FieldErrors] = reason;
  return { submit: { state: 'failed', reason }, fieldErrors, delivered: false };
}

/**
 * What the message schema would refuse, on the field it concerns ("task text: …", never "the
 * extension did not answer"). Person fields are clamped before this (lib/form/person.ts).
 */
function refusedBySchema(submission: Submission): SubmitOutcome | null {
  // Each kind by its own schema: a union's issue would name no field.
  const parsed = isActivity(submission)
    ? activitySubmissionSchema().safeParse(submission)
    : taskSubmissionSchema().safeParse(submission);
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
    created: [],
  };
}

/**
 * Submits the run and describes the outcome; never throws. When the reply is lost (the channel
 * closed, the worker restarted) the background is asked what became of the run's client ids: a
 * task that is in the outbox is never reported as "not created".
 */
export async function submitRun(
  submissions: Submission[],
  label: RunLabel,
  members: readonly TeamMember[] = [],
): Promise<SubmitOutcome> {
  for (const submission of submissions) {
    const refused = refusedBySchema(submission);
    if (refused) return refused;
  }
  try {
    return outcomeOf(await sendMessage('submit', { submissions }), label, members);
  } catch {
    try {
      const known = await sendMessage('getSubmission', { clientIds: submissions.map((s) => s.clientId) });
      if (known) return outcomeOf(known, label, members);
      return lost(notReached(label, submissions.length));
    } catch {
      return lost(noAnswer(label, submissions.length));
    }
  }
}

function notReached(label: RunLabel, count: number): string {
  if ('log' in label) return 'The log did not reach the extension. Your text is kept; log it again.';
  return count > 1
    ? 'The tasks did not reach the extension. Create them again.'
    : 'The task did not reach the extension. Your text is kept; create it again.';
}

function noAnswer(label: RunLabel, count: number): string {
  if ('log' in label)
    return 'The extension did not answer. Your text is kept; logging again cannot log it twice.';
  return count > 1
    ? 'The extension did not answer. Pressing Create again cannot make the tasks twice.'
    : 'The extension did not answer. Your text is kept; pressing Create again cannot make a second task.';
}

function lost(reason: string): SubmitOutcome {
  return { submit: { state: 'failed', reason }, fieldErrors: {}, delivered: false, created: [] };
}
