import { describe, expect, it } from 'vitest';
import { outboxKit, submission } from '@/tests/support/outbox-test-kit';

describe('person matcher (requests per capture)', () => {
  it('uncached, person missing: search + create + task = 3 requests; then cached: 1 request', async () => {
    const kit = outboxKit();
    await kit.outbox.submit(submission(7));
    await kit.outbox.drain();
    expect(kit.fake.state.requests.map((r) => r.route)).toEqual([
      'POST /v1/persons/search',
      'POST /v1/persons',
      'POST /v1/tasks',
    ]);
    expect(kit.fake.state.persons[0]).toMatchObject({
      name: 'Test Person 7',
      linkedin_url: 'https://www.linkedin.com/in/test-person-7/',
      first_name: 'Test',
      current_job_title: 'Engineer',
      company_name: 'Acme',
      linkedin_location: 'Berlin',
    });
    kit.fake.state.requests.length = 0;
    await kit.outbox.submit(submission(7, 'Second task'));
    await kit.outbox.drain();
    expect(kit.fake.state.requests.map((r) => r.route)).toEqual(['POST /v1/tasks']);
  });

  it('uncached, person exists: search + task = 2 requests', async () => {
    const kit = outboxKit();
    kit.fake.state.persons.push({
      id: 'p-existing',
      name: 'X',
      linkedin_url: 'https://www.linkedin.com/in/test-person-8/',
    });
    await kit.outbox.submit(submission(8));
    await kit.outbox.drain();
    expect(kit.fake.state.requests).toHaveLength(2);
    expect(kit.fake.state.tasks[0]?.person_id).toBe('p-existing');
  });

  it('a cached id Stardex no longer knows is dropped and looked up again', async () => {
    const kit = outboxKit();
    kit.fake.state.persons.push({
      id: 'p-new',
      name: 'X',
      linkedin_url: 'https://www.linkedin.com/in/test-person-9/',
    });
    const account = (await kit.getClient()).account;
    kit.cache[`${account}|in/test-person-9`] = { personId: 'p-merged-away', at: Date.now() };
    // Stardex's 404 names the field (as the sandbox does).
    const realFetch = kit.fake.fetch;
    let first = true;
    kit.fake.fetch = async (input, init) => {
      if (first && String(input).endsWith('/v1/tasks')) {
        first = false;
        return new Response(
          JSON.stringify({
            success: false,
            error: { code: 'NOT_FOUND', message: 'person_id: no person with id p-merged-away' },
          }),
          { status: 404 },
        );
      }
      return realFetch(input, init);
    };
    await kit.outbox.submit(submission(9));
    await kit.outbox.drain();
    expect(kit.store.items[0]).toMatchObject({ state: 'done', personId: 'p-new' });
    expect(kit.cache[`${account}|in/test-person-9`]?.personId).toBe('p-new');
  });

  it('with "Add the person if missing" off: no person is created, the content says who it is about', async () => {
    const kit = outboxKit({ addMissingPerson: false });
    await kit.outbox.submit(submission(10));
    await kit.outbox.drain();
    expect(kit.fake.state.persons).toHaveLength(0);
    expect(kit.fake.state.tasks[0]?.person_id).toBeUndefined();
    expect(kit.fake.state.tasks[0]?.content_text).toBe(
      'Send the role description\n\nAbout: Test Person 10 (https://www.linkedin.com/in/test-person-10/)',
    );
  });
});

describe('person matcher: no person search twice', () => {
  it('first capture of an unknown person: the form’s lookups and the submit share one search', async () => {
    const kit = outboxKit();
    const client = await kit.getClient();
    const url = 'https://www.linkedin.com/in/test-person-31/';
    // The form opens: "is this person in Stardex?" and "their open tasks" ask at the same time.
    expect(await Promise.all([kit.matcher.find(client, url), kit.matcher.find(client, url)])).toEqual([
      null,
      null,
    ]);
    // A few seconds later the recruiter submits.
    await kit.outbox.submit(submission(31));
    await kit.outbox.drain();
    expect(kit.fake.state.requests.map((r) => r.route)).toEqual([
      'POST /v1/persons/search',
      'POST /v1/persons',
      'POST /v1/tasks',
    ]);
  });

  it('a negative answer older than a minute is asked again', async () => {
    let clock = Date.now();
    const kit = outboxKit({ now: () => clock });
    const client = await kit.getClient();
    const url = 'https://www.linkedin.com/in/test-person-32/';
    await kit.matcher.find(client, url);
    clock += 61_000;
    await kit.matcher.find(client, url);
    expect(kit.fake.state.requests.filter((r) => r.route === 'POST /v1/persons/search')).toHaveLength(2);
  });
});
