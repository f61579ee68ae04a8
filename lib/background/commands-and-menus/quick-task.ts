/**
 * "Quick task" (keyboard shortcut): the default task for the profile in the current tab, with no
 * form — default type, its template, default due pick and owners — sent through the same outbox
 * as the form's submit, and confirmed with a notification.
 */

import { runOutcome } from '@/lib/cadence/cadence-run';
import { type FormValues, initialValues, toSubmission } from '@/lib/form/form-state';
import { personFromProfile } from '@/lib/form/person';
import { isUnfinishedText, templateValues } from '@/lib/form/template';
import type { SubmitRun } from '@/lib/messaging';
import type { ReadResult } from '@/lib/profile/profile-schema';
import type { Settings } from '@/lib/storage/preferences';
import type { PersonRef, TaskSubmission, TaskType } from '@/lib/tasks/task-schema';
import { taskTypeLabels } from '@/lib/tasks/task-schema';

export interface QuickTaskInput {
  read: ReadResult;
  settings: Settings;
  templates: Partial<Record<TaskType, string>>;
  now: Date;
  clientId: string;
}

/** The default form for a read profile (what the form would open with, minus the last used), or why there is none. */
export function quickForm(
  input: Omit<QuickTaskInput, 'clientId'>,
): { ok: true; form: FormValues; person: PersonRef } | { ok: false; reason: string } {
  if (input.read.kind !== 'profile') return { ok: false, reason: 'Open a LinkedIn profile first.' };
  const person = personFromProfile(input.read);
  if (!person) return { ok: false, reason: 'This page shows no LinkedIn profile link for the person.' };
  const form = initialValues({
    settings: input.settings,
    // The default task, not the last one: a shortcut should always do the same thing.
    lastUsed: { taskType: null, ownerIds: null },
    templates: input.templates,
    values: templateValues(person),
    draft: null,
    now: input.now,
  });
  const { photoUrl: _photo, ...personRef } = person;
  return { ok: true, form, person: personRef };
}

/** The submission for a read profile, or why there is none (the reason is shown as is). */
export function buildQuickTask(
  input: QuickTaskInput,
): { ok: true; submission: TaskSubmission } | { ok: false; reason: string } {
  const built = quickForm(input);
  if (!built.ok) return built;
  const text = built.form.contentText.trim();
  if (isUnfinishedText(text)) {
    return {
      ok: false,
      reason: `Your ${taskTypeLabels[built.form.taskType]} template is unfinished (“${text}”). Finish it in Options, or use the form.`,
    };
  }
  return { ok: true, submission: toSubmission(built.form, built.person, input.clientId) };
}

export interface Notice {
  title: string;
  message: string;
  /** A failure the recruiter should act on (the notification stays until dismissed). */
  problem: boolean;
}

/** What a quick run did: nothing (and why), or what the background answered. */
export type QuickOutcome = SubmitRun | { state: 'skipped'; reason: string };

/** The notification for a quick task's outcome: the one task, or the cadence's run. */
export function quickNotice(
  submissions: readonly TaskSubmission[],
  cadence: string | null,
  result: QuickOutcome,
): Notice {
  const first = submissions[0];
  if (result.state === 'skipped' || result.state === 'invalid') {
    const title = cadence ? 'No quick cadence' : 'No quick task';
    return {
      title,
      message: cadence && first ? `${first.person.fullName}: ${result.reason}` : result.reason,
      problem: true,
    };
  }
  if (cadence) {
    const outcome = runOutcome(cadence, result);
    if (outcome.state === 'failed')
      return {
        title: 'No quick cadence',
        message: `${first?.person.fullName}: ${outcome.reason}`,
        problem: true,
      };
    const message = `${outcome.line} for ${first?.person.fullName ?? ''}${outcome.reason ? ` — ${outcome.reason}` : ''}`;
    const title = outcome.state === 'created' ? 'Stardex cadence added' : 'Stardex cadence queued';
    return { title, message, problem: false };
  }
  const what = first ? `${taskTypeLabels[first.task.task_type]} for ${first.person.fullName}` : '';
  const step = result.steps[0];
  switch (step?.state) {
    case 'created':
      return { title: 'Stardex task added', message: what, problem: false };
    case 'queued':
      return { title: 'Stardex task queued', message: `${what} — ${step.reason}`, problem: false };
    default:
      return { title: 'Stardex task failed', message: `${what} — ${step?.reason ?? ''}`, problem: true };
  }
}
