/**
 * What the background keeps on this device: the outbox, its caches of Stardex (people, team
 * members), and the rate limiter's window. Written by the background only; Options reads and
 * watches the outbox. (What the background publishes for the pages: shared-state.ts.)
 */
import * as z from 'zod/mini';
import type { PersonNames } from '@/lib/due-today/due-today-schema';
import { type OutboxItem, outboxItemSchema } from '@/lib/outbox/outbox-schema';
import { defineItem } from './define-item';

/** Tasks on their way to Stardex. Written by the background only (lib/outbox). */
export const outboxItem = defineItem<OutboxItem[]>('local:outbox', { fallback: [] });
export const outboxListSchema = z.array(outboxItemSchema);

/** LinkedIn identifier → Stardex person id, with when it was learned. Written by the background. */
export const personCacheItem = defineItem<Record<string, { personId: string; at: number; name?: string }>>(
  'local:personCache',
  { fallback: {} },
);

/**
 * Stardex person id → name and LinkedIn URL, so the due-today list does not fetch a person per
 * refresh (validate with `personNamesSchema`). Written by the background; entries expire after a
 * day. Cleared with the API key.
 */
export const personNamesItem = defineItem<PersonNames>('local:personNames', { fallback: {} });

/**
 * The client-side rate limiter's window for the account in use (lib/stardex/rate-limiter.ts), so
 * a worker killed mid-queue does not wake up and burst past Stardex's 60/min. Written by the
 * background on every request; replaced when the account changes; never needs clearing.
 */
export const rateLimitStateItem = defineItem<{
  account: string;
  stamps: number[];
  tat: number;
  pausedUntil: number;
} | null>('local:rateLimit', { fallback: null });

/**
 * Team members of the account in use, as last fetched (`account` = lib/stardex/client's label).
 * Written by the background's listTeamMembers; refetched after a day or on request. Cleared with the API key.
 */
export const teamMembersCacheItem = defineItem<{
  account: string;
  at: number;
  members: {
    id: string;
    firstName: string;
    lastName: string;
    email: string | null;
    imageUrl: string | null;
  }[];
} | null>('local:teamMembers', { fallback: null });
