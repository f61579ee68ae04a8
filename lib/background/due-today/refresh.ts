/**
 * Refreshing the cached "due today" list: one task search, then names for the persons not yet
 * cached — a few per refresh, so a long list never spends the 60 requests a minute the outbox
 * needs. Storage and the client are injected; the background passes the real ones.
 */

import { dueTodaySearch, selectDueTasks } from '@/lib/due-today/due-range';
import type { DueToday, PersonNames } from '@/lib/due-today/due-today-schema';
import { normalizeProfileUrl } from '@/lib/profile/linkedin-url';
import type { StardexPerson, StardexTask } from '@/lib/stardex/schemas';

/** Automatic refreshes: at most one per 5 minutes. */
export const REFRESH_EVERY_MS = 5 * 60_000;
/** Even a forced refresh (the popup opening) waits this long after the last one. */
export const MIN_FORCED_GAP_MS = 60_000;
/** Persons looked up per refresh; the rest get names on the next one. */
export const MAX_PERSON_LOOKUPS = 5;
/** A cached name is refetched after a day (people change their names rarely). */
export const NAME_TTL_MS = 24 * 60 * 60_000;

export interface DueTodayClient {
  searchTasks(body: ReturnType<typeof dueTodaySearch>): Promise<StardexTask[]>;
  getPerson(id: string): Promise<StardexPerson | undefined>;
}

export interface RefreshDeps {
  meId: string | null;
  cached: DueToday;
  names: PersonNames;
  client: () => Promise<DueTodayClient>;
  now: Date;
  force?: boolean;
}

/** True when the cache is old enough (or for someone else) to fetch again. */
export function needsRefresh(cached: DueToday, meId: string | null, now: number, force = false): boolean {
  if (cached.meId !== meId) return true;
  const age = now - cached.fetchedAt;
  return age >= (force ? MIN_FORCED_GAP_MS : REFRESH_EVERY_MS) || age < 0;
}

function personName(person: StardexPerson): string | null {
  const joined = [person.first_name, person.last_name].filter(Boolean).join(' ');
  return person.name?.trim() || joined.trim() || null;
}

function personProfileUrl(person: StardexPerson): string | null {
  if (person.linkedin_url) return normalizeProfileUrl(person.linkedin_url);
  // The id may come percent-encoded or not; normalizing decodes it once either way.
  return person.linkedin_public_id
    ? normalizeProfileUrl(`https://www.linkedin.com/in/${person.linkedin_public_id}/`)
    : null;
}

/**
 * The new list and name cache, or null when the cache is fresh enough. A failed search keeps
 * the old list and records why; a failed name lookup leaves that name for the next refresh.
 */
export async function refreshDueToday(
  deps: RefreshDeps,
): Promise<{ dueToday: DueToday; names: PersonNames } | null> {
  const now = deps.now.getTime();
  if (!needsRefresh(deps.cached, deps.meId, now, deps.force)) return null;
  if (!deps.meId) {
    return {
      dueToday: {
        fetchedAt: now,
        meId: null,
        tasks: [],
        error: 'Choose “This is me” in Options to see your tasks due today.',
      },
      names: deps.names,
    };
  }
  let tasks: ReturnType<typeof selectDueTasks>;
  const client = await deps.client().catch((error: unknown) => error);
  try {
    if (client instanceof Error || !client) throw client;
    tasks = selectDueTasks(
      await (client as DueTodayClient).searchTasks(dueTodaySearch(deps.meId, deps.now)),
      deps.now,
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : 'Stardex could not be reached';
    const keep = deps.cached.meId === deps.meId ? deps.cached.tasks : [];
    return { dueToday: { fetchedAt: now, meId: deps.meId, tasks: keep, error: message }, names: deps.names };
  }
  const names: PersonNames = Object.fromEntries(
    Object.entries(deps.names).filter(([, entry]) => now - entry.at < NAME_TTL_MS),
  );
  const missing = [...new Set(tasks.map((t) => t.personId).filter((id): id is string => !!id && !names[id]))];
  for (const id of missing.slice(0, MAX_PERSON_LOOKUPS)) {
    try {
      const person = await (client as DueTodayClient).getPerson(id);
      if (person)
        names[id] = {
          name: personName(person) ?? 'Unnamed person',
          profileUrl: personProfileUrl(person),
          at: now,
        };
    } catch {
      break; // Rate limited or offline: the rest wait for the next refresh.
    }
  }
  const withNames = tasks.map((task) => {
    const known = task.personId ? names[task.personId] : undefined;
    return { ...task, personName: known?.name ?? null, profileUrl: known?.profileUrl ?? null };
  });
  return { dueToday: { fetchedAt: now, meId: deps.meId, tasks: withNames, error: null }, names };
}
