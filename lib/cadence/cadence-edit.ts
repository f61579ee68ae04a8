/**
 * The Options page's edits of the cadence list, as pure functions: each returns a new array (and
 * new objects for what changed) and leaves its input alone, so the page can keep the last saved
 * list to compare with and undo to. An edit that cannot apply (an unknown id, an index out of
 * range, a limit reached) returns the input array itself, so `next === list` means "nothing changed".
 *
 *   setCadences((list) => addStep(list, cadence.id, () => crypto.randomUUID()));
 */

import { defaultTemplates } from '@/lib/form/template';
import { CADENCE_LIMITS, type Cadence, type CadenceStep, clipText } from '@/lib/tasks/cadence-schema';

type List = readonly Cadence[];
/** Makes ids for new cadences and steps; injected so tests get predictable ones. */
export type NewId = () => string;

const randomId: NewId = () => crypto.randomUUID();

export const NEW_CADENCE_NAME = 'New cadence';

export const canAddCadence = (list: List) => list.length < CADENCE_LIMITS.cadences;
export const canAddStep = (cadence: Cadence) => cadence.steps.length < CADENCE_LIMITS.steps;
export const canRemoveStep = (cadence: Cadence) => cadence.steps.length > 1;

/**
 * `base` if no cadence has that name yet, else "base 2", "base 3", … (compared without case or
 * surrounding spaces, as a recruiter reads them), cut so the suffix fits the name limit.
 */
export function uniqueName(list: List, base: string): string {
  const taken = new Set(list.map((c) => c.name.trim().toLowerCase()));
  const withSuffix = (suffix: string) =>
    `${clipText(base, CADENCE_LIMITS.nameMax - suffix.length).trimEnd()}${suffix}`;
  if (!taken.has(withSuffix('').toLowerCase())) return withSuffix('');
  for (let n = 2; ; n++) {
    const name = withSuffix(` ${n}`);
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Moves the entry at `from` to `to`; the input itself when either is out of range or they are equal. */
function move<T>(items: readonly T[], from: number, to: number): T[] | null {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return null;
  const next = [...items];
  const [moved] = next.splice(from, 1) as [T];
  next.splice(to, 0, moved);
  return next;
}

/** Applies `edit` to the cadence with `id`; the input list when there is none or nothing changed. */
function editCadence(list: List, id: string, edit: (cadence: Cadence) => Cadence): Cadence[] {
  const index = list.findIndex((c) => c.id === id);
  const cadence = list[index];
  if (cadence === undefined) return list as Cadence[];
  const edited = edit(cadence);
  if (edited === cadence) return list as Cadence[];
  return list.map((c, i) => (i === index ? edited : c));
}

/** A whole number of days in range; a cleared or odd number field gives 0 rather than NaN. */
function offsetAmount(amount: number): number {
  if (!Number.isFinite(amount)) return 0;
  return Math.min(CADENCE_LIMITS.offsetMax, Math.max(0, Math.trunc(amount)));
}

/** A new cadence at the end: one same-day LinkedIn message step, named "New cadence" (made unique). */
export function addCadence(list: List, newId: NewId = randomId): Cadence[] {
  if (!canAddCadence(list)) return list as Cadence[];
  const step: CadenceStep = {
    id: newId(),
    type: 'linkedin_message',
    offset: { unit: 'days', amount: 0 },
    template: defaultTemplates.linkedin_message,
  };
  return [...list, { id: newId(), name: uniqueName(list, NEW_CADENCE_NAME), steps: [step] }];
}

/** A copy right after the original, "Name (copy)", with new ids for it and each of its steps. */
export function duplicateCadence(list: List, id: string, newId: NewId = randomId): Cadence[] {
  const index = list.findIndex((c) => c.id === id);
  const original = list[index];
  if (original === undefined || !canAddCadence(list)) return list as Cadence[];
  const copy: Cadence = {
    id: newId(),
    name: uniqueName(list, `${clipText(original.name, CADENCE_LIMITS.nameMax - ' (copy)'.length)} (copy)`),
    steps: original.steps.map((step) => ({ ...step, id: newId(), offset: { ...step.offset } })),
  };
  return [...list.slice(0, index + 1), copy, ...list.slice(index + 1)];
}

export function deleteCadence(list: List, id: string): Cadence[] {
  return list.some((c) => c.id === id) ? list.filter((c) => c.id !== id) : (list as Cadence[]);
}

/**
 * Renames as the recruiter types: cut to the limit but not trimmed (a space typed between words
 * must survive); a blank name is the page's to flag, and parseCadences repairs one if stored.
 */
export function renameCadence(list: List, id: string, name: string): Cadence[] {
  const next = clipText(name, CADENCE_LIMITS.nameMax);
  return editCadence(list, id, (c) => (c.name === next ? c : { ...c, name: next }));
}

export function moveCadence(list: List, from: number, to: number): Cadence[] {
  return move(list, from, to) ?? (list as Cadence[]);
}

/**
 * A step at the end, by default the same type and unit as the last step and 3 days after it;
 * `fields` sets any of type, offset and template.
 */
export function addStep(
  list: List,
  cadenceId: string,
  newId: NewId = randomId,
  fields: Partial<Omit<CadenceStep, 'id'>> = {},
): Cadence[] {
  return editCadence(list, cadenceId, (cadence) => {
    if (!canAddStep(cadence)) return cadence;
    const last = cadence.steps.at(-1);
    const type = fields.type ?? last?.type ?? 'linkedin_message';
    const offset = fields.offset ?? {
      unit: last?.offset.unit ?? 'businessDays',
      amount: (last?.offset.amount ?? 0) + 3,
    };
    const step: CadenceStep = {
      id: newId(),
      type,
      offset: { unit: offset.unit, amount: offsetAmount(offset.amount) },
      template: clipText(fields.template ?? defaultTemplates[type], CADENCE_LIMITS.templateMax),
    };
    return { ...cadence, steps: [...cadence.steps, step] };
  });
}

/** Changes a step's type, offset or template (offsets kept whole and in range, templates cut). */
export function updateStep(
  list: List,
  cadenceId: string,
  stepId: string,
  changes: Partial<Omit<CadenceStep, 'id'>>,
): Cadence[] {
  return editCadence(list, cadenceId, (cadence) => {
    if (!cadence.steps.some((s) => s.id === stepId)) return cadence;
    const steps = cadence.steps.map((step) => {
      if (step.id !== stepId) return step;
      const offset = changes.offset ?? step.offset;
      return {
        ...step,
        type: changes.type ?? step.type,
        offset: { unit: offset.unit, amount: offsetAmount(offset.amount) },
        template: clipText(changes.template ?? step.template, CADENCE_LIMITS.templateMax),
      };
    });
    return { ...cadence, steps };
  });
}

/** Removes a step, but never the last one: a cadence always creates at least one task. */
export function removeStep(list: List, cadenceId: string, stepId: string): Cadence[] {
  return editCadence(list, cadenceId, (cadence) => {
    if (!canRemoveStep(cadence) || !cadence.steps.some((s) => s.id === stepId)) return cadence;
    return { ...cadence, steps: cadence.steps.filter((s) => s.id !== stepId) };
  });
}

export function moveStep(list: List, cadenceId: string, from: number, to: number): Cadence[] {
  return editCadence(list, cadenceId, (cadence) => {
    const steps = move(cadence.steps, from, to);
    return steps === null ? cadence : { ...cadence, steps };
  });
}
