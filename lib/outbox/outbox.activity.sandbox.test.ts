/**
 * A logged touch lands exactly once, as a person activity on the right person, against the same
 * faults a task survives: committed then a 5xx, the connection dropped after commit, a worker
 * stopped mid-send, the same log submitted twice. The person's feed is searched before a resend.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { logSubmission, submission } from '@/tests/support/outbox-test-kit';
import { outboxOnSandbox } from '../../tests/support/outbox-sandbox';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function setup(options: Parameters<typeof outboxOnSandbox>[0] = {}) {
  const s = await outboxOnSandbox(options);
  close = s.close;
  const state = async () =>
    (await s.admin('state')) as {
      activities: { id: string; person_id: string; activity_type: string; activity_content: string }[];
      persons: { id: string; linkedin_public_id: string | null }[];
    };
  const creates = async () =>
    (await s.requests()).filter((r) => r.method === 'POST' && r.path === '/v1/person-activities');
  return { ...s, state, creates };
}

describe('a logged touch, exactly once', () => {
  it('is one activity of the touch’s type with the text, on the person matched by LinkedIn URL', async () => {
    const s = await setup();
    await s.h.outbox.submit(submission(1, 'Message her'));
    await s.h.runUntilIdle(30_000);
    await s.h.outbox.submit(logSubmission(1, 'Hi Test, the role is yours to shape.'));
    await s.h.runUntilIdle(30_000);
    const { activities, persons } = await s.state();
    const person = persons.find((p) => p.linkedin_public_id === 'test-person-1');
    expect(activities).toEqual([
      expect.objectContaining({
        person_id: person?.id,
        activity_type: 'linkedin_message',
        activity_content: 'Hi Test, the role is yours to shape.',
      }),
    ]);
    expect(s.h.items()[1]).toMatchObject({ kind: 'activity', state: 'done', activityId: activities[0]?.id });
  });

  it.each([
    ['committed, then HTTP 503', { commit: true, status: 503 }],
    ['committed, then the connection dropped', { closeConnection: 'after-commit' }],
  ])('%s → one activity, the feed searched before anything is resent', async (_name, fault) => {
    // A dropped connection waits out the attempt's timeout before looking: keep it short here.
    const s = await setup({ timeoutMs: 300, inFlightMarginMs: 100 });
    await s.admin('faults', { route: 'POST /v1/person-activities', count: 1, ...fault });
    await s.h.outbox.submit(logSubmission(2, 'Logged once'));
    await s.h.runUntilIdle(60_000);
    expect((await s.state()).activities.filter((a) => a.activity_content === 'Logged once')).toHaveLength(1);
    expect(await s.creates()).toHaveLength(1);
    expect(s.h.items()[0]).toMatchObject({ state: 'done', outcomeUnknown: true, possibleTwin: false });
  });

  it('the same log submitted twice (a double click, a reopened popup) is one item and one activity', async () => {
    const s = await setup();
    const log = logSubmission(3, 'Pressed twice');
    await Promise.all([s.h.outbox.submit(log), s.h.outbox.submit(log)]);
    await s.h.outbox.submit(log);
    await s.h.runUntilIdle(30_000);
    expect(s.h.items()).toHaveLength(1);
    expect(await s.creates()).toHaveLength(1);
  });

  it('a worker stopped while the create is in flight → the next worker finds it in the feed', async () => {
    const s = await setup();
    await s.admin('faults', { route: 'POST /v1/person-activities', count: 1, delayMs: 600 });
    const first = s.harness({ timeoutMs: 60_000 });
    await first.outbox.submit(logSubmission(4, 'Slow log'));
    void first.outbox.drain();
    while ((await s.creates()).length === 0) await new Promise((r) => setTimeout(r, 5));
    const second = s.harness({ store: first.store, timeoutMs: 200, inFlightMarginMs: 800 });
    await second.runUntilIdle(30_000);
    await new Promise((r) => setTimeout(r, 700));
    expect((await s.state()).activities.filter((a) => a.activity_content === 'Slow log')).toHaveLength(1);
    expect(second.items()[0]).toMatchObject({ state: 'done', outcomeUnknown: true });
  });

  it('a connection request without a team type is a note that says so; a reply is a response', async () => {
    const s = await setup();
    await s.h.outbox.submit(logSubmission(5, 'Hi, let’s connect.', 'linkedin_connection'));
    await s.h.outbox.submit(logSubmission(5, 'Thanks, maybe next year.', 'linkedin_message_response'));
    await s.h.runUntilIdle(30_000);
    const types = (await s.state()).activities.map((a) => [a.activity_type, a.activity_content]);
    expect(types).toEqual([
      ['secondary_note', 'LinkedIn connection request sent, with this note:\n\nHi, let’s connect.'],
      ['linkedin_message_response', 'Thanks, maybe next year.'],
    ]);
  });

  it('a refused log (HTTP 403) fails with the reason and is sent again, once, when logged again', async () => {
    const s = await setup();
    await s.admin('faults', { route: 'POST /v1/person-activities', count: 1, status: 403 });
    const log = logSubmission(6, 'Refused first');
    await s.h.outbox.submit(log);
    await s.h.runUntilIdle(30_000);
    expect(s.h.items()[0]).toMatchObject({ state: 'failed', lastError: { status: 403 } });
    await s.h.outbox.submit({ ...log, activity: { ...log.activity, text: 'Refused first, fixed' } });
    await s.h.runUntilIdle(30_000);
    const logged = (await s.state()).activities.map((a) => a.activity_content);
    expect(logged).toEqual(['Refused first, fixed']);
  });
});
