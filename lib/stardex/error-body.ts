/**
 * Reads a failed Stardex response into one StardexApiError. Stardex answers errors in two
 * shapes (docs/stardex-api.md §1.2): the v1 envelope `{success:false, error:{code,message}}` and a
 * Fastify-style `{message, error, statusCode}` seen for some 404/500s. Both are read tolerantly.
 */
import * as z from 'zod/mini';
import {
  kindForStatus,
  messageForStatus,
  rateLimitedMessage,
  StardexApiError,
} from '@/lib/stardex/api-error';

const detailSchema = z.looseObject({
  field: z.optional(z.string()),
  path: z.optional(z.union([z.string(), z.array(z.union([z.string(), z.number()]))])),
  message: z.optional(z.string()),
});

const errorObjectSchema = z.looseObject({
  code: z.optional(z.string()),
  message: z.optional(z.string()),
  field: z.optional(z.string()),
  details: z.optional(z.array(detailSchema)),
  retry_after_seconds: z.optional(z.number()),
});

const errorBodySchema = z.looseObject({
  error: z.optional(z.union([errorObjectSchema, z.string(), z.null()])),
  message: z.optional(z.string()),
  field: z.optional(z.string()),
  details: z.optional(z.array(detailSchema)),
  retry_after_seconds: z.optional(z.number()),
});

interface ErrorFacts {
  code: string | null;
  detail: string | null;
  field: string | null;
  retryAfterSeconds: number | null;
}

function pathToField(path: string | (string | number)[] | undefined): string | null {
  if (path === undefined) return null;
  return Array.isArray(path) ? path.join('.') || null : path || null;
}

/** Pulls code/message/field/retry-after out of either error shape; unknown bodies give nulls. */
export function readErrorBody(body: unknown): ErrorFacts {
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return { code: null, detail: null, field: null, retryAfterSeconds: null };
  const b = parsed.data;
  const inner = typeof b.error === 'object' && b.error !== null ? b.error : null;
  const details = inner?.details ?? b.details ?? [];
  const firstDetail = details[0];
  const field = inner?.field ?? b.field ?? firstDetail?.field ?? pathToField(firstDetail?.path) ?? null;
  const detail = inner?.message ?? b.message ?? (typeof b.error === 'string' ? b.error : null);
  return {
    code: inner?.code ?? null,
    detail: detail ?? firstDetail?.message ?? null,
    field,
    retryAfterSeconds: inner?.retry_after_seconds ?? b.retry_after_seconds ?? null,
  };
}

/** `Retry-After` is seconds or an HTTP date; returns milliseconds from `now`, or null. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Builds the typed error for a non-2xx response. */
export function errorFromResponse(
  status: number,
  body: unknown,
  headers: Headers,
  now: number,
): StardexApiError {
  const facts = readErrorBody(body);
  const kind = kindForStatus(status);
  if (kind === 'rate_limited') {
    const fromHeader = parseRetryAfter(headers.get('retry-after'), now);
    const fromBody = facts.retryAfterSeconds === null ? null : facts.retryAfterSeconds * 1000;
    const retryAfterMs = Math.max(fromHeader ?? 0, fromBody ?? 0) || 60_000;
    return new StardexApiError({
      kind,
      status,
      code: facts.code,
      retryAfterMs,
      message: rateLimitedMessage(now + retryAfterMs, now),
    });
  }
  // Field-level problems name their field, in `field` or as "field: problem" in the message.
  const named = kind === 'validation' || kind === 'not_found';
  const field = named ? (facts.field ?? facts.detail?.match(/^([a-z_][\w.[\]]*): /i)?.[1] ?? null) : null;
  return new StardexApiError({
    kind,
    status,
    code: facts.code,
    field,
    message: messageForStatus(kind, facts.detail, field),
  });
}
