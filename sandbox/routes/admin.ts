/**
 * The admin API under /__admin (no auth, no rate limit, not in the request log): reset, keys, faults,
 * the request log and a state dump, for tests and demos to steer the sandbox.
 */
import { z } from 'zod';
import { faultSpecSchema } from '../faults';
import type { RequestContext, Route } from '../router';
import { ok } from '../router';
import { parseBody } from '../validation';
import { taskView } from '../views';

const resetSchema = z.strictObject({
  rateLimitPerMinute: z.int().min(1).max(1_000_000).optional(),
  seed: z.boolean().optional(),
});

const addKeySchema = z.strictObject({
  key: z.string().regex(/^\S+$/, 'must be a non-empty string without spaces'),
  /** The team member the key acts as (the default owner of tasks it creates); none when omitted. */
  team_member_id: z.uuid().nullable().optional(),
});

function reset(ctx: RequestContext) {
  const options = parseBody(resetSchema, ctx.body);
  ctx.state.reset(options);
  return ok({ rateLimitPerMinute: ctx.state.limiter.limit, seeded: options.seed !== false });
}

function addKey(ctx: RequestContext) {
  const { key, team_member_id } = parseBody(addKeySchema, ctx.body);
  ctx.state.keys.set(key, team_member_id ?? null);
  return ok({ key, team_member_id: team_member_id ?? null });
}

function removeKey(ctx: RequestContext) {
  const key = ctx.params.key ?? '';
  return ok({ key, removed: ctx.state.keys.delete(key) });
}

function listKeys(ctx: RequestContext) {
  return ok([...ctx.state.keys].map(([key, team_member_id]) => ({ key, team_member_id })));
}

function addFault(ctx: RequestContext) {
  return ok(ctx.state.faults.add(parseBody(faultSpecSchema, ctx.body)));
}

function clearFaults(ctx: RequestContext) {
  const cleared = ctx.state.faults.list().length;
  ctx.state.faults.clear();
  return ok({ cleared });
}

function dumpState(ctx: RequestContext) {
  const { store, limiter, faults, keys } = ctx.state;
  return ok({
    rateLimitPerMinute: limiter.limit,
    keys: [...keys.keys()],
    faults: faults.list(),
    teamMembers: store.teamMembers,
    persons: store.persons,
    tasks: store.tasks.map((t) => taskView(store, t)),
    activities: store.activities,
    jobs: store.jobs,
    deals: store.deals,
    companies: store.companies,
  });
}

export const adminRoutes: Route[] = [
  { method: 'POST', pattern: '/__admin/reset', handler: reset },
  { method: 'GET', pattern: '/__admin/keys', handler: listKeys },
  { method: 'POST', pattern: '/__admin/keys', handler: addKey },
  { method: 'DELETE', pattern: '/__admin/keys/:key', handler: removeKey },
  { method: 'GET', pattern: '/__admin/faults', handler: (ctx) => ok(ctx.state.faults.list()) },
  { method: 'POST', pattern: '/__admin/faults', handler: addFault },
  { method: 'DELETE', pattern: '/__admin/faults', handler: clearFaults },
  { method: 'GET', pattern: '/__admin/requests', handler: (ctx) => ok(ctx.state.requestLog) },
  {
    method: 'DELETE',
    pattern: '/__admin/requests',
    handler: (ctx) => {
      ctx.state.requestLog = [];
      return ok({ cleared: true });
    },
  },
  { method: 'GET', pattern: '/__admin/state', handler: dumpState },
];
