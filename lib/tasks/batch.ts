/**
 * A batch: one "Create N tasks" for several people picked on a result list (a people search, a
 * Sales Navigator list). Every item it queues carries the same `batch`, so the popup and Options
 * can show how far it got ("12 of 25 people, 36 of 75 tasks") from the outbox alone, across a
 * closed popup and a browser restart. Delivery needs nothing of it: each item is delivered, exactly
 * once, on its own (a cadence's steps in order, per person).
 */
import * as z from 'zod/mini';
import { lazySchema } from '@/lib/lazy-schema';

export const BATCH_LIMITS = {
  /** People in one batch: more than a result page shows (LinkedIn lists 10–25 per page). */
  people: 50,
  /** Items in one submit: 50 people × a 5-step cadence; the outbox holds 500 waiting items. */
  items: 250,
} as const;

export const batchSchema = lazySchema(() =>
  z.object({
    /** One per click. */
    id: z.string().check(z.minLength(1), z.maxLength(64)),
    /** People in the batch (those picked and sent; skipped rows are not counted). */
    people: z.int().check(z.minimum(1), z.maximum(BATCH_LIMITS.people)),
  }),
);
export type Batch = z.infer<ReturnType<typeof batchSchema>>;
