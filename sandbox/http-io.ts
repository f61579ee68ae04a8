/** Raw node:http plumbing: reading bodies, writing JSON, CORS headers, masking credentials. */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApiError, validationError } from './api-error';

const MAX_BODY_BYTES = 1_000_000;

/** The request body as text (rejects bodies over 1 MB with a 400 ApiError). */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size <= MAX_BODY_BYTES) chunks.push(buffer);
  }
  if (size > MAX_BODY_BYTES) throw validationError('body', `must be at most ${MAX_BODY_BYTES} bytes`);
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses a JSON body; an empty body is `{}`. Invalid JSON is a 400. */
export function parseJsonBody(raw: string): unknown {
  if (raw.trim() === '') return {};
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw validationError('body', 'must be valid JSON');
  }
}

/** Writes a JSON response unless the socket is already gone. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.destroyed || res.headersSent) return;
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** Writes an ApiError in the v1 envelope. */
export function sendError(res: ServerResponse, error: ApiError, headers: Record<string, string> = {}): void {
  sendJson(res, error.status, error.toBody(), headers);
}

// Extension pages and local dev servers only; any other origin gets no CORS grant.
const allowedOrigin =
  /^(chrome-extension|moz-extension):\/\/[^/]+$|^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/;

/** CORS headers for an actual (non-preflight) response. */
export function corsHeaders(origin: string | undefined): Record<string, string> {
  if (origin === undefined || !allowedOrigin.test(origin)) return { Vary: 'Origin' };
  return {
    Vary: 'Origin',
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers':
      'X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After',
  };
}

/** Headers for a 204 preflight answer. */
export function preflightHeaders(origin: string | undefined): Record<string, string> {
  const base = corsHeaders(origin);
  if (base['Access-Control-Allow-Origin'] === undefined) return base;
  return {
    ...base,
    'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type',
    'Access-Control-Max-Age': '600',
  };
}

/** The key from `Authorization: Bearer <key>`, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1] ?? null;
}

/** `Bearer sbx_…_key#3f9a1c`: enough to tell keys apart in the request log, not enough to reuse one. */
export function maskAuthorization(header: string | undefined): string | null {
  if (header === undefined) return null;
  const token = bearerToken(header);
  const hash = createHash('sha256')
    .update(token ?? header)
    .digest('hex')
    .slice(0, 6);
  if (token === null) return `(not a bearer token)#${hash}`;
  const shown = token.length > 8 ? `${token.slice(0, 4)}…${token.slice(-4)}` : `${token.slice(0, 1)}…`;
  return `Bearer ${shown}#${hash}`;
}
