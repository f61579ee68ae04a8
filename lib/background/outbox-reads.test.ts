import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerBackground } from '@/lib/background/register';
import { removeAllListeners } from '@/lib/messaging';
import { newItem } from '@/lib/outbox/outbox-state';
import { apiBaseUrlItem, apiKeyItem } from '@/lib/storage/connection';
import { createFakeStardex } from '@/tests/support/fake-stardex';
import { submission } from '@/tests/support/outbox-test-kit';

const ID = fakeBrowser.runtime.id;
const popup = { id: ID, url: `chrome-extension://${ID}/popup.html` };
const send = async (type: string, data: unknown) =>
  (await fakeBrowser.runtime.onMessage.trigger({ id: 1, type, data, timestamp: Date.now() }, popup))[0] as {
    res?: unknown;
  };

/** How many times `local:outbox` is read from storage while `run` runs. */
async function outboxReads(run: () => Promise<unknown>): Promise<number> {
  const get = vi.spyOn(fakeBrowser.storage.local, 'get');
  await run();
  const reads = get.mock.calls.filter(([keys]) => JSON.stringify(keys ?? null).includes('outbox')).length;
  get.mockRestore();
  return reads;
}

beforeEach(async () => {
  fakeBrowser.reset();
  removeAllListeners();
  await apiKeyItem.setValue('test-key');
  await apiBaseUrlItem.setValue('https://api.stardex.example');
});

const start = () =>
  registerBackground({
    fetch: createFakeStardex().fetch,
    hostPermission: async () => true,
    schedule: () => {},
    commandsAndMenus: false,
  });

describe('the outbox store', () => {
  it('a submit (store, claim, answer, wait, count ahead) reads storage once at most', async () => {
    const services = start();
    await services.outbox.list(); // the worker's start-up read
    const reads = await outboxReads(async () => {
      expect((await send('submit', { submissions: [submission(1)] })).res).toMatchObject({
        state: 'accepted',
        steps: [{ state: 'created' }],
      });
    });
    expect(reads).toBeLessThanOrEqual(1);
  });

  it('a change written by someone else is what the next read sees', async () => {
    const services = start();
    await send('submit', { submissions: [submission(2)] });
    const seeded = newItem(submission(3), Date.now());
    await fakeBrowser.storage.local.set({ outbox: [seeded] });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((await services.outbox.list()).map((i) => i.clientId)).toEqual([seeded.clientId]);
  });

  it('keeps an unreadable item (a newer version wrote it) and writes it back', async () => {
    await fakeBrowser.storage.local.set({ outbox: [{ clientId: 'from-the-future', shape: 'new' }] });
    const services = start();
    await send('submit', { submissions: [submission(4)] });
    const stored = (await fakeBrowser.storage.local.get('outbox')).outbox as { clientId: string }[];
    expect(stored.map((i) => i.clientId)).toContain('from-the-future');
    expect(await services.outbox.list()).toHaveLength(1);
  });
});
