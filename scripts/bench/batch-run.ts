/**
 * Batch benchmark (`npm run bench`, section "A batch for many people"): 25 people × a 3-step
 * cadence through the outbox against the sandbox at the shipped 60/min, on a virtual clock shared
 * by the sandbox and the client (minutes of rate-limit pacing pass in about a second of real time).
 * Prints requests, 429s and the delivery's time next to the floor the limit alone sets (the first
 * minute's 60 requests at once, then one a second) and the client's own paced floor (a burst of
 * 10, then one a second).
 */
import { SANDBOX_DEMO_KEY } from '@/lib/config';
import { batchLine, batchProgress } from '@/lib/tasks/batch-progress';
import { createOutboxHarness, virtualClock } from '@/tests/support/outbox-harness';
import { startSandbox } from '../../sandbox/server';
import { batchSubmissions, maxInWindow } from '../../tests/support/batch-kit';

interface Logged {
  at: string;
  method: string;
  path: string;
  status: number | null;
}

const LIMIT = 60;
const round1 = (ms: number) => Math.round(ms / 100) / 10;

/** The client limiter's default burst (lib/stardex/rate-limiter.ts); after it, one request a second. */
const CLIENT_BURST = 10;

/** Seconds the limit alone needs for `requests`: the first minute's budget at once, then 1/s. */
export const floorSeconds = (requests: number, limit = LIMIT) => (Math.max(0, requests - limit) * 60) / limit;

export async function benchBatchRun(people = 25, steps = 3): Promise<Record<string, unknown>> {
  const clock = virtualClock();
  const sandbox = await startSandbox({ port: 0, quiet: true, rateLimitPerMinute: LIMIT, now: clock.now });
  try {
    const h = createOutboxHarness({
      baseUrl: sandbox.url,
      apiKey: SANDBOX_DEMO_KEY,
      rateLimitPerMinute: LIMIT,
      clock,
    });
    const subs = batchSubmissions(people, steps, { batchId: 'bench-batch' });
    const realStart = performance.now();
    const started = clock.now();
    await h.outbox.submitAll(subs);
    await h.runUntilIdle(30 * 60_000);
    const elapsedMs = clock.now() - started;
    const realMs = performance.now() - realStart;
    const log = ((await (await fetch(`${sandbox.url}/__admin/requests`)).json()) as { data: Logged[] }).data;
    const creates = log.filter((r) => r.method === 'POST' && r.path === '/v1/tasks');
    const progress = batchProgress(h.items()).get('bench-batch');
    return {
      clock: 'virtual (sandbox and client share it; real time below)',
      people,
      steps,
      requests: log.length,
      requestsByPath: Object.fromEntries(
        [...new Set(log.map((r) => `${r.method} ${r.path}`))].map((p) => [
          p,
          log.filter((r) => `${r.method} ${r.path}` === p).length,
        ]),
      ),
      responses429: log.filter((r) => r.status === 429).length,
      maxRequestsInAny60s: maxInWindow(log.map((r) => Date.parse(r.at))),
      taskCreates: creates.length,
      wallSeconds: round1(elapsedMs),
      floorSecondsAt60PerMin: round1(floorSeconds(log.length) * 1000),
      // The limiter spreads requests as Stardex's docs advise instead of spending a minute's budget at once.
      pacedFloorSeconds: round1(Math.max(0, log.length - CLIENT_BURST) * (60_000 / LIMIT)),
      realSecondsForTheBench: round1(realMs),
      progress: progress ? batchLine(progress) : null,
      meetsTargets:
        log.every((r) => r.status !== 429) &&
        creates.length === people * steps &&
        progress?.peopleDone === people,
    };
  } finally {
    await sandbox.close();
  }
}

if (process.argv[1]?.endsWith('batch-run.ts')) {
  benchBatchRun().then((r) => console.log(JSON.stringify(r, null, 2)));
}
