/**
 * The one Stardex API client. Used from the background only (the key never leaves it).
 *
 *   const client = createStardexClient({ baseUrl, apiKey, rateLimiter, timeoutMs: 10_000 });
 *   const task = await client.createTask({ content_text: 'Ping', task_type: 'call' });
 *
 * Every request: base-URL rules, Bearer key, JSON, a timeout, a slot from the shared rate
 * limiter, zod-parsed response. Every failure: a StardexApiError (lib/stardex/api-error.ts).
 */
import * as z from 'zod/mini';
import {
  activitySchema,
  activityTypesAnswer,
  type CreateActivityRequest,
} from '@/lib/stardex/activity-schemas';
import { StardexApiError, toApiError } from '@/lib/stardex/api-error';
import { resolveBaseUrl } from '@/lib/stardex/base-url-rule';
import { type CreatedTask, createdTaskFrom } from '@/lib/stardex/created-task';
import { errorFromResponse } from '@/lib/stardex/error-body';
import type { RateLimiter } from '@/lib/stardex/rate-limiter';
import { redactDeep } from '@/lib/stardex/redact';
import {
  type CreatePersonRequest,
  type CreateTaskRequest,
  companySchema,
  dealSchema,
  envelope,
  jobSchema,
  listEnvelope,
  personSchema,
  type SearchPersonsRequest,
  type SearchTasksRequest,
  type searchCompaniesRequestSchema,
  type searchDealsRequestSchema,
  type searchJobsRequestSchema,
  taskSchema,
  teamMemberSchema,
} from '@/lib/stardex/schemas';

export interface StardexClientOptions {
  baseUrl: string;
  apiKey: string;
  rateLimiter: RateLimiter;
  timeoutMs?: number;
  /** Longest wait for a rate-limit slot before failing with `rate_limited` (interactive calls). */
  maxQueueWaitMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
}

/** Creates a client bound to one base URL and key. Throws a `config` error for a bad base URL. */
export function createStardexClient(options: StardexClientOptions) {
  const base = resolveBaseUrl(options.baseUrl);
  const { apiKey, rateLimiter, timeoutMs = 15_000, now = Date.now } = options;
  const maxQueueWaitMs = options.maxQueueWaitMs ?? Number.POSITIVE_INFINITY;
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function request<T extends z.ZodMiniType>(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    schema: T,
  ): Promise<z.infer<T>> {
    if (!apiKey) {
      throw new StardexApiError({
        kind: 'config',
        code: 'NO_API_KEY',
        message: 'No Stardex API key yet — add it in Options',
      });
    }
    await rateLimiter.acquire(maxQueueWaitMs);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    let json: unknown;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${apiKey}`,
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
      });
      const text = await response.text();
      // Whatever the server says may quote the key back (an error echoing headers): never keep it.
      json = text === '' ? null : redactDeep(safeJson(text), apiKey);
    } catch (error) {
      throw controller.signal.aborted
        ? new StardexApiError({ kind: 'timeout', message: 'Stardex did not answer in time' })
        : toApiError(error);
    } finally {
      clearTimeout(timer);
    }
    // On a 429, Retry-After is the wait that counts (its Remaining/Reset describe the full window).
    if (response.status !== 429) rateLimiter.observe(response.headers);
    if (!response.ok) {
      const error = errorFromResponse(response.status, json, response.headers, now());
      if (error.kind === 'rate_limited') rateLimiter.pauseUntil(now() + (error.retryAfterMs ?? 0));
      throw error;
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new StardexApiError({
        kind: 'server',
        code: 'BAD_RESPONSE',
        status: response.status,
        message: `Unexpected answer from ${new URL(base).host} — is this the Stardex API URL?`,
      });
    }
    return parsed.data;
  }

  const post = <T extends z.ZodMiniType>(path: string, body: unknown, schema: T) =>
    request('POST', path, body, schema);

  return {
    baseUrl: base,
    /** Names the Stardex account (URL + key fingerprint) for caches, without revealing the key. */
    account: accountOf(base, apiKey),
    /**
     * `POST /v1/tasks` — creates a task. Not idempotent (no key exists), so any 2xx is a success
     * whatever its body: the id is taken where it can be found (created-task.ts), else null.
     */
    async createTask(body: CreateTaskRequest): Promise<CreatedTask> {
      return createdTaskFrom(await post('/v1/tasks', body, z.unknown()));
    },
    /** `POST /v1/person-activities` — logs an activity; like a task's create, any 2xx is a success. */
    async createActivity(body: CreateActivityRequest): Promise<{ id: string | null }> {
      return { id: createdTaskFrom(await post('/v1/person-activities', body, z.unknown())).id };
    },
    /** `GET /v1/persons/{id}/activities` — the person's feed, newest first (tasks included). */
    async listPersonActivities(personId: string, limit = 100) {
      const path = `/v1/persons/${encodeURIComponent(personId)}/activities?limit=${limit}`;
      return (await request('GET', path, undefined, listEnvelope(activitySchema))).data;
    },
    /** `GET /v1/person-activities/types` — the activity types this team has. */
    async listActivityTypes() {
      return request('GET', '/v1/person-activities/types', undefined, activityTypesAnswer);
    },
    /** `POST /v1/tasks/search` — tasks matching the filters. */
    async searchTasks(body: SearchTasksRequest) {
      return (await post('/v1/tasks/search', body, listEnvelope(taskSchema))).data;
    },
    /** `POST /v1/persons/search` — persons matching the filters (e.g. `linkedin_url`). */
    async searchPersons(body: SearchPersonsRequest) {
      return (await post('/v1/persons/search', body, listEnvelope(personSchema))).data;
    },
    /** `POST /v1/persons` — creates a person. */
    async createPerson(body: CreatePersonRequest) {
      return (await post('/v1/persons', body, envelope(personSchema))).data;
    },
    /** `GET /v1/persons/{id}` — one person; `undefined` when Stardex has no such person. */
    async getPerson(id: string) {
      try {
        return (
          await request('GET', `/v1/persons/${encodeURIComponent(id)}`, undefined, envelope(personSchema))
        ).data;
      } catch (error) {
        if (error instanceof StardexApiError && error.kind === 'not_found') return undefined;
        throw error;
      }
    },
    /** `GET /v1/team-members` — undocumented endpoint; parsed as a plain list with optional meta. */
    async listTeamMembers() {
      return (await request('GET', '/v1/team-members', undefined, listEnvelope(teamMemberSchema))).data;
    },
    /** `POST /v1/jobs/search`. */
    async searchJobs(body: z.input<typeof searchJobsRequestSchema>) {
      return (await post('/v1/jobs/search', body, listEnvelope(jobSchema))).data;
    },
    /** `POST /v1/deals/search`. */
    async searchDeals(body: z.input<typeof searchDealsRequestSchema>) {
      return (await post('/v1/deals/search', body, listEnvelope(dealSchema))).data;
    },
    /** `POST /v1/companies/search` (clients are companies with `is_client`). */
    async searchCompanies(body: z.input<typeof searchCompaniesRequestSchema>) {
      return (await post('/v1/companies/search', body, listEnvelope(companySchema))).data;
    },
  };
}
export type StardexClient = ReturnType<typeof createStardexClient>;

/** Names a Stardex account (URL + key fingerprint) for caches and the rate limiter, without the key. */
export function accountOf(baseUrl: string, apiKey: string): string {
  return `${baseUrl}#${fingerprint(apiKey)}`;
}

/** FNV-1a: a short, non-secret label for a key (caches must not mix two accounts' ids). */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
