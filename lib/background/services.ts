/**
 * The background's long-lived parts, built once per worker: which Stardex to talk to, one rate
 * limiter per account (shared by every request the worker sends, persisted across restarts), the
 * person matcher and the outbox bound to extension storage.
 *
 *   const services = createBackgroundServices();
 *   const client = await services.client('interactive');
 */

import { createActivityTypes } from '@/lib/background/activity-types';
import { updateBadge } from '@/lib/background/badge';
import { createPersonMatcher } from '@/lib/background/person-matcher';
import { scheduleOutboxWake } from '@/lib/background/scheduler';
import { createWorkedTasksStore } from '@/lib/background/worked-tasks-store';
import { devSandbox, isLocalBaseUrl } from '@/lib/config';
import type { BackoffOptions } from '@/lib/outbox/backoff';
import { createOutbox } from '@/lib/outbox/outbox';
import { createOutboxStore, type RawOutboxItem } from '@/lib/outbox/outbox-store';
import { resolveBaseUrl } from '@/lib/stardex/base-url-rule';
import { accountOf, createStardexClient } from '@/lib/stardex/client';
import { requireHostPermission } from '@/lib/stardex/host-permission';
import { createRateLimiter, type RateLimiter } from '@/lib/stardex/rate-limiter';
import { getApiKey } from '@/lib/storage/api-key';
import { outboxItem, personCacheItem, rateLimitStateItem } from '@/lib/storage/background-data';
import { apiBaseUrlItem } from '@/lib/storage/connection';
import { parseOr } from '@/lib/storage/parse-or';
import { defaultSettings, settingsItem, settingsSchema } from '@/lib/storage/preferences';

/** Stardex's documented limit (docs/stardex-api.md §1.4). */
export const STARDEX_RATE_LIMIT_PER_MINUTE = 60;

export interface StardexAccess {
  baseUrl: string;
  apiKey: string;
  usingSandbox: boolean;
}

export interface BackgroundServicesOptions {
  fetch?: typeof fetch;
  /** Raised together with the sandbox's for tests and the bench; the shipped default is 60. */
  rateLimitPerMinute?: number;
  backoff?: BackoffOptions;
  /** Override the wake-up scheduling (default: the `outbox-retry` alarm + a short timer). */
  schedule?: (at: number | null, wake: () => void) => void | Promise<void>;
  /** Whether the browser granted origins (default `permissions.contains`; the fake browser has none). */
  hostPermission?: (origins: string[]) => Promise<boolean>;
}

/**
 * interactive: popup/panel lookups, short timeout, gives up rather than queueing behind the outbox;
 * outbox: deliveries, longer timeout, waits up to 20 s for a rate-limit slot (a worker may be
 * stopped during a longer wait; the alarm takes over).
 */
const MODES = {
  interactive: { timeoutMs: 10_000, maxQueueWaitMs: 5_000 },
  outbox: { timeoutMs: 15_000, maxQueueWaitMs: 20_000 },
} as const;

/** Which Stardex the extension talks to: the stored key/URL, or in dev builds without a key the sandbox. */
export async function readAccess(): Promise<StardexAccess> {
  const [apiKey, baseUrl] = await Promise.all([getApiKey(), apiBaseUrlItem.getValue()]);
  const sandbox = devSandbox();
  if (!apiKey && sandbox) return { baseUrl: sandbox.url, apiKey: sandbox.key, usingSandbox: true };
  return { baseUrl, apiKey, usingSandbox: baseUrl !== '' && isLocalBaseUrl(baseUrl) };
}

export function createBackgroundServices(options: BackgroundServicesOptions = {}) {
  const limit = options.rateLimitPerMinute ?? STARDEX_RATE_LIMIT_PER_MINUTE;
  const limiters = new Map<string, RateLimiter>();

  /** One limiter per account; its window is persisted (only the current account's). */
  function limiterFor(account: string): RateLimiter {
    let limiter = limiters.get(account);
    if (!limiter) {
      limiter = createRateLimiter({
        limit,
        store: {
          load: async () => {
            const saved = await rateLimitStateItem.getValue();
            return saved?.account === account ? saved : null;
          },
          save: (state) => rateLimitStateItem.setValue({ account, ...state }),
        },
      });
      limiters.set(account, limiter);
    }
    return limiter;
  }

  /** A client for the stored (or given) account; throws a `config` StardexApiError for a bad URL. */
  async function client(mode: keyof typeof MODES, override?: Partial<StardexAccess>) {
    const access = { ...(await readAccess()), ...override };
    const baseUrl = resolveBaseUrl(access.baseUrl);
    // Never the key to a host the browser did not grant (however the URL got into storage).
    await requireHostPermission(baseUrl, options.hostPermission);
    return createStardexClient({
      baseUrl,
      apiKey: access.apiKey,
      rateLimiter: limiterFor(accountOf(baseUrl, access.apiKey)),
      fetch: options.fetch,
      ...MODES[mode],
    });
  }

  const readSettings = async () => parseOr(settingsSchema, await settingsItem.getValue(), defaultSettings);

  const matcher = createPersonMatcher({
    cache: { read: () => personCacheItem.getValue(), write: (cache) => personCacheItem.setValue(cache) },
    addMissingPerson: async () => (await readSettings()).addMissingPerson,
  });

  const schedule = options.schedule ?? scheduleOutboxWake;
  // Tasks whose touch is logged leave the recruiter's lists (the outbox's logs say which).
  const worked = createWorkedTasksStore();
  const outbox = createOutbox({
    store: createOutboxStore(outboxItem as unknown as RawOutboxItem),
    getClient: () => client('outbox'),
    persons: matcher.resolver,
    activityTypes: createActivityTypes(),
    schedule: (at) => schedule(at, () => void outbox.drain()),
    onChange: (items) => {
      void updateBadge(items).catch(() => undefined);
      void worked.followOutbox(items).catch(() => undefined);
    },
    backoff: options.backoff,
    requestTimeoutMs: MODES.outbox.timeoutMs,
  });

  return { client, readAccess, readSettings, matcher, outbox, limiterFor, worked };
}
export type BackgroundServices = ReturnType<typeof createBackgroundServices>;
