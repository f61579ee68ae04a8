/**
 * The one error type of the Stardex client. Every failure (HTTP error in either body shape,
 * network, timeout, bad configuration) becomes a `StardexApiError` with a `kind` the outbox can
 * act on and a message in words the recruiter can act on.
 *
 *   try { await client.createTask(body) } catch (e) { const err = toApiError(e); err.kind … }
 */
// Per-function imports: the barrel would pull every date-fns module into whatever imports this.
import { format } from 'date-fns/format';
import { isSameDay } from 'date-fns/isSameDay';
import type { ApiErrorKind } from '@/lib/stardex/error-kinds';

/** The error as plain data: what the outbox stores as an item's `lastError` and a failed answer carries. */
export interface ApiErrorData {
  kind: ApiErrorKind;
  message: string;
  field: string | null;
  status: number | null;
}

export interface ApiErrorInit {
  kind: ApiErrorKind;
  message: string;
  status?: number | null;
  /** Stardex's `error.code` (e.g. `INVALID_API_KEY`) or a client code (`CLIENT_RATE_LIMIT`, `BAD_RESPONSE`). */
  code?: string | null;
  field?: string | null;
  retryAfterMs?: number | null;
}

export class StardexApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly code: string | null;
  readonly field: string | null;
  readonly retryAfterMs: number | null;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = 'StardexApiError';
    this.kind = init.kind;
    this.status = init.status ?? null;
    this.code = init.code ?? null;
    this.field = init.field ?? null;
    this.retryAfterMs = init.retryAfterMs ?? null;
  }

  /** Worth retrying later without anyone changing anything. */
  get isTransient(): boolean {
    return isTransientKind(this.kind);
  }

  /** The error as plain data (it survives storage and messages; a class instance does not). */
  toData(): ApiErrorData {
    return { kind: this.kind, message: this.message, field: this.field, status: this.status };
  }
}

/** network, timeout, 429 and 5xx pass with time; everything else needs a person to act. */
export function isTransientKind(kind: ApiErrorKind): boolean {
  return kind === 'network' || kind === 'timeout' || kind === 'rate_limited' || kind === 'server';
}

/** "10:42:05" today; "Wed 2 Dec, 10:42" for a retry on another day (a long Retry-After). */
export function formatRetryAt(retryAt: number, now: number = Date.now()): string {
  return isSameDay(retryAt, now) ? format(retryAt, 'HH:mm:ss') : format(retryAt, 'EEE d MMM, HH:mm');
}

/** "Stardex is rate-limiting; retrying at 10:42:05" */
export function rateLimitedMessage(retryAt: number, now: number = Date.now()): string {
  return `Stardex is rate-limiting; retrying at ${formatRetryAt(retryAt, now)}`;
}

/**
 * The statuses whose documentation says the request was not processed (docs/stardex-api.md §1.3, plus
 * 422, a validation refusal): after one of these, a create certainly made nothing.
 */
const NOT_PROCESSED = new Set([400, 401, 403, 404, 422, 429]);

/**
 * Could a create that failed this way have reached Stardex and been committed? Yes for every
 * answer that does not prove otherwise: any 5xx, an undocumented 4xx, a timeout, a lost
 * connection. No for a documented refusal, and for failures before anything was sent (no key,
 * the client's own rate limit, a bad base URL).
 */
export function mayHaveBeenCreated(error: StardexApiError): boolean {
  if (error.status !== null) return !NOT_PROCESSED.has(error.status);
  return error.kind === 'network' || error.kind === 'timeout';
}

/** The user-facing sentence for an HTTP failure, given what the body said. */
export function messageForStatus(kind: ApiErrorKind, detail: string | null, field: string | null): string {
  switch (kind) {
    case 'unauthorized':
      return 'API key rejected — check it in Options';
    case 'forbidden':
      return 'This API key is not allowed to do that in Stardex — ask your Stardex admin';
    case 'validation':
      return field
        ? `Stardex rejected ${field}: ${detail?.replace(`${field}: `, '') ?? 'invalid value'}`
        : `Stardex rejected the task: ${detail ?? 'invalid request'}`;
    case 'not_found':
      return field
        ? `Stardex has no such ${field}: ${detail?.replace(`${field}: `, '') ?? 'unknown id'}`
        : `Not found in Stardex${detail ? `: ${detail}` : ''}`;
    case 'server':
      return 'Stardex had a problem on its side; retrying';
    default:
      return detail ?? 'Stardex request failed';
  }
}

/** Maps an HTTP status to an error kind (429 and 5xx are transient). */
export function kindForStatus(status: number): ApiErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  if (status === 400 || status === 409 || status === 422) return 'validation';
  if (status === 408) return 'timeout';
  return status >= 500 ? 'server' : 'validation';
}

/** Normalises anything thrown around a request into a StardexApiError. */
export function toApiError(error: unknown): StardexApiError {
  if (error instanceof StardexApiError) return error;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new StardexApiError({ kind: 'timeout', message: 'Stardex did not answer in time' });
  }
  return new StardexApiError({
    kind: 'network',
    message: 'Could not reach Stardex — check your connection',
    code: error instanceof Error ? error.message.slice(0, 200) : null,
  });
}
