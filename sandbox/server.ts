/**
 * The Stardex sandbox: a local stand-in for https://api.stardex.ai that follows
 * docs/stardex-api.md (see sandbox/README.md for routes, admin API and assumptions).
 *
 *   const sandbox = await startSandbox({ port: 0, quiet: true });
 *   await fetch(`${sandbox.url}/v1/tasks/search`, { method: 'POST', headers: { Authorization: 'Bearer sbx_demo_key' } });
 *   await sandbox.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError, notFound } from './api-error';
import { corsHeaders, parseJsonBody, preflightHeaders, readBody, sendError, sendJson } from './http-io';
import { findRoute, type Route } from './router';
import { activityRoutes } from './routes/activities';
import { adminRoutes } from './routes/admin';
import { personRoutes } from './routes/persons';
import { pickerRoutes } from './routes/pickers';
import { taskRoutes } from './routes/tasks';
import { DEFAULT_RATE_LIMIT_PER_MINUTE, SandboxState } from './state';
import type { SandboxStore } from './store';
import { handleV1 } from './v1-pipeline';

export interface SandboxOptions {
  /** 0 = an ephemeral port (tests). Default 0. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Requests per minute per key; default 60 as documented. */
  rateLimitPerMinute?: number;
  /** No per-request console lines. */
  quiet?: boolean;
  /** Clock in epoch ms, for tests of the rate-limit window. Default Date.now. */
  now?: () => number;
}

export interface RunningSandbox {
  url: string;
  port: number;
  close(): Promise<void>;
  store: SandboxStore;
  state: SandboxState;
}

const v1Routes: Route[] = [...taskRoutes, ...personRoutes, ...activityRoutes, ...pickerRoutes];

async function handleAdmin(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  state: SandboxState,
  cors: Record<string, string>,
) {
  const method = req.method ?? 'GET';
  const rawBody = await readBody(req);
  const found = findRoute(adminRoutes, method, url.pathname);
  if (found === undefined) throw notFound(`Route ${method} ${url.pathname} not found`);
  const body = method === 'GET' || method === 'DELETE' ? {} : parseJsonBody(rawBody);
  const ctx = {
    method,
    path: url.pathname,
    query: url.searchParams,
    params: found.params,
    body,
    state,
    callerId: null,
  };
  const reply = await found.route.handler(ctx);
  sendJson(res, reply.status, reply.body, { ...cors, ...reply.headers });
}

async function handleRequest(req: IncomingMessage, res: ServerResponse, state: SandboxState): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
  const method = (req.method ?? 'GET').toUpperCase();
  const cors = corsHeaders(req.headers.origin);
  try {
    if (method === 'OPTIONS') {
      res.writeHead(204, preflightHeaders(req.headers.origin));
      res.end();
      return;
    }
    if (url.pathname.startsWith('/__admin/')) return await handleAdmin(req, res, url, state, cors);
    if (url.pathname === '/v1' || url.pathname.startsWith('/v1/')) {
      const rawBody = await readBody(req);
      return await handleV1(v1Routes, { req, res, url, method, rawBody, cors }, state);
    }
    throw notFound(`Route ${method} ${url.pathname} not found`);
  } catch (error) {
    const apiError =
      error instanceof ApiError ? error : new ApiError(500, 'INTERNAL_SERVER_ERROR', String(error));
    sendError(res, apiError, cors);
  }
}

function logLine(req: IncomingMessage, res: ServerResponse, startedMs: number): void {
  const outcome = res.writableFinished ? String(res.statusCode) : 'connection dropped';
  const time = new Date().toISOString().slice(11, 19);
  console.log(`${time} ${req.method} ${req.url} → ${outcome} (${Date.now() - startedMs} ms)`);
}

/** Starts a sandbox server; resolves once it listens. */
export async function startSandbox(opts: SandboxOptions = {}): Promise<RunningSandbox> {
  const state = new SandboxState(opts.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE, opts.now);
  const server = createServer((req, res) => {
    const started = Date.now();
    // While a connection-dropping fault is armed, every answer closes its connection, so the
    // dropped request is always on a fresh socket. Chromium silently resends a request (even a
    // POST) whose *reused* keep-alive socket closes before any answer; that would hide the very
    // "outcome unknown" case the fault is there to produce.
    if (state.faults.dropsConnections()) res.setHeader('Connection', 'close');
    // …and sockets left idle from before the fault was armed are closed too.
    res.on('finish', () => {
      if (state.faults.dropsConnections()) server.closeIdleConnections();
    });
    if (opts.quiet !== true) res.on('close', () => logLine(req, res, started));
    void handleRequest(req, res, state);
  });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    store: state.store,
    state,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets (fetch) would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
