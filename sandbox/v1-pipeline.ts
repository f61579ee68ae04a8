/**
 * The path of every /v1 request: log → rate limit (per key) → auth → injected fault → route.
 * Rate-limit headers go on every /v1 response, including 401s and faults.
 */
import { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import { ApiError, codeForStatus, invalidApiKey, notFound } from './api-error';
import type { ActiveFault } from './faults';
import { bearerToken, maskAuthorization, parseJsonBody, sendError, sendJson } from './http-io';
import { type RateDecision, rateLimitHeaders } from './rate-limit';
import { findRoute, type Reply, type Route } from './router';
import type { RequestLogEntry, SandboxState } from './state';

export interface V1Request {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  method: string;
  rawBody: string;
  cors: Record<string, string>;
}

function rateLimited(decision: RateDecision): ApiError {
  const { retryAfterSeconds, limit, resetAt } = decision;
  return new ApiError(
    429,
    'RATE_LIMIT_EXCEEDED',
    `Rate limit exceeded: ${limit} requests per minute. Retry in ${retryAfterSeconds} s.`,
    {
      retry_after_seconds: retryAfterSeconds,
      limit,
      reset_at: resetAt,
    },
  );
}

function loggedBody(raw: string): unknown {
  try {
    return raw.trim() === '' ? null : (JSON.parse(raw) as unknown);
  } catch {
    return raw;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The response an injected fault answers with (status defaults to 500). */
function faultReply(
  fault: ActiveFault,
  state: SandboxState,
  headers: Record<string, string>,
  requestHeaders: IncomingHttpHeaders = {},
): Reply {
  const status = fault.status ?? 500;
  const echo = fault.echoHeaders ? ` (request headers: ${JSON.stringify(requestHeaders)})` : '';
  const extraHeaders: Record<string, string> = { ...headers };
  const retry = fault.retryAfterSeconds ?? (status === 429 ? 1 : undefined);
  if (retry !== undefined) extraHeaders['Retry-After'] = String(retry);
  if (status === 429) extraHeaders['X-RateLimit-Remaining'] = '0';
  if (fault.body === 'plain') {
    return {
      status,
      headers: extraHeaders,
      body: {
        message: `Injected sandbox fault${echo}`,
        error: STATUS_CODES[status] ?? 'Error',
        statusCode: status,
      },
    };
  }
  const extra =
    status === 429
      ? {
          retry_after_seconds: retry,
          limit: state.limiter.limit,
          reset_at: Math.ceil(state.now() / 1000) + (retry ?? 1),
        }
      : {};
  const message =
    (status === 429 ? 'Rate limit exceeded (injected)' : `Injected sandbox fault (${status})`) + echo;
  return {
    status,
    headers: extraHeaders,
    body: new ApiError(status, codeForStatus(status), message, extra).toBody(),
  };
}

async function runRoute(
  routes: readonly Route[],
  r: V1Request,
  state: SandboxState,
  callerId: string | null,
): Promise<Reply> {
  try {
    const found = findRoute(routes, r.method, r.url.pathname);
    if (found === undefined) throw notFound(`Route ${r.method} ${r.url.pathname} not found`);
    const body = r.method === 'GET' ? {} : parseJsonBody(r.rawBody);
    const ctx = {
      method: r.method,
      path: r.url.pathname,
      query: r.url.searchParams,
      params: found.params,
      body,
      state,
      callerId,
    };
    return await found.route.handler(ctx);
  } catch (error) {
    const apiError =
      error instanceof ApiError ? error : new ApiError(500, 'INTERNAL_SERVER_ERROR', String(error));
    return { status: apiError.status, body: apiError.toBody() };
  }
}

/**
 * The answer to a request that was handled for real (`commit` faults): the fault's raw body or
 * status in place of the handler's reply, or the handler's reply itself (late, after a delay).
 */
function sendAfterCommit(
  r: V1Request,
  entry: RequestLogEntry,
  fault: ActiveFault,
  committed: Reply,
  state: SandboxState,
  headers: Record<string, string>,
): void {
  if (r.res.destroyed || r.res.headersSent) return;
  if (fault.rawBody === undefined && fault.status === undefined) {
    entry.status = committed.status;
    sendJson(r.res, committed.status, committed.body, { ...r.cors, ...headers, ...committed.headers });
    return;
  }
  const status = fault.status ?? committed.status;
  entry.status = status;
  if (fault.rawBody === undefined) {
    const reply = faultReply({ ...fault, status }, state, headers, r.req.headers);
    sendJson(r.res, status, reply.body, { ...r.cors, ...reply.headers });
    return;
  }
  const json = /^\s*[[{]/.test(fault.rawBody);
  r.res.writeHead(status, {
    ...r.cors,
    ...headers,
    'Content-Type': fault.contentType ?? (json ? 'application/json' : 'text/html; charset=utf-8'),
  });
  r.res.end(fault.rawBody);
}

/** Handles one /v1 request end to end. */
export async function handleV1(routes: readonly Route[], r: V1Request, state: SandboxState): Promise<void> {
  const authorization = r.req.headers.authorization;
  const entry: RequestLogEntry = {
    at: state.isoNow(),
    method: r.method,
    path: r.url.pathname + r.url.search,
    authorization: maskAuthorization(authorization),
    body: loggedBody(r.rawBody),
    status: null,
  };
  state.requestLog.push(entry);
  const send = (reply: Reply, headers: Record<string, string>) => {
    entry.status = reply.status;
    sendJson(r.res, reply.status, reply.body, { ...r.cors, ...headers, ...reply.headers });
  };

  const token = bearerToken(authorization);
  // Unknown and missing keys get their own windows too, so every /v1 response carries the headers.
  const decision = state.limiter.consume(token ?? '');
  const headers = rateLimitHeaders(decision);
  if (!decision.allowed) {
    const error = rateLimited(decision);
    entry.status = 429;
    return sendError(r.res, error, {
      ...r.cors,
      ...headers,
      'Retry-After': String(decision.retryAfterSeconds),
    });
  }
  if (token === null || !state.keys.has(token)) {
    entry.status = 401;
    return sendError(r.res, invalidApiKey(), { ...r.cors, ...headers });
  }

  const fault = state.faults.take(r.method, r.url.pathname);
  if (fault !== undefined) entry.fault = fault.id;
  if (fault?.commit) {
    const committed = await runRoute(routes, r, state, state.keys.get(token) ?? null);
    if (fault.delayMs !== undefined) await sleep(fault.delayMs);
    return sendAfterCommit(r, entry, fault, committed, state, headers);
  }
  if (fault?.delayMs !== undefined) await sleep(fault.delayMs);
  if (fault?.closeConnection === 'before') {
    r.req.socket.destroy();
    return;
  }
  // A fault with only a delay slows the request down; otherwise it fails it (500 unless told).
  const fails = fault !== undefined && fault.closeConnection === undefined;
  if (fault !== undefined && fails && (fault.status !== undefined || fault.delayMs === undefined)) {
    return send(faultReply(fault, state, headers, r.req.headers), headers);
  }
  const reply = await runRoute(routes, r, state, state.keys.get(token) ?? null);
  if (fault?.closeConnection === 'after-commit') {
    // The write happened; the client just never hears about it.
    r.req.socket.destroy();
    return;
  }
  send(reply, headers);
}
