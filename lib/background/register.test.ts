import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerBackground } from '@/lib/background/register';
import { removeAllListeners } from '@/lib/messaging';
import { backgroundMessages } from '@/lib/protocol/background-messages';
import { contentMessages } from '@/lib/protocol/content-messages';
import { outboxItem } from '@/lib/storage/background-data';
import { apiBaseUrlItem, apiKeyItem } from '@/lib/storage/connection';
import { createFakeStardex, type FakeStardex } from '@/tests/support/fake-stardex';
import { submission } from '@/tests/support/outbox-test-kit';

/** The test API host counts as granted (as Options would have asked for it). */
const granted = async () => true;

const ID = fakeBrowser.runtime.id;
const popup = { id: ID, url: `chrome-extension://${ID}/popup.html` };
const options = { id: ID, url: `chrome-extension://${ID}/options.html` };
const linkedInTab = {
  id: ID,
  url: 'https://www.linkedin.com/in/someone/',
  tab: { url: 'https://www.linkedin.com/in/someone/' },
};
const otherSite = { id: ID, url: 'https://evil.example/', tab: { url: 'https://evil.example/' } };
const foreign = { id: 'other-extension', url: 'chrome-extension://other-extension/popup.html' };

async function send(type: string, data: unknown, sender: object) {
  const replies = await fakeBrowser.runtime.onMessage.trigger(
    { id: 1, type, data, timestamp: Date.now() },
    sender,
  );
  return replies[0] as { res?: unknown; err?: { message: string } };
}

/** A run of one task, answered: its one step. */
const oneStep = (step: object) => ({ state: 'accepted', steps: [step] });

let fake: FakeStardex;
beforeEach(async () => {
  fakeBrowser.reset();
  fake = createFakeStardex();
  await apiKeyItem.setValue('test-key');
  await apiBaseUrlItem.setValue('https://api.stardex.example');
});
afterEach(() => removeAllListeners());

const start = () =>
  registerBackground({
    fetch: fake.fetch,
    hostPermission: granted,
    schedule: () => {},
    commandsAndMenus: false,
  });

