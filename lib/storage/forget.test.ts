import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetKeyAndLocalData } from './forget';

beforeEach(() => fakeBrowser.reset());

describe('forgetKeyAndLocalData', () => {
  it('removes the key everywhere and the caches, keeping settings, templates and the outbox', async () => {
    await fakeBrowser.storage.local.set({
      apiKey: 'k',
      drafts: { a: 1 },
      personCache: { a: 1 },
      personNames: { a: 1 },
      dueToday: { tasks: [] },
      teamMembers: { members: [] },
      readerMisses: [{ at: 1 }],
      outbox: [{ clientId: 'x' }],
    });
    await fakeBrowser.storage.sync.set({
      apiKey: 'k',
      settings: { defaultDueTime: '10:00' },
      templates: { call: 'c' },
    });
    await forgetKeyAndLocalData();
    expect(await fakeBrowser.storage.local.get(null)).toStrictEqual({ outbox: [{ clientId: 'x' }] });
    expect(await fakeBrowser.storage.sync.get(null)).toStrictEqual({
      settings: { defaultDueTime: '10:00' },
      templates: { call: 'c' },
    });
  });
});
