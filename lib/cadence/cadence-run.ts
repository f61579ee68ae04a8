/**
 * One click on a cadence, as the form sends it: a submission per planned step (its own client id,
 * the form's owners and links, the step's type, due instant and — possibly edited — text), all
 * in one run (`group`), and the background's answer in words.
 *
 *   const subs = runSubmissions({ name, plan, texts, form, person, runId, clientIds });
 *   const line = runOutcome(name, await sendMessage('submit', { submissions: subs }));
 */

import { type PlannedStep, planCadence } from '@/lib/cadence/cadence-plan';
import { toDueIso } from '@/lib/form/due-date';
import { type FormValues, toSubmission } from '@/lib/form/form-state';
import { isUnfinishedText, type TemplatePerson } from '@/lib/form/template';
import type { SubmitRun } from '@/lib/messaging';
import { runGroups } from '@/lib/tasks/cadence-group';
import type { Cadence } from '@/lib/tasks/cadence-schema';
import type { PersonRef, TaskSubmission } from '@/lib/tasks/task-schema';

export interface RunInput {
  name: string;
  plan: readonly PlannedStep[];
  /** The recruiter's edits of step texts, by step id (absent = the planned text). */
  texts: Readonly<Record<string, string>>;
  form: FormValues;
  person: PersonRef;
  runId: string;
  /** One per step, kept until the run is queued (a second press sends the same ids). */
  clientIds: readonly string[];
}

/** The run `cadence` makes from the form: the first step is due when the form says, the rest count from it. */
export function planFromForm(
  cadence: Cadence,
  person: TemplatePerson,
  form: Pick<FormValues, 'dueIso'>,
  defaultTime: string,
  now: Date,
): PlannedStep[] {
  return planCadence(cadence, person, {
    firstDue: form.dueIso ? new Date(form.dueIso) : null,
    defaultTime,
    now,
  });
}

/** The text a step will be created with. */
export const stepText = (step: PlannedStep, texts: Readonly<Record<string, string>>) =>
  texts[step.stepId] ?? step.text;

export function runSubmissions(input: RunInput): TaskSubmission[] {
  const groups = runGroups(input.runId, input.name, input.plan.length);
  return input.plan.map((step, index) => ({
    ...toSubmission(
      {
        ...input.form,
        taskType: step.type,
        contentText: stepText(step, input.texts),
        dueIso: toDueIso(step.due),
      },
      input.person,
      input.clientIds[index] ?? crypto.randomUUID(),
    ),
    group: groups[index],
  }));
}

/**
 * The index of the first step that cannot be sent as it is, or -1: its text is blank, or it is the
 * step's template untouched and ends mid-sentence (`isUnfinishedText`).
 */
export function unsendableStep(
  plan: readonly PlannedStep[],
  texts: Readonly<Record<string, string>>,
): number {
  return plan.findIndex((step) => {
    const text = stepText(step, texts);
    return text.trim() === '' || (texts[step.stepId] === undefined && isUnfinishedText(text));
  });
}

export type RunOutcome =
  | { state: 'created' | 'queued'; line: string; reason: string | null }
  | { state: 'failed'; reason: string };

/**
 * "Connect, then follow up — 3 of 3 in Stardex"; with steps still on their way, why. The run is
 * "queued" once every step is in the outbox (in Stardex or waiting there, visibly, with a retry),
 * "failed" only when the background refused it and nothing was queued.
 */
export function runOutcome(name: string, result: SubmitRun): RunOutcome {
  if (result.state === 'invalid') return { state: 'failed', reason: result.reason };
  const created = result.steps.filter((s) => s.state === 'created').length;
  const line = `${name} — ${created} of ${result.steps.length} in Stardex`;
  const waiting = result.steps.find((s) => s.state !== 'created');
  if (!waiting) return { state: 'created', line, reason: null };
  const reason = 'reason' in waiting ? waiting.reason : null;
  const failedCount = result.steps.filter((s) => s.state === 'failed').length;
  const rest =
    failedCount > 0
      ? `${failedCount} step${failedCount === 1 ? '' : 's'} need${failedCount === 1 ? 's' : ''} attention in Options → Outbox`
      : 'the rest will be sent automatically';
  return { state: 'queued', line, reason: `${reason ? `${reason}; ` : ''}${rest}` };
}