describe('registerBackground', () => {
  it('answers exactly the messages declared as its own, each through the router', async () => {
    start();
    for (const name of [...Object.keys(backgroundMessages), ...Object.keys(contentMessages)]) {
      const replies = await fakeBrowser.runtime.onMessage.trigger(
        { id: 1, type: name, data: undefined, timestamp: Date.now() },
        foreign,
      );
      if (name in backgroundMessages)
        expect(replies[0], name).toMatchObject({
          err: { message: `Refused ${name}: not allowed from this sender` },
        });
      else expect(replies.filter(Boolean), name).toEqual([]);
    }
  });

  it('answers no inherited name: constructor, toString, __proto__ get no reply from any sender', async () => {
    start();
    for (const type of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      for (const sender of [popup, options, linkedInTab]) {
        const replies = await fakeBrowser.runtime.onMessage.trigger(
          { id: 1, type, data: { profileUrl: 'https://www.linkedin.com/in/x/' }, timestamp: Date.now() },
          sender,
        );
        expect(replies.filter(Boolean), `${type} from ${sender.url}`).toEqual([]);
      }
    }
  });

  it('a task submitted from the popup: stored, delivered, answered "created"', async () => {
    start();
    const sub = submission(1);
    const reply = await send('submit', { submissions: [sub] }, popup);
    expect(reply.res).toMatchObject(
      oneStep({ state: 'created', item: { clientId: sub.clientId, state: 'done' } }),
    );
    expect(fake.state.tasks).toHaveLength(1);
    expect((await outboxItem.getValue())[0]?.state).toBe('done');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('checks the sender: a LinkedIn content script gets the page button setting and nothing else', async () => {
    start();
    for (const [type, data] of [
      ['submit', { submissions: [submission(2)] }],
      ['lookupPerson', { profileUrl: 'https://www.linkedin.com/in/test-person-2/' }],
      ['listOpenTasks', { profileUrl: 'https://www.linkedin.com/in/someone-else/' }],
      ['listTeamMembers', undefined],
      ['searchRecords', { kind: 'client', query: '' }],
      ['findPeople', { name: 'Ada', company: null }],
      ['getSubmission', { clientIds: [submission(3).clientId] }],
      ['testConnection', {}],
      ['listOutbox', undefined],
    ] as const) {
      expect((await send(type, data, linkedInTab)).err?.message, type).toMatch(/not allowed/);
    }
    expect((await send('getPageButtonSetting', undefined, linkedInTab)).res).toStrictEqual({ enabled: true });
    expect(fake.state.tasks).toHaveLength(0);
    // The side panel is an extension page (Firefox gives one opened as a page a tab): it may capture.
    const panel = {
      id: popup.id,
      url: `chrome-extension://${popup.id}/sidepanel.html`,
      tab: { id: 7, url: linkedInTab.tab.url },
    };
    expect((await send('submit', { submissions: [submission(4)] }, panel)).res).toMatchObject(
      oneStep({ state: 'created' }),
    );
    expect((await send('listOutbox', undefined, popup)).res).toHaveLength(1);
    expect((await send('testConnection', {}, options)).res).toMatchObject({ ok: true });
    expect((await send('testConnection', {}, popup)).err?.message).toMatch(/not allowed/);
  });

  it('drops other extensions, other sites and malformed requests without acting', async () => {
    start();
    const before = fake.state.requests.length;
    expect((await send('submit', { submissions: [submission(3)] }, foreign)).err?.message).toMatch(
      /not allowed/,
    );
    expect((await send('submit', { submissions: [submission(3)] }, otherSite)).err?.message).toMatch(
      /not allowed/,
    );
    expect((await send('submit', { submissions: [{ clientId: 'nope' }] }, popup)).err?.message).toMatch(
      /invalid request/,
    );
    expect((await send('lookupPerson', { profileUrl: 42 }, popup)).err?.message).toMatch(/invalid request/);
    expect(fake.state.requests.length).toBe(before);
    expect(await outboxItem.getValue()).toEqual([]);
  });

  it('401: failed "API key rejected" with a red badge; fixing the key delivers it', async () => {
    await apiKeyItem.setValue('wrong-key');
    const services = start();
    const sub = submission(4);
    const reply = await send('submit', { submissions: [sub] }, popup);
    expect(reply.res).toMatchObject(
      oneStep({ state: 'failed', reason: 'API key rejected — check it in Options' }),
    );
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    await apiKeyItem.setValue('test-key');
    await new Promise((r) => setTimeout(r, 50));
    await services.outbox.drain();
    expect((await outboxItem.getValue())[0]?.state).toBe('done');
    expect(fake.state.tasks).toHaveLength(1);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('answers queued with the reason when Stardex is down, and schedules the retry', async () => {
    const wakes: (number | null)[] = [];
    registerBackground({
      fetch: fake.fetch,
      hostPermission: granted,
      schedule: (at) => void wakes.push(at),
      commandsAndMenus: false,
    });
    fake.fault('POST /v1/tasks', { status: 503 });
    const reply = await send('submit', { submissions: [submission(5)] }, popup);
    expect(reply.res).toMatchObject(
      oneStep({
        state: 'queued',
        reason: expect.stringMatching(/Stardex had a problem \(HTTP 503\); retrying at/),
      }),
    );
    // The loop goes on to other items after one fails on its own, then schedules the retry.
    await vi.waitFor(() => expect(wakes.at(-1)).toEqual(expect.any(Number)));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('getSetupState reports the key and URL without revealing the key', async () => {
    start();
    expect((await send('getSetupState', undefined, linkedInTab)).err?.message).toMatch(/not allowed/);
    const reply = await send('getSetupState', undefined, popup);
    expect(reply.res).toEqual({
      hasApiKey: true,
      baseUrl: 'https://api.stardex.example',
      usingSandbox: false,
    });
  });

  it('lists team members once, then from the cache', async () => {
    start();
    const first = await send('listTeamMembers', undefined, popup);
    expect(first.res).toMatchObject({
      ok: true,
      members: [{ firstName: 'Ada', lastName: 'Admin', email: 'ada@example.com' }],
    });
    await send('listTeamMembers', {}, popup);
    expect(fake.count('GET /v1/team-members')).toBe(1);
    await send('listTeamMembers', { refresh: true }, popup);
    expect(fake.count('GET /v1/team-members')).toBe(2);
  });
});

describe('the key goes only to hosts the browser allowed', () => {
  it('a base URL written to storage without the permission gets no request, and says why', async () => {
    await apiBaseUrlItem.setValue('https://collector.example');
    registerBackground({
      fetch: fake.fetch,
      hostPermission: async () => false,
      schedule: () => {},
      commandsAndMenus: false,
    });
    const before = fake.state.requests.length;
    const lookup = await send(
      'lookupPerson',
      { profileUrl: 'https://www.linkedin.com/in/test-person-9/' },
      popup,
    );
    expect(lookup.res).toMatchObject({
      ok: false,
      error: { kind: 'config', message: expect.stringContaining('has not allowed collector.example') },
    });
    const tested = await send('testConnection', { baseUrl: 'https://typed-not-saved.example' }, options);
    expect(tested.res).toMatchObject({ ok: false, error: { kind: 'config' } });
    expect(fake.state.requests.length).toBe(before);
  });
});
