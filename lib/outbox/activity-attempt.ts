/**
 * Delivering a logged touch as a person activity (docs/stardex-api.md §3.6). Stardex documents no
 * idempotency key for it either, so an attempt whose outcome is unknown is followed by a look at
 * the person's activity feed before sending again: a match is the same type and text, created
 * since the item's first attempt, not claimed by another item.
 */
import type { Attempt, AttemptDeps } from '@/lib/outbox/attempt';
import type { ActivityItem } from '@/lib/outbox/outbox-schema';
import type { CreateActivityRequest, StardexActivity } from '@/lib/stardex/activity-schemas';
import { StardexApiError } from '@/lib/stardex/api-error';
import type { StardexClient } from '@/lib/stardex/client';
import { activityTypeFor, sameActivityText } from '@/lib/tasks/activity-type';

/** Server and client clocks differ; an activity made this long before our first attempt still counts. */
const CLOCK_SKEW_MS = 2 * 60_000;

/** Every activity in `feed` that is this item's (see the module comment). */
export function matchingActivities(
  feed: readonly StardexActivity[],
  body: CreateActivityRequest,
  firstAttemptAt: number,
  claimed: ReadonlySet<string>,
): StardexActivity[] {
  return feed.filter(
    (a) =>
      !claimed.has(a.id) &&
      a.activity_type === body.activity_type &&
      sameActivityText(a.activity_content ?? '', body.activity_content) &&
      (!a.created_at || Date.parse(a.created_at) >= firstAttemptAt - CLOCK_SKEW_MS),
  );
}

const createdAt = (a: StardexActivity) =>
  a.created_at ? Date.parse(a.created_at) : Number.POSITIVE_INFINITY;
const oldest = (found: StardexActivity[]) => [...found].sort((a, b) => createdAt(a) - createdAt(b))[0];

const notInStardex = (item: ActivityItem) =>
  new StardexApiError({
    kind: 'validation',
    field: 'person_id',
    message: `${item.person.fullName} is not in Stardex, so the touch has nowhere to go. Turn on “Add the person to Stardex if missing” in Options (or add them in Stardex), then Retry.`,
  });

/** The attempt for a logged touch; a touch is always logged on a Stardex person. */
export async function prepareActivity(
  deps: AttemptDeps,
  client: StardexClient,
  item: ActivityItem,
  personId: string | null,
): Promise<Attempt> {
  if (personId === null) throw notInStardex(item);
  const { touch, text } = item.activity;
  const types =
    touch === 'linkedin_connection' ? await (deps.activityTypes?.(client) ?? client.listActivityTypes()) : [];
  const chosen = activityTypeFor(touch, types);
  const body: CreateActivityRequest = {
    activity_type: chosen.type,
    activity_content: chosen.lead ? `${chosen.lead}\n\n${text}` : text,
    person_id: personId,
  };
  const since = item.firstAttemptAt ?? item.createdAt;
  const matches = async (claimed: ReadonlySet<string>) =>
    matchingActivities(await client.listPersonActivities(personId), body, since, claimed);
  return {
    // The first attempt's copy is the oldest (by created_at; the feed's order is not relied on).
    findEarlier: async (claimed) => oldest(await matches(claimed))?.id,
    create: async () => (await client.createActivity(body)).id,
    hasTwin: async (claimed) => (await matches(claimed).catch(() => [])).length >= 2,
  };
}
