/**
 * A task as the recruiter submits it, and the person it is about. This is what the popup/panel
 * sends to the background and what the outbox keeps until Stardex has it.
 *
 * The schemas every surface shares (this file, the outbox, settings, drafts, messages) are written
 * with `zod/mini`: same validation and inferred types, but the popup then loads none of classic
 * zod (~20 KB gzipped), which keeps its open → ready time down. The background's schemas (the
 * Stardex API's, lib/stardex) use it too, so the extension ships one flavour; a lint rule keeps
 * classic `zod` out (biome.json).
 */
import * as z from 'zod/mini';
import { lazySchema } from '@/lib/lazy-schema';
import { isProfileUrl } from '@/lib/profile/linkedin-url';
import { textUpTo } from '@/lib/schema-parts';
import { batchSchema } from '@/lib/tasks/batch';
import { outboxGroupSchema } from '@/lib/tasks/cadence-group';

/** Stardex's `task_type` enum (docs/stardex-api.md §2.1). */
export const taskTypeSchema = z.enum(['linkedin_message', 'linkedin_connection', 'call', 'text', 'other']);
export type TaskType = z.infer<typeof taskTypeSchema>;

export const taskTypeLabels: Record<TaskType, string> = {
  linkedin_message: 'LinkedIn message',
  linkedin_connection: 'LinkedIn connection',
  call: 'Call',
  text: 'Text',
  other: 'Other',
};

/**
 * The longest task text the extension sends. Stardex documents no limit (docs/stardex-api.md §2.1,
 * UNCONFIRMED), so one is chosen: far beyond any follow-up note, small enough that the outbox
 * (and browser sync for templates) never fills up with a few pastes.
 */
export const TASK_TEXT_MAX = 10_000;
/** The most characters of each person field sent (the message schema refuses longer ones). */
export const PERSON_FIELD_MAX = {
  fullName: 300,
  firstName: 200,
  lastName: 200,
  headline: 1000,
  currentTitle: 500,
  currentCompany: 500,
  location: 500,
} as const;
const nullableText = (max: number) => z.nullable(textUpTo(max));

/** The task fields, named as Stardex names them. `due_date` is an ISO 8601 UTC instant or null. */
export const taskFieldsSchema = lazySchema(() =>
  z.object({
    task_type: taskTypeSchema,
    content_text: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, 'Write what the task is about.'),
        z.maxLength(
          TASK_TEXT_MAX,
          `Keep the task text to ${TASK_TEXT_MAX.toLocaleString('en-US')} characters.`,
        ),
      ),
    due_date: z.nullable(z.iso.datetime({ offset: false })),
    owner_ids: z.array(z.uuid()).check(z.maxLength(50)),
    job_id: z.nullable(z.uuid()),
    deal_id: z.nullable(z.uuid()),
    client_id: z.nullable(z.uuid()),
  }),
);
export type TaskFields = z.infer<ReturnType<typeof taskFieldsSchema>>;

/**
 * Who the task is about: what the background needs to match or create the person in Stardex.
 * Stardex keys people by their public `/in/` URL, so nothing else (a Sales Navigator or Recruiter
 * link) is accepted here: such a person would never match the same member captured elsewhere.
 */
export const personRefSchema = lazySchema(() =>
  z.object({
    profileUrl: z.url().check(z.refine(isProfileUrl, 'Needs the person’s linkedin.com/in/ profile URL')),
    fullName: z.string().check(z.trim(), z.minLength(1), z.maxLength(PERSON_FIELD_MAX.fullName)),
    firstName: nullableText(PERSON_FIELD_MAX.firstName),
    lastName: nullableText(PERSON_FIELD_MAX.lastName),
    headline: nullableText(PERSON_FIELD_MAX.headline),
    currentTitle: nullableText(PERSON_FIELD_MAX.currentTitle),
    currentCompany: nullableText(PERSON_FIELD_MAX.currentCompany),
    location: nullableText(PERSON_FIELD_MAX.location),
  }),
);
export type PersonRef = z.infer<ReturnType<typeof personRefSchema>>;

export const taskSubmissionSchema = lazySchema(() =>
  z.object({
    /** Absent on tasks queued before logs existed; a logged touch says 'activity' (activity-schema.ts). */
    kind: z.optional(z.literal('task')),
    /** Made by the form once per submission, so a double click cannot queue the task twice. */
    clientId: z.uuid(),
    person: personRefSchema(),
    task: taskFieldsSchema(),
    /** Set on each step of a cadence run (lib/cadence): the outbox shows the run as one entry. */
    group: z.optional(outboxGroupSchema()),
    /** Set on every item of a batch for several people (lib/tasks/batch.ts). */
    batch: z.optional(batchSchema()),
  }),
);
export type TaskSubmission = z.infer<ReturnType<typeof taskSubmissionSchema>>;
