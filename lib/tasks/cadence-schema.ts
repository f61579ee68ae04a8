/**
 * Cadences: named, ordered follow-up sequences; one click creates one Stardex task per step.
 * Stored in browser sync as their own versioned item (`sync:cadences`, value `{ cadences }`), so
 * a recruiter's sequences follow them to their other Chrome devices.
 *
 *   const cadences = parseCadences(await cadencesItem.getValue()); // never throws, keeps what is valid
 *
 * A stored value is read tolerantly: one damaged step or cadence (a hand edit, an older or newer
 * build) is repaired or dropped on its own instead of costing the recruiter every sequence.
 */
import * as z from 'zod/mini';
import { lazySchema } from '@/lib/lazy-schema';
import { textUpTo } from '@/lib/schema-parts';
import { CADENCE_LIMITS } from '@/lib/tasks/cadence-limits';
import { taskTypeSchema } from '@/lib/tasks/task-schema';

export { CADENCE_LIMITS } from '@/lib/tasks/cadence-limits';

const idSchema = () => z.string().check(z.minLength(1), z.maxLength(CADENCE_LIMITS.idMax));

export const cadenceOffsetUnitSchema = z.enum(['days', 'businessDays']);
export type CadenceOffsetUnit = z.infer<typeof cadenceOffsetUnitSchema>;

/** How far a step's day is from the first step's day; amount 0 is "same day" in either unit. */
export const cadenceOffsetSchema = lazySchema(() =>
  z.object({
    unit: cadenceOffsetUnitSchema,
    amount: z.int().check(z.minimum(0), z.maximum(CADENCE_LIMITS.offsetMax)),
  }),
);
export type CadenceOffset = z.infer<ReturnType<typeof cadenceOffsetSchema>>;

export const cadenceStepSchema = lazySchema(() =>
  z.object({
    /** Unique within its cadence; lets the form keep a step's edited text while the list changes. */
    id: idSchema(),
    type: taskTypeSchema,
    offset: cadenceOffsetSchema(),
    /** Task text with template variables (cadence-text.ts); blank = the type's default template. */
    template: textUpTo(CADENCE_LIMITS.templateMax),
  }),
);
export type CadenceStep = z.infer<ReturnType<typeof cadenceStepSchema>>;

export const cadenceSchema = lazySchema(() =>
  z.object({
    id: idSchema(),
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(CADENCE_LIMITS.nameMax)),
    steps: z.array(cadenceStepSchema()).check(z.minLength(1), z.maxLength(CADENCE_LIMITS.steps)),
  }),
);
export type Cadence = z.infer<ReturnType<typeof cadenceSchema>>;

/** The stored value of `sync:cadences` (an object, so later versions can add fields beside the list). */
export const cadenceListSchema = lazySchema(() =>
  z.object({
    cadences: z.array(cadenceSchema()).check(z.maxLength(CADENCE_LIMITS.cadences)),
  }),
);
export type CadenceList = z.infer<ReturnType<typeof cadenceListSchema>>;

/** Given to a cadence whose stored name is missing or blank, rather than dropping its steps. */
export const UNTITLED_CADENCE_NAME = 'Untitled cadence';

/** Deeply frozen: edits (cadence-edit.ts) build new objects, so nothing may change the shared seed. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** Seeded when the recruiter has no cadences stored yet; editable and deletable like any other. */
export const BUILT_IN_CADENCE: Cadence = deepFreeze({
  id: 'connect-then-follow-up',
  name: 'Connect, then follow up',
  steps: [
    {
      id: 'connect',
      type: 'linkedin_connection',
      offset: { unit: 'days', amount: 0 },
      template: 'Send {first_name} a connection request',
    },
    {
      id: 'message',
      type: 'linkedin_message',
      offset: { unit: 'businessDays', amount: 3 },
      template: 'Message {first_name} after the connection request ({step}/{steps})',
    },
    {
      id: 'call',
      type: 'call',
      offset: { unit: 'businessDays', amount: 7 },
      template: 'Call {full_name} ({company})',
    },
  ],
});

