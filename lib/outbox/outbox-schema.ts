/**
 * One submitted task on its way to Stardex. Kept in `local:outbox` from before the first network
 * call until Stardex has it (then `done`, pruned after a while).
 */
import * as z from 'zod/mini';
import { apiErrorKindSchema } from '@/lib/stardex/error-kinds';
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

export const outboxItemSchema = z.extend(taskSubmissionSchema(), {
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
  /** Stardex's id for the task; null when delivered (a 2xx) without one the outbox could learn. */
  taskId: z.nullable(z.string().check(z.minLength(1))),
  doneAt: z.nullable(z.number()),
});
export type OutboxItem = z.infer<typeof outboxItemSchema>;
