/**
 * Everything one sandbox instance remembers: records, accepted keys, rate windows, queued faults and
 * the log of /v1 requests. `reset()` puts it back to the freshly started state.
 */
// Relative, not '@/': Playwright and plain tsx load this file too, without WXT's generated path aliases.
import { SANDBOX_DEMO_KEY } from '../lib/config';
import { FaultQueue } from './faults';
import { SlidingWindowLimiter } from './rate-limit';
import { DEMO_TEAM_MEMBER_ID, seedStore } from './seed';
import { SandboxStore } from './store';

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 60;

/** One /v1 request as received, for GET /__admin/requests. */
export interface RequestLogEntry {
  at: string;
  method: string;
  path: string;
  /** `Bearer abcd…wxyz#1a2b3c` (hash suffix tells keys apart), or null when absent. */
  authorization: string | null;
  body: unknown;
  /** null when the connection was dropped by a fault. */
  status: number | null;
  fault?: number;
}

export interface ResetOptions {
  rateLimitPerMinute?: number;
  seed?: boolean;
}

export class SandboxState {
  readonly store = new SandboxStore();
  readonly faults = new FaultQueue();
  readonly limiter: SlidingWindowLimiter;
  /** Accepted API keys → the team member each acts as (null: none, so no auto-assigned owner). */
  readonly keys = new Map<string, string | null>();
  requestLog: RequestLogEntry[] = [];

  constructor(
    private readonly initialRateLimit: number,
    readonly now: () => number = Date.now,
  ) {
    this.limiter = new SlidingWindowLimiter(initialRateLimit, now);
    this.reset();
  }

  /** Clears records, keys, faults, rate windows and the request log; reseeds unless `seed: false`. */
  reset(options: ResetOptions = {}): void {
    this.store.clear();
    if (options.seed !== false) seedStore(this.store);
    this.keys.clear();
    this.keys.set(SANDBOX_DEMO_KEY, DEMO_TEAM_MEMBER_ID);
    this.faults.clear();
    this.limiter.clear();
    this.limiter.limit = options.rateLimitPerMinute ?? this.initialRateLimit;
    this.requestLog = [];
  }

  /** An ISO timestamp from the instance clock. */
  isoNow(): string {
    return new Date(this.now()).toISOString();
  }
}
