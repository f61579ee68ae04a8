/**
 * Finds the Stardex person for a LinkedIn profile: cache → `POST /v1/persons/search` by
 * `linkedin_url` → `POST /v1/persons` (unless "Add the person to Stardex if missing" is off).
 * LinkedIn identifier → person id is cached per Stardex account, so a repeat capture of the same
 * person costs one request (the task) instead of two or three.
 */

import type { PersonResolver } from '@/lib/outbox/delivery';
import { normalizeProfileUrl, personKeyOf, publicIdentifierFrom } from '@/lib/profile/linkedin-url';
import type { StardexClient } from '@/lib/stardex/client';
import type { StardexPerson } from '@/lib/stardex/schemas';
import type { PersonRef } from '@/lib/tasks/task-schema';

export interface PersonCacheEntry {
  personId: string;
  at: number;
  name?: string;
}
/** Where the cache lives (`local:personCache` in the extension, a Map in tests and the bench). */
export interface PersonCacheStore {
  read(): Promise<Record<string, PersonCacheEntry>>;
  write(cache: Record<string, PersonCacheEntry>): Promise<void>;
}

/** Person ids change only when records are merged; a week keeps the cache useful and self-healing. */
export const PERSON_CACHE_TTL_MS = 7 * 24 * 60 * 60_000;
/**
 * "Not in Stardex" is remembered this long: the seconds between opening the form (its lookups)
 * and submitting it, so a first capture costs one person search, not three. Older is asked again.
 */
export const NEGATIVE_LOOKUP_TTL_MS = 60_000;
const MAX_ENTRIES = 2_000;

/** Does the search hit describe this profile? (Stardex's URL matching is unconfirmed, so check.) */
function isSameProfile(person: StardexPerson, profileUrl: string): boolean {
  const slug = publicIdentifierFrom(profileUrl);
  const theirs =
    person.linkedin_public_id?.toLowerCase() ??
    (person.linkedin_url ? publicIdentifierFrom(person.linkedin_url) : null);
  return slug === null || theirs === null || theirs === undefined || theirs === slug;
}

export function createPersonMatcher(options: {
  cache: PersonCacheStore;
  /** Whether a missing person may be created (settings.addMissingPerson). */
  addMissingPerson: () => Promise<boolean>;
  now?: () => number;
}) {
  const now = options.now ?? Date.now;
  const keyFor = (client: StardexClient, profileUrl: string) =>
    `${client.account}|${personKeyOf(profileUrl)}`;
  /** A cache entry still to be trusted (younger than the TTL). */
  const isFresh = (entry: PersonCacheEntry | undefined): entry is PersonCacheEntry =>
    entry !== undefined && entry.at > now() - PERSON_CACHE_TTL_MS;

  async function remember(key: string, personId: string | null, name = '') {
    await rememberAll([[key, personId, name]]);
  }

  async function rememberAll(updates: readonly (readonly [string, string | null, string])[]) {
    const cache = await options.cache.read();
    for (const [key, personId, name] of updates) {
      missing.delete(key);
      if (personId === null) delete cache[key];
      else cache[key] = { personId, at: now(), name };
    }
    const entries = Object.entries(cache).filter(([, e]) => isFresh(e));
    await options.cache.write(
      Object.fromEntries(entries.sort((a, b) => b[1].at - a[1].at).slice(0, MAX_ENTRIES)),
    );
  }

  /** Recent "not in Stardex" answers, and lookups in flight (concurrent ones share one request). */
  const missing = new Map<string, number>();
  const pending = new Map<string, Promise<{ id: string; name: string } | null>>();

  /** The person's id if Stardex has them (cache, then one search); never creates. */
  function find(client: StardexClient, profileUrl: string): Promise<{ id: string; name: string } | null> {
    const key = keyFor(client, profileUrl);
    const running = pending.get(key);
    if (running) return running;
    const lookup = lookUp(client, profileUrl, key).finally(() => pending.delete(key));
    pending.set(key, lookup);
    return lookup;
  }

  async function lookUp(client: StardexClient, profileUrl: string, key: string) {
    const hit = (await options.cache.read())[key];
    if (isFresh(hit)) return { id: hit.personId, name: hit.name ?? '' };
    if ((missing.get(key) ?? Number.NEGATIVE_INFINITY) > now() - NEGATIVE_LOOKUP_TTL_MS) return null;
    // One canonical form, so every capture of a person searches the same string.
    const url = normalizeProfileUrl(profileUrl) ?? profileUrl;
    const found = (await client.searchPersons({ linkedin_url: url, limit: 5 })).find((p) =>
      isSameProfile(p, url),
    );
    if (!found) {
      missing.set(key, now());
      return null;
    }
    await remember(key, found.id, found.name ?? '');
    return { id: found.id, name: found.name ?? '' };
  }

  /** Which of `profileUrls` the cache knows to be in Stardex: no request, for marks at a glance. */
  async function known(client: StardexClient, profileUrls: readonly string[]): Promise<string[]> {
    const cache = await options.cache.read();
    return profileUrls.filter((url) => isFresh(cache[keyFor(client, url)]));
  }

  /** find → create. Null when the person is missing and may not be created. */
  async function resolvePerson(client: StardexClient, person: PersonRef): Promise<string | null> {
    const existing = await find(client, person.profileUrl);
    if (existing) return existing.id;
    if (!(await options.addMissingPerson())) return null;
    const created = await client.createPerson({
      name: person.fullName,
      linkedin_url: normalizeProfileUrl(person.profileUrl) ?? person.profileUrl,
      ...(person.firstName ? { first_name: person.firstName } : {}),
      ...(person.lastName ? { last_name: person.lastName } : {}),
      ...(person.currentTitle ? { current_job_title: person.currentTitle } : {}),
      ...(person.currentCompany ? { company_name: person.currentCompany } : {}),
      ...(person.location ? { linkedin_location: person.location } : {}),
    });
    await remember(keyFor(client, person.profileUrl), created.id, created.name ?? person.fullName);
    return created.id;
  }

  const resolver: PersonResolver = {
    resolve: (item, client) => resolvePerson(client, item.person),
    forget: (item, client) => remember(keyFor(client, item.person.profileUrl), null),
  };
  /** Records, in one write, what Stardex said about profile URLs elsewhere (a name search's hits). */
  const note = (client: StardexClient, people: readonly { profileUrl: string; id: string; name: string }[]) =>
    rememberAll(people.map((p) => [keyFor(client, p.profileUrl), p.id, p.name] as const));
  return { find, known, resolvePerson, resolver, remember: note };
}
export type PersonMatcher = ReturnType<typeof createPersonMatcher>;
