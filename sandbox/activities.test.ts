import { describe, expect, it } from 'vitest';
import { SEED_IDS } from './seed';
import { startTestSandbox } from './test-support';

const avery = SEED_IDS.persons.avery;

interface FeedItem {
  id: string;
  activity_type: string;
  activity_content: string;
  team_member: { id: string; name: string } | null;
}

describe('person activities', () => {
  it('logs an activity on the person given by id, and shows it first in their feed', async () => {
    const sbx = await startTestSandbox();
    const res = await sbx.post('/v1/person-activities', {
      activity_type: 'linkedin_message',
      activity_content: 'Hi Avery, are you open to a chat about a staff role?',
      person_id: avery,
    });
    expect(res.status).toBe(200);
    expect(res.json.data).toStrictEqual({
      id: expect.any(String),
      person_id: avery,
      activity_type: 'linkedin_message',
    });
    const feed = await sbx.get<FeedItem[]>(`/v1/persons/${avery}/activities`);
    expect(feed.json.data[0]).toMatchObject({
      id: res.json.data.id,
      activity_type: 'linkedin_message',
      activity_content: 'Hi Avery, are you open to a chat about a staff role?',
      team_member: { id: SEED_IDS.team.dana, name: 'Dana Demo' },
    });
    // The person's tasks are in the feed too.
    expect(feed.json.data.some((item) => item.activity_type === 'task')).toBe(true);
  });

  it('finds the person by LinkedIn URL (any form), email or full name, in that order of precision', async () => {
    const sbx = await startTestSandbox();
    for (const who of [
      { linkedin_url: 'https://de.linkedin.com/in/Avery-Quinn?trk=x' },
      { email: 'AVERY@mail.example' },
      { full_name: 'avery quinn' },
    ]) {
      const res = await sbx.post('/v1/person-activities', {
        activity_type: 'call_note',
        activity_content: 'Called',
        ...who,
      });
      expect(res.json.data, JSON.stringify(who)).toMatchObject({ person_id: avery });
    }
  });

  it('refuses what the docs do not allow, naming the field', async () => {
    const sbx = await startTestSandbox();
    const post = (body: object) => sbx.post('/v1/person-activities', body);
    const cases: [object, number, string][] = [
      [{ activity_content: 'x', person_id: avery }, 400, 'activity_type'],
      [{ activity_type: 'linkedin_message', person_id: avery }, 400, 'activity_content'],
      [
        { activity_type: 'linkedin_connection', activity_content: 'x', person_id: avery },
        400,
        'activity_type',
      ],
      [{ activity_type: 'call_note', activity_content: 'x' }, 400, 'person_id'],
      [{ activity_type: 'call_note', activity_content: 'x', person_id: avery, extra: 1 }, 400, 'extra'],
      [
        {
          activity_type: 'call_note',
          activity_content: 'x',
          linkedin_url: 'https://www.linkedin.com/in/nobody-here/',
        },
        404,
        '',
      ],
    ];
    for (const [body, status, field] of cases) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      if (field) expect(JSON.stringify(res.json.error), JSON.stringify(body)).toContain(field);
    }
    expect(sbx.store.activities).toHaveLength(0);
  });

  it('lists the standard types and any the team added', async () => {
    const sbx = await startTestSandbox();
    sbx.store.activityTypes.push('linkedin_connection_request');
    const types = await sbx.get<{ key: string; name: string }[]>('/v1/person-activities/types');
    expect(types.json.data.map((t) => t.key)).toEqual(
      expect.arrayContaining([
        'linkedin_message',
        'linkedin_message_response',
        'call_note',
        'linkedin_connection_request',
      ]),
    );
    expect(types.json.data.find((t) => t.key === 'call_note')?.name).toBe('Call note');
  });

  it('answers injected faults like any /v1 route (a commit then a 503 leaves the activity made)', async () => {
    const sbx = await startTestSandbox();
    await sbx.post(
      '/__admin/faults',
      { route: 'POST /v1/person-activities', status: 503, commit: true },
      { key: null },
    );
    const res = await sbx.post('/v1/person-activities', {
      activity_type: 'call_note',
      activity_content: 'x',
      person_id: avery,
    });
    expect(res.status).toBe(503);
    expect(sbx.store.activities).toHaveLength(1);
  });
});
