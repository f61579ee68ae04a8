/**
 * A touch the recruiter logs in Stardex as a person activity (docs/stardex-api.md §3.6): a
 * LinkedIn message they sent, a connection request, their reply, a call. It travels the same way
 * as a task — the form's one `submit`, the one outbox, exactly once — as the outbox's second kind
 * of item (`kind: 'activity'`).
 *
 *   const log: ActivitySubmission = { kind: 'activity', clientId, person, activity: { touch, text, taskId } };
 */
import * as z from 'zod/mini';
import { lazySchema } from '@/lib/lazy-schema';
import { outboxGroupSchema } from '@/lib/tasks/cadence-group';
import {
  personRefSchema,
  type TaskSubmission,
  type TaskType,
  taskSubmissionSchema,
} from '@/lib/tasks/task-schema';

/** What happened, in the recruiter's terms; the background picks Stardex's activity type for it. */
export const touchSchema = z.enum([
  'linkedin_message',
  'linkedin_connection',
  'linkedin_message_response',
  'call',
  'text',
  'other',
]);
export type Touch = z.infer<typeof touchSchema>;

/** What the log button says for each touch, and what the outbox calls the item. */
export const touchLabels: Record<Touch, string> = {
  linkedin_message: 'LinkedIn message sent',
  linkedin_connection: 'Connection request sent',
  linkedin_message_response: 'Their reply',
  call: 'Call',
  text: 'Text message sent',
  other: 'Note',
};

/** The touch a task of this type is worked with. */
export function touchOfTask(type: TaskType): Touch {
  return type;
}

/** As long as a task's text (lib/tasks/task-schema.ts); a pasted reply rarely comes near. */
export const ACTIVITY_TEXT_MAX = 10_000;

export const activityFieldsSchema = lazySchema(() =>
  z.object({
    touch: touchSchema,
    /** The text actually sent (or received), as the recruiter left it before logging. */
    text: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, 'Paste or write what was sent.'),
        z.maxLength(ACTIVITY_TEXT_MAX, `Keep it to ${ACTIVITY_TEXT_MAX.toLocaleString('en-US')} characters.`),
      ),
    /** The Stardex task this touch works (it then leaves the recruiter's lists), or null. */
    taskId: z.nullable(z.string().check(z.minLength(1), z.maxLength(100))),
  }),
);
export type ActivityFields = z.infer<ReturnType<typeof activityFieldsSchema>>;

export const activitySubmissionSchema = lazySchema(() =>
  z.object({
    kind: z.literal('activity'),
    /** Made by the form once per log, so a double click or a reopened popup logs it once. */
    clientId: z.uuid(),
    person: personRefSchema(),
    activity: activityFieldsSchema(),
    /** Never set on a log; declared so an item of either kind reads `group` alike. */
    group: z.optional(outboxGroupSchema()),
  }),
);
export type ActivitySubmission = z.infer<ReturnType<typeof activitySubmissionSchema>>;

/** Anything the form submits: a task (a cadence step is one) or a logged touch. */
export const submissionSchema = lazySchema(() =>
  z.union([activitySubmissionSchema(), taskSubmissionSchema()]),
);
export type Submission = ActivitySubmission | TaskSubmission;

export const isActivity = <T extends { kind?: string }>(s: T): s is Extract<T, { kind: 'activity' }> =>
  s.kind === 'activity';
