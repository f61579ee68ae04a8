/**
 * Injected faults (admin API): make the next N requests matching "METHOD /path" (with `*` wildcards)
 * fail, hang, or lose their connection, so the extension's retry/outbox logic can be exercised.
 */
import { z } from 'zod';

export const faultSpecSchema = z.strictObject({
  /** e.g. "POST /v1/tasks", "* /v1/*", "POST /v1/persons*". */
  route: z
    .string()
    .regex(/^\S+ \/\S*$/, 'must look like "POST /v1/tasks" (method, space, path; * wildcards)'),
  count: z.int().min(1).max(1000).default(1),
  /** Hit only every Nth matching request (the others pass untouched), `count` times in all. */
  everyNth: z.int().min(1).max(1000).default(1),
  status: z.int().min(100).max(599).optional(),
  /** v1 envelope, or the Fastify-style `{message, error, statusCode}` seen by third parties. */
  body: z.enum(['v1', 'plain']).default('v1'),
  delayMs: z.int().min(0).max(120_000).optional(),
  /** before: drop the socket without handling; after-commit: handle (write), then drop the socket. */
  closeConnection: z.enum(['before', 'after-commit']).optional(),
  retryAfterSeconds: z.int().min(0).max(86_400).optional(),
  /**
   * The request is handled for real first (a create is committed), and only then is the fault's
   * answer sent: its `status` (the handler's own when absent), its `rawBody` (an exact text, e.g.
   * a proxy's HTML page or JSON of an unexpected shape) and after its `delayMs`. "Committed, then
   * Stardex said 500" and "committed, then the body could not be parsed" are how a create that
   * was not idempotent turns into duplicates.
   */
  commit: z.boolean().default(false),
  rawBody: z.string().max(20_000).optional(),
  /** Content-Type of `rawBody` (default text/html when it does not start with `{` or `[`). */
  contentType: z.string().max(100).optional(),
  /** The error message quotes the request's headers, Authorization included (a careless server). */
  echoHeaders: z.boolean().default(false),
});
export type FaultSpec = z.output<typeof faultSpecSchema>;

export interface ActiveFault extends FaultSpec {
  id: number;
  remaining: number;
  /** Matching requests seen so far (for `everyNth`). */
  seen: number;
}

function routeRegex(route: string): RegExp {
  const escaped = route.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`, 'i');
}

/** Faults in the order they were added; the first matching one with uses left wins. */
export class FaultQueue {
  private faults: ActiveFault[] = [];
  private nextId = 1;

  /** Queues a fault and returns it. */
  add(spec: FaultSpec): ActiveFault {
    const fault = { ...spec, id: this.nextId++, remaining: spec.count, seen: 0 };
    this.faults.push(fault);
    return fault;
  }

  /** Takes one use of the first fault matching `method path`, if any. */
  take(method: string, path: string): ActiveFault | undefined {
    const target = `${method.toUpperCase()} ${path}`;
    const fault = this.faults.find((f) => f.remaining > 0 && routeRegex(f.route).test(target));
    if (fault === undefined) return undefined;
    fault.seen += 1;
    if (fault.seen % fault.everyNth !== 0) return undefined;
    fault.remaining -= 1;
    this.faults = this.faults.filter((f) => f.remaining > 0);
    return fault;
  }

  /** Faults that still have uses left. */
  list(): ActiveFault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  clear(): void {
    this.faults = [];
  }

  /** True while a fault that drops a connection is still armed. */
  dropsConnections(): boolean {
    return this.faults.some((f) => f.closeConnection !== undefined);
  }
}
