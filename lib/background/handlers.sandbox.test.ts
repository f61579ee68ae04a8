/**
 * Every background handler against the real sandbox (strict request schemas, seeded records),
 * through the message layer with the fake browser: checks our requests are ones Stardex accepts.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerBackground } from '@/lib/background/register';
import { SANDBOX_DEMO_KEY } from '@/lib/config';
import { removeAllListeners } from '@/lib/messaging';
import { apiBaseUrlItem, apiKeyItem } from '@/lib/storage/connection';
import { SEED_IDS } from '@/sandbox/seed-ids';
import { type RunningSandbox, startSandbox } from '@/sandbox/server';
import { submission } from '@/tests/support/outbox-test-kit';

const ID = fakeBrowser.runtime.id;
const popup = { id: ID, url: `chrome-extension://${ID}/popup.html` };
const options = { id: ID, url: `chrome-extension://${ID}/options.html` };
const AVERY = 'https://de.linkedin.com/in/Avery-Quinn?trk=x';

async function send(type: string, data: unknown, sender: object = popup) {
  const replies = await fakeBrowser.runtime.onMessage.trigger(
    { id: 1, type, data, timestamp: Date.now() },
    sender,
  );
  const reply = replies[0] as { res?: unknown; err?: { message: string } };
  if (reply.err) throw new Error(reply.err.message);
  return reply.res;
}

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, quiet: true, rateLimitPerMinute: 600 });
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  fakeBrowser.reset();
  await fetch(`${sandbox.url}/__admin/reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  await apiKeyItem.setValue(SANDBOX_DEMO_KEY);
  await apiBaseUrlItem.setValue(sandbox.url);
  registerBackground({ schedule: () => {}, commandsAndMenus: false });
});
afterEach(() => {
  removeAllListeners();
  vi.unstubAllGlobals();
});

describe('handlers against the sandbox', () => {
  it('lookupPerson finds a seeded person from any variant of the profile URL, then from the cache', async () => {
    expect(await send('lookupPerson', { profileUrl: AVERY })).toEqual({
      ok: true,
      person: { id: SEED_IDS.persons.avery, name: 'Avery Quinn' },
    });
    expect(await send('lookupPerson', { profileUrl: 'https://www.linkedin.com/in/nobody-here/' })).toEqual({
      ok: true,
      person: null,
    });
    const before = ((await (await fetch(`${sandbox.url}/__admin/requests`)).json()) as { data: unknown[] })
      .data.length;
    expect(
      await send('lookupPerson', { profileUrl: 'https://www.linkedin.com/in/avery-quinn/' }),
    ).toMatchObject({
      person: { id: SEED_IDS.persons.avery, name: 'Avery Quinn' },
    });
    const after = ((await (await fetch(`${sandbox.url}/__admin/requests`)).json()) as { data: unknown[] })
      .data.length;
    expect(after).toBe(before);
  });

  it('knownPersons answers from the cache alone: who was matched before, with no request', async () => {
    const nobody = 'https://www.linkedin.com/in/nobody-here/';
    await send('lookupPerson', { profileUrl: AVERY });
    await send('lookupPerson', { profileUrl: nobody }); // "not in Stardex" is no entry of the cache
    const requests = async () =>
      ((await (await fetch(`${sandbox.url}/__admin/requests`)).json()) as { data: unknown[] }).data.length;
    const before = await requests();
    expect(await send('knownPersons', { profileUrls: [AVERY, nobody] })).toEqual({
      ok: true,
      known: [AVERY],
    });
    expect(await requests()).toBe(before);
  });

  it('listOpenTasks shows the person’s open tasks', async () => {
    const reply = (await send('listOpenTasks', { profileUrl: AVERY })) as {
      ok: true;
      tasks: { id: string }[];
    };
    expect(reply).toMatchObject({
      ok: true,
      tasks: [{ id: SEED_IDS.tasks.followUpAvery, taskType: 'linkedin_message' }],
    });
    expect(await send('listOpenTasks', { profileUrl: 'https://www.linkedin.com/in/felixbrandt/' })).toEqual({
      ok: true,
      tasks: [],
    });
  });

  it('listTeamMembers and searchRecords parse the sandbox shapes', async () => {
    const team = (await send('listTeamMembers', undefined)) as {
      members: { id: string; firstName: string }[];
    };
    expect(team.members.map((m) => m.id)).toContain(SEED_IDS.team.dana);
    expect(team.members.every((m) => m.firstName !== '')).toBe(true);
    const jobs = (await send('searchRecords', { kind: 'job', query: '' })) as {
      ok: true;
      options: { id: string }[];
    };
    expect(jobs.ok).toBe(true);
    expect(jobs.options.map((o) => o.id)).not.toContain(SEED_IDS.jobs.dataOld);
    expect(jobs.options.length).toBeGreaterThan(0);
    const deals = (await send('searchRecords', { kind: 'deal', query: 'Initech' })) as {
      options: { id: string }[];
    };
    expect(deals.options.map((o) => o.id)).toEqual([SEED_IDS.deals.initech]);
    const clients = (await send('searchRecords', { kind: 'client', query: '' })) as { ok: boolean };
    expect(clients.ok).toBe(true);
  });

  it('testConnection: success, bad key, bad URL, unreachable', async () => {
    expect(await send('testConnection', {}, options)).toMatchObject({ ok: true });
    expect(await send('testConnection', { apiKey: 'sbx_nope' }, options)).toMatchObject({
      ok: false,
      error: { kind: 'unauthorized' },
    });
    expect(await send('testConnection', { baseUrl: 'http://api.stardex.ai' }, options)).toMatchObject({
      ok: false,
      error: { kind: 'config', message: expect.stringContaining('Use https') },
    });
    expect(
      await send(
        'testConnection',
        { apiKey: SANDBOX_DEMO_KEY, baseUrl: `${sandbox.url}/not-stardex` },
        options,
      ),
    ).toMatchObject({
      ok: false,
      error: { kind: 'not_found' },
    });
    expect(
      await send('testConnection', { apiKey: SANDBOX_DEMO_KEY, baseUrl: 'http://127.0.0.1:9' }, options),
    ).toMatchObject({
      ok: false,
      error: { kind: 'network' },
    });
  });

  /** What the sandbox was asked, less the team list a saved key fetches by itself (to its saved URL). */
  const requestsBesidesTeamList = async () => {
    const log = (await (await fetch(`${sandbox.url}/__admin/requests`)).json()) as {
      data: { path: string }[];
    };
    return log.data.filter((r) => r.path !== '/v1/team-members');
  };

  it('testConnection with nothing typed tests what the build talks to: the sandbox of a development build', async () => {
    vi.stubGlobal('__DEV_SANDBOX_URL__', sandbox.url);
    vi.stubGlobal('__DEV_SANDBOX_KEY__', SANDBOX_DEMO_KEY);
    await apiKeyItem.setValue('');
    await apiBaseUrlItem.setValue('');
    const result = await send('testConnection', { apiKey: '', baseUrl: '' }, options);
    expect(result).toStrictEqual({
      ok: true,
      message: `Connected to the Stardex sandbox at ${new URL(sandbox.url).host}`,
    });
    expect(await requestsBesidesTeamList()).toHaveLength(1);
  });

  it('testConnection never sends the stored or the sandbox key to a typed, unsaved URL', async () => {
    const typed = sandbox.url.replace('127.0.0.1', 'localhost');
    for (const dev of [false, true]) {
      vi.stubGlobal('__DEV_SANDBOX_URL__', dev ? sandbox.url : '');
      vi.stubGlobal('__DEV_SANDBOX_KEY__', dev ? SANDBOX_DEMO_KEY : '');
      await apiKeyItem.setValue(dev ? '' : SANDBOX_DEMO_KEY);
      expect(await send('testConnection', { apiKey: '', baseUrl: typed }, options)).toMatchObject({
        ok: false,
        error: { kind: 'config', field: 'apiKey', message: expect.stringContaining('localhost') },
      });
    }
    expect(await requestsBesidesTeamList()).toStrictEqual([]);
    // With the key typed beside it, the typed URL is tested.
    expect(await send('testConnection', { apiKey: SANDBOX_DEMO_KEY, baseUrl: typed }, options)).toMatchObject(
      {
        ok: true,
      },
    );
  });

  it('a task with owners, job and due date: created as sent', async () => {
    const sub = submission(1, 'Full task');
    sub.task = { ...sub.task, owner_ids: [SEED_IDS.team.marco], job_id: SEED_IDS.jobs.backend };
    const run = (await send('submit', { submissions: [sub] })) as {
      steps: { state: string; item: { taskId: string } }[];
    };
    const reply = run.steps[0] ?? { state: 'missing', item: { taskId: '' } };
    expect(reply.state).toBe('created');
    const state = (await (await fetch(`${sandbox.url}/__admin/state`)).json()) as {
      data: { tasks: { id: string; owners: { id: string }[]; job_id: string; due_date: string }[] };
    };
    const task = state.data.tasks.find((t) => t.id === reply.item.taskId);
    expect(task).toMatchObject({
      owners: [{ id: SEED_IDS.team.marco }],
      job_id: SEED_IDS.jobs.backend,
      due_date: '2026-02-01T09:00:00.000Z',
    });
  });

  it('a task with an unknown job: failed, with the field in words', async () => {
    const sub = submission(2, 'Bad job');
    sub.task = { ...sub.task, job_id: '5eed0003-0000-4000-8000-000000000999' };
    expect(await send('submit', { submissions: [sub] })).toMatchObject({
      state: 'accepted',
      steps: [
        {
          state: 'failed',
          reason: expect.stringContaining('job_id'),
          item: { state: 'failed', lastError: { kind: 'not_found', field: 'job_id' } },
        },
      ],
    });
  });
});
