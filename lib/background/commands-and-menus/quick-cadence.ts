/**
 * "Quick task" set in Options to start a cadence (settings' `quickTaskCadenceId`): the run the
 * form would queue for the profile — the default due pick as the first step's day, the default
 * owners — without opening the form, and its notification.
 */
import { planFromForm, runSubmissions, unsendableStep } from '@/lib/cadence/cadence-run';
import type { Cadence } from '@/lib/tasks/cadence-schema';
import type { TaskSubmission } from '@/lib/tasks/task-schema';
import { type QuickTaskInput, quickForm } from './quick-task';

/** The cadence Quick task starts, or null for the single default task (also when it was deleted). */
export function quickCadence(settingsId: string | null, cadences: readonly Cadence[]): Cadence | null {
  return settingsId === null ? null : (cadences.find((c) => c.id === settingsId) ?? null);
}

/** Every step's submission for the profile, or why there are none. */
export function buildQuickCadence(
  input: Omit<QuickTaskInput, 'clientId'> & { cadence: Cadence },
): { ok: true; submissions: TaskSubmission[] } | { ok: false; reason: string } {
  const built = quickForm(input);
  if (!built.ok) return built;
  const plan = planFromForm(
    input.cadence,
    built.person,
    built.form,
    input.settings.defaultDueTime,
    input.now,
  );
  const unfinished = unsendableStep(plan, {});
  if (unfinished >= 0) {
    return {
      ok: false,
      reason: `Step ${unfinished + 1} of “${input.cadence.name}” is blank or unfinished. Finish it in Options, or use the form.`,
    };
  }
  const submissions = runSubmissions({
    name: input.cadence.name,
    plan,
    texts: {},
    form: built.form,
    person: built.person,
    runId: crypto.randomUUID(),
    clientIds: plan.map(() => crypto.randomUUID()),
  });
  return { ok: true, submissions };
}
