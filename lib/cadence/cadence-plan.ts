/**
 * What one click on a cadence creates: a task per step with its type, due moment and filled text,
 * for the form to preview (and let the recruiter edit) before it queues them.
 *
 *   const plan = planCadence(cadence, person, { firstDue: resolveDuePick(pick, now, time), defaultTime: time, now });
 *   button.textContent = cadenceButtonLabel(plan.length); // 'Create 3 tasks'
 */
import { stepDueDates } from '@/lib/cadence/cadence-dates';
import { fillStepTemplate } from '@/lib/cadence/cadence-text';
import { type TemplatePerson, templateFor, templateValues } from '@/lib/form/template';
import type { Cadence } from '@/lib/tasks/cadence-schema';
import type { TaskType } from '@/lib/tasks/task-schema';

/** One task of a cadence run, before the recruiter's edits. */
export interface PlannedStep {
  stepId: string;
  type: TaskType;
  /** Local moment (send with `toDueIso`); null only for a first step with "No due date". */
  due: Date | null;
  text: string;
}

export interface PlanTiming {
  /** The first step's due moment: the form's quick pick (`resolveDuePick`) or custom date. */
  firstDue: Date | null;
  /** Settings' `defaultDueTime` ("HH:MM"), the local time of every later step. */
  defaultTime: string;
  now: Date;
}

/**
 * The tasks `cadence` creates for `person`. A blank step template gets its type's built-in
 * template (as a blank per-type template does in the single-task form), so no step is planned
 * with text Stardex would refuse.
 */
export function planCadence(cadence: Cadence, person: TemplatePerson, timing: PlanTiming): PlannedStep[] {
  const values = templateValues(person);
  const count = cadence.steps.length;
  const dues = stepDueDates(
    timing.firstDue,
    cadence.steps.map((step) => step.offset),
    timing.defaultTime,
    timing.now,
  );
  return cadence.steps.map((step, index) => ({
    stepId: step.id,
    type: step.type,
    due: dues[index] ?? null,
    text: fillStepTemplate(templateFor(step.type, { [step.type]: step.template }), values, index, count),
  }));
}

/** The form's submit button: 'Create task' for one, 'Create 3 tasks' for a cadence of three. */
export function cadenceButtonLabel(count: number): string {
  return count <= 1 ? 'Create task' : `Create ${count} tasks`;
}
