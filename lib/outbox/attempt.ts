/**
 * One attempt at delivering an item, whatever its kind: what to look for in Stardex before
 * sending again (an earlier attempt's outcome is unknown), the create itself, and the check for a
 * twin afterwards. The delivery loop (delivery.ts) runs it the same way for tasks and for logged
 * touches; prepare-attempt.ts makes one for each kind.
 */
import type { ActivityType } from '@/lib/stardex/activity-schemas';
import type { StardexClient } from '@/lib/stardex/client';

export interface Attempt {
  /** Stardex's id for a copy an earlier attempt made, if it has one (ids other items claimed excluded). */
  findEarlier(claimed: ReadonlySet<string>): Promise<string | undefined>;
  /** Sends the create; Stardex's id for it, or null when a 2xx carried none. */
  create(): Promise<string | null>;
  /** Whether Stardex shows two copies since the first attempt (a failed check says no). */
  hasTwin(claimed: ReadonlySet<string>): Promise<boolean>;
}

export interface AttemptDeps {
  /** The team's activity types (the background caches them); asked only for a touch that needs them. */
  activityTypes?: (client: StardexClient) => Promise<readonly ActivityType[]>;
}