/** The value `sync:cadences` stands for while nothing is stored (the storage item's fallback). */
export function initialCadenceList(): CadenceList {
  return { cadences: [structuredClone(BUILT_IN_CADENCE)] };
}

/** The version `sync:cadences` is at in this build. */
export const CADENCES_VERSION = 1;

/**
 * The steps WXT runs, keyed by the version each produces (as lib/storage/settings-migrations.ts).
 * Empty at v1; a v2 adds `2: (v1: unknown) => CadenceList`.
 */
export const cadenceMigrations: Record<number, (old: unknown) => unknown> = {};

/** At most `max` characters, never ending in half a surrogate pair (an emoji cut in two). */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, max).replace(/[\uD800-\uDBFF]$/, '');
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A stored step, with an over-long template cut to the limit; null when it cannot be used. */
function repairStep(raw: unknown): CadenceStep | null {
  if (!isRecord(raw)) return null;
  const template = typeof raw.template === 'string' ? clipText(raw.template, CADENCE_LIMITS.templateMax) : '';
  const parsed = cadenceStepSchema().safeParse({ ...raw, template });
  return parsed.success ? parsed.data : null;
}

/** A stored cadence with bad steps dropped and its name repaired; null without an id or a usable step. */
function repairCadence(raw: unknown): Cadence | null {
  if (!isRecord(raw) || !Array.isArray(raw.steps)) return null;
  const seen = new Set<string>();
  const steps: CadenceStep[] = [];
  for (const rawStep of raw.steps) {
    const step = repairStep(rawStep);
    if (step === null || seen.has(step.id)) continue;
    seen.add(step.id);
    steps.push(step);
  }
  const trimmed = typeof raw.name === 'string' ? raw.name.trim() : '';
  const name = clipText(trimmed, CADENCE_LIMITS.nameMax).trim() || UNTITLED_CADENCE_NAME;
  const parsed = cadenceSchema().safeParse({ id: raw.id, name, steps: steps.slice(0, CADENCE_LIMITS.steps) });
  return parsed.success ? parsed.data : null;
}

/**
 * The cadences in a stored value (`{ cadences }`, or a bare array). Invalid steps and cadences are
 * dropped one by one, later duplicates of an id too, and the list is cut to the limit. A value
 * that is no list at all (absent, or damaged beyond reading) counts as absent: the built-in. A
 * readable list keeps what is valid, even nothing, so a deleted built-in stays deleted.
 */
export function parseCadences(raw: unknown): Cadence[] {
  const list = Array.isArray(raw) ? raw : isRecord(raw) ? raw.cadences : undefined;
  if (!Array.isArray(list)) return initialCadenceList().cadences;
  const seen = new Set<string>();
  const cadences: Cadence[] = [];
  for (const rawCadence of list) {
    const cadence = repairCadence(rawCadence);
    if (cadence === null || seen.has(cadence.id)) continue;
    seen.add(cadence.id);
    cadences.push(cadence);
    if (cadences.length === CADENCE_LIMITS.cadences) break;
  }
  return cadences;
}

/** `sync:cadences` read tolerantly (a damaged entry costs only itself), as a schema the storage hooks take. */
export const storedCadencesSchema = z.pipe(
  z.unknown(),
  z.transform((raw): CadenceList => ({ cadences: parseCadences(raw) })),
);

/** 'Same day', '+1 day', '+3 days', '+1 business day', '+3 business days'. */
export function offsetLabel(offset: CadenceOffset): string {
  if (offset.amount === 0) return 'Same day';
  const unit = offset.unit === 'businessDays' ? 'business day' : 'day';
  return `+${offset.amount} ${unit}${offset.amount === 1 ? '' : 's'}`;
}
