/**
 * Person activities (docs/stardex-api.md §3.6): POST /v1/person-activities, the types list
 * GET /v1/person-activities/types, and a person's feed GET /v1/persons/{id}/activities, tasks
 * included as `activity_type: "task"`. Shapes the docs leave open are sandbox assumptions
 * (sandbox/README.md).
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { notFound, validationError } from '../api-error';
import type { RequestContext, Route } from '../router';
import { ok, okPage } from '../router';
import { createPersonActivitySchema } from '../schemas';
import type { PersonRecord } from '../store';
import { parseBody } from '../validation';
import { queryInt, sortBy } from './search-helpers';

type ActivityInput = z.output<typeof createPersonActivitySchema>;

/** The person, by the most precise of the four ways the request gives (§3.6's order). */
function personFor(ctx: RequestContext, input: ActivityInput): PersonRecord {
  const { store } = ctx.state;
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const { person_id: id, linkedin_url: url, email, full_name: name } = input;
  let person: PersonRecord | undefined;
  if (id !== undefined) person = store.person(id);
  else if (url !== undefined) person = store.findPersonByLinkedInUrl(url);
  else if (email !== undefined)
    person = store.persons.find((p) => p.emails.some((e) => same(e.value, email)));
  else if (name !== undefined) person = store.persons.find((p) => same(p.name, name));
  else throw validationError('person_id', 'one of person_id, linkedin_url, email or full_name is required');
  if (!person) throw notFound('No person matches the given person_id, linkedin_url, email or full_name');
  return person;
}

function createActivity(ctx: RequestContext) {
  const input = parseBody(createPersonActivitySchema, ctx.body);
  const { store } = ctx.state;
  if (!store.activityTypes.includes(input.activity_type)) {
    throw validationError('activity_type', `must be one of ${store.activityTypes.join(', ')}`);
  }
  const person = personFor(ctx, input);
  const activity = store.addActivity({
    id: randomUUID(),
    person_id: person.id,
    activity_type: input.activity_type,
    activity_content: input.activity_content,
    team_member_id: ctx.callerId,
    created_at: ctx.state.isoNow(),
  });
  return ok({ id: activity.id, person_id: activity.person_id, activity_type: activity.activity_type });
}

/** Assumed shape: `{ key, name }` per type (the docs name the endpoint, not its items). */
function listTypes(ctx: RequestContext) {
  const name = (key: string) => key.replace(/_/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
  return ok(ctx.state.store.activityTypes.map((key) => ({ key, name: name(key) })));
}

function personFeed(ctx: RequestContext) {
  const id = ctx.params.id ?? '';
  if (!z.uuid().safeParse(id).success) throw validationError('id', 'must be a UUID');
  const { store } = ctx.state;
  if (!store.person(id)) throw notFound(`No person with id ${id}`);
  const member = (memberId: string | null) => {
    const m = memberId === null ? undefined : store.teamMember(memberId);
    return m ? { id: m.id, name: `${m.first_name} ${m.last_name}` } : null;
  };
  const items = [
    ...store.activities
      .filter((a) => a.person_id === id)
      .map((a) => ({ ...a, team_member: member(a.team_member_id) })),
    ...store.tasks
      .filter((t) => t.person_id === id)
      .map((t) => ({
        id: t.id,
        activity_type: 'task',
        activity_content: t.content_text,
        created_at: t.created_at,
        seq: t.seq,
        team_member: member(t.owner_ids[0] ?? null),
      })),
  ];
  const newestFirst = sortBy(
    items,
    (item) => `${item.created_at}|${String(item.seq).padStart(9, '0')}`,
    'desc',
  );
  const view = (item: (typeof items)[number]) => ({
    id: item.id,
    activity_type: item.activity_type,
    created_at: item.created_at,
    activity_content: item.activity_content,
    team_member: item.team_member,
    job: null,
  });
  return okPage(newestFirst, queryInt(ctx, 'offset', 0, 1_000_000), queryInt(ctx, 'limit', 1, 100), view);
}

export const activityRoutes: Route[] = [
  { method: 'POST', pattern: '/v1/person-activities', handler: createActivity },
  { method: 'GET', pattern: '/v1/person-activities/types', handler: listTypes },
  { method: 'GET', pattern: '/v1/persons/:id/activities', handler: personFeed },
];
