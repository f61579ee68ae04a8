/**
 * Takes secrets out of what a server says before anything shows, stores or logs it: a server
 * that echoes the request's headers in an error would otherwise hand the API key to the popup,
 * the outbox and Options' list.
 */

export const REDACTED = '[redacted]';

/** `Bearer <token>` (any case), and `"authorization": "<value>"` as JSON quotes a header. */
const BEARER = /\bbearer\s+[^\s"',;)}\]]+/gi;
const AUTH_HEADER = /("authorization"\s*:\s*")[^"]*/gi;

/** `text` without `secret` (when it is long enough to be one) or anything that looks like a bearer token. */
export function redactText(text: string, secret: string): string {
  const plain = secret.length >= 6 ? text.split(secret).join(REDACTED) : text;
  return plain.replace(BEARER, `Bearer ${REDACTED}`).replace(AUTH_HEADER, `$1${REDACTED}`);
}

/** Every string inside `value` (a parsed JSON body), redacted; other values as they are. */
export function redactDeep(value: unknown, secret: string): unknown {
  if (typeof value === 'string') return redactText(value, secret);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, secret));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = redactDeep(item, secret);
    return out;
  }
  return value;
}
