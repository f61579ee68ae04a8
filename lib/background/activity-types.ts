/**
 * The team's person-activity types (`GET /v1/person-activities/types`), asked only when a touch
 * needs one that is not standard (a connection request): kept in memory per account for a day,
 * one request shared by everyone asking meanwhile. A failed request is not kept (the log retries).
 */
import type { ActivityType } from '@/lib/stardex/activity-schemas';
import type { StardexClient } from '@/lib/stardex/client';

export const ACTIVITY_TYPES_CACHE_MS = 24 * 60 * 60_000;

/** Creates the cache of one background; `now` is injectable for tests. */
export function createActivityTypes(now: () => number = Date.now) {
  const byAccount = new Map<string, { at: number; types: Promise<readonly ActivityType[]> }>();
  return (client: StardexClient): Promise<readonly ActivityType[]> => {
    const kept = byAccount.get(client.account);
    if (kept && kept.at > now() - ACTIVITY_TYPES_CACHE_MS) return kept.types;
    const types = client.listActivityTypes();
    const entry = { at: now(), types };
    byAccount.set(client.account, entry);
    types.catch(() => byAccount.get(client.account) === entry && byAccount.delete(client.account));
    return types;
  };
}
