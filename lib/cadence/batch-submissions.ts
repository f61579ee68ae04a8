/**
 * One "Create N tasks" on a result list, as the form sends it: for each picked person the form's
 * task (its text a template filled with that person's values) or a cadence's steps as one run of
 * their own, every submission carrying the same `batch`.
 *
 *   const subs = batchSubmissions({ people, form, cadence: null, batchId, idsFor });
 */
import { type PlannedStep, planCadence } from '@/lib/cadence/cadence-plan';
import { runSubmissions } from '@/lib/cadence/cadence-run';
import { type FormValues, toSubmission } from '@/lib/form/form-state';
import { fillTemplate, type TemplateValues, templateValues, templateVariables } from '@/lib/form/template';
import { BATCH_LIMITS, type Batch } from '@/lib/tasks/batch';
import type { Cadence } from '@/lib/tasks/cadence-schema';
import type { PersonRef, TaskSubmission } from '@/lib/tasks/task-schema';
import { fillStepTemplate } from './cadence-text';

/** Template values that leave every `{variable}` as typed: the list form shows templates, not texts. */
export const keptVariables = Object.fromEntries(
  templateVariables.map((name) => [name, `{${name}}`]),
) as TemplateValues;

/** A person whose values are the variables themselves, for planning a cadence shown as templates. */
export const templatePerson = {
  fullName: '{full_name}',
  firstName: '{first_name}',
  lastName: '{last_name}',
  currentTitle: '{title}',
  currentCompany: '{company}',
};

export interface BatchCadence {
  cadence: Cadence;
  /** The recruiter's edits of step templates, by step id. */
  texts: Readonly<Record<string, string>>;
  defaultTime: string;
  now: Date;
}

/** The ids a person's submissions go with: kept for the press's attempt, so a re-press cannot double. */
export interface PersonIds {
  runId: string;
  clientIds: readonly string[];
}

export interface BatchInput {
  /** The picked people, each with a public profile URL. */
  people: readonly PersonRef[];
  /** The form; its text is a template (filled per person). */
  form: FormValues;
  cadence: BatchCadence | null;
  batchId: string;
  idsFor: (person: PersonRef, count: number) => PersonIds;
}

/** A person's planned steps: the step templates (as edited) filled with their values. */
export function personPlan(
  run: BatchCadence,
  person: PersonRef,
  form: Pick<FormValues, 'dueIso'>,
): PlannedStep[] {
  const firstDue = form.dueIso ? new Date(form.dueIso) : null;
  const values = templateValues(person);
  const plan = planCadence(run.cadence, person, { firstDue, defaultTime: run.defaultTime, now: run.now });
  return plan.map((step, index) => {
    const edited = run.texts[step.stepId];
    return edited === undefined
      ? step
      : { ...step, text: fillStepTemplate(edited, values, index, plan.length) };
  });
}

/** Every submission of the batch, people in order, a cadence's steps in order per person. */
export function batchSubmissions(input: BatchInput): TaskSubmission[] {
  const batch: Batch = { id: input.batchId, people: input.people.length };
  return input.people.flatMap((person) => {
    if (input.cadence === null) {
      const ids = input.idsFor(person, 1);
      const text = fillTemplate(input.form.contentText, templateValues(person));
      const id = ids.clientIds[0] ?? crypto.randomUUID();
      return [{ ...toSubmission({ ...input.form, contentText: text }, person, id), batch }];
    }
    const plan = personPlan(input.cadence, person, input.form);
    const ids = input.idsFor(person, plan.length);
    return runSubmissions({
      name: input.cadence.cadence.name,
      plan,
      texts: {},
      form: input.form,
      person,
      runId: ids.runId,
      clientIds: ids.clientIds,
    }).map((submission) => ({ ...submission, batch }));
  });
}

/** Why the batch cannot go as it is, in words; null when it can. */
export function batchRefusal(people: number, stepsPerPerson: number): string | null {
  if (people === 0) return 'Pick at least one person.';
  if (people > BATCH_LIMITS.people) return `Pick at most ${BATCH_LIMITS.people} people.`;
  const most = Math.floor(BATCH_LIMITS.items / stepsPerPerson);
  if (people * stepsPerPerson > BATCH_LIMITS.items)
    return `A run of ${stepsPerPerson} tasks each can go to at most ${most} people at once.`;
  return null;
}

/** "Create 3 tasks", "Create 3 × 4 tasks" for a cadence of four steps; "Create tasks" with nobody picked. */
export function batchButtonLabel(people: number, stepsPerPerson: number): string {
  if (people === 0) return 'Create tasks';
  if (stepsPerPerson <= 1) return people === 1 ? 'Create 1 task' : `Create ${people} tasks`;
  return `Create ${people} × ${stepsPerPerson} tasks`;
}
