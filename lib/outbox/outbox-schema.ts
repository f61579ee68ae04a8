/**
 * One submission on its way to Stardex — a task, or a touch logged as a person activity. Kept in
 * `local:outbox` from before the first network call until Stardex has it (then `done`, pruned
 * after a while).
 */
import * as z from 'zod/mini';
import { apiErrorKindSchema } from '@/lib/stardex/error-kinds';
import { activitySubmissionSchema } from '@/lib/tasks/activity-schema';
import { taskSubmissionSchema } from '@/lib/tasks/task-schema';

export const outboxStateSchema = z.enum(['queued', 'sending', 'retrying', 'done', 'failed']);
export type OutboxState = z.infer<typeof outboxStateSchema>;

// The client's error vocabulary lives with the client (lib/stardex/error-kinds.ts).
export { type ApiErrorKind, apiErrorKindSchema } from '@/lib/stardex/error-kinds';

export const outboxErrorSchema = z.object({
  kind: apiErrorKindSchema,
  /** In words, for the recruiter ("API key rejected", "Stardex is busy, retrying at 10:42"). */
  message: z.string(),
  /** The request field Stardex rejected, for validation errors. */
  field: z._default(z.nullable(z.string()), null),
  status: z._default(z.nullable(z.number()), null),
});
export type OutboxError = z.infer<typeof outboxErrorSchema>;

const deliveryFields = {
  state: outboxStateSchema,
  attempts: z.int().check(z.minimum(0)),
  createdAt: z.number(),
  /** Time of the first attempt that reached the network: duplicates are searched for from here. */
  firstAttemptAt: z.nullable(z.number()),
  /** When the next attempt is due (retrying only). */
  nextAttemptAt: z.nullable(z.number()),
  /** When the latest attempt started: a reconciliation waits until it can no longer be in flight. */
  attemptStartedAt: z._default(z.nullable(z.number()), null),
  /** Set when an attempt's outcome is unknown (timeout, connection closed, 5xx, worker stopped). */
  outcomeUnknown: z.boolean(),
  /**
   * Delivered after more than one attempt, and Stardex then showed two matching tasks: a browser
   * may have resent the POST itself. Shown as "Stardex may have this task twice".
   */
  possibleTwin: z._default(z.boolean(), false),
  lastError: z.nullable(outboxErrorSchema),
  personId: z.nullable(z.uuid()),
  doneAt: z.nullable(z.number()),
};
/** Stardex's id for what was made; null when delivered (a 2xx) without one the outbox could learn. */
const stardexId = z.nullable(z.string().check(z.minLength(1)));

export const taskItemSchema = z.extend(taskSubmissionSchema(), { ...deliveryFields, taskId: stardexId });
export const activityItemSchema = z.extend(activitySubmissionSchema(), {
  ...deliveryFields,
  activityId: stardexId,
});
export const outboxItemSchema = z.union([activityItemSchema, taskItemSchema]);
export type TaskItem = z.infer<typeof taskItemSchema>;
export type ActivityItem = z.infer<typeof activityItemSchema>;
export type OutboxItem = TaskItem | ActivityItem;

/** Stardex's id for the item's task or activity, once delivered. */
export const stardexIdOf = (item: OutboxItem): string | null =>
  item.kind === 'activity' ? item.activityId : item.taskId;
