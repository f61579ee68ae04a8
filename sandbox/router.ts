/**
 * A minimal router: routes are "METHOD /path/:param" patterns mapped to handlers that return a
 * Reply (or throw an ApiError). Handlers never touch the raw request/response.
 */
import type { SandboxState } from './state';

export interface RequestContext {
  method: string;
  path: string;
  query: URLSearchParams;
  params: Record<string, string>;
  /** Parsed JSON body; `{}` when the request had none. */
  body: unknown;
  state: SandboxState;
  /** The team member the API key acts as, if any. */
  callerId: string | null;
}

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export type RouteHandler = (ctx: RequestContext) => Reply | Promise<Reply>;

export interface Route {
  method: string;
  pattern: string;
  handler: RouteHandler;
}

/** The route for `method path` and its decoded params, if one is registered. */
export function findRoute(
  routes: readonly Route[],
  method: string,
  path: string,
): { route: Route; params: Record<string, string> } | undefined {
  const parts = path.split('/');
  for (const route of routes) {
    if (route.method !== method) continue;
    const patternParts = route.pattern.split('/');
    if (patternParts.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const matches = patternParts.every((p, i) => {
      const actual = parts[i] ?? '';
      if (p.startsWith(':')) {
        params[p.slice(1)] = safeDecode(actual);
        return actual !== '';
      }
      return p === actual;
    });
    if (matches) return { route, params };
  }
  return undefined;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** `{success:true, data}` with 200. */
export function ok(data: unknown): Reply {
  return { status: 200, body: { success: true, data } };
}

/** The paginated envelope: the page of `items` (each passed through `view`) plus `meta {total, offset, limit}`. */
export function okPage<T, V>(
  items: readonly T[],
  offset: number | null | undefined,
  limit: number | undefined,
  view: (item: T) => V,
): Reply {
  const start = offset ?? 0;
  const size = limit ?? 100;
  const data = items.slice(start, start + size).map(view);
  return {
    status: 200,
    body: { success: true, data, meta: { total: items.length, offset: start, limit: size } },
  };
}
