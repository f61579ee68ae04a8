import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OUTBOX_ALARM, scheduleOutboxWake } from '@/lib/background/scheduler';
import { createBackgroundServices, readAccess } from '@/lib/background/services';
import { newItem } from '@/lib/outbox/outbox-state';
import { outboxItem, rateLimitStateItem } from '@/lib/storage/background-data';
import { apiBaseUrlItem, apiKeyItem } from '@/lib/storage/connection';
import { createFakeStardex } from '@/tests/support/fake-stardex';
import { submission } from '@/tests/support/outbox-test-kit';

/** The test API host counts as granted (as Options would have asked for it). */
const granted = async () => true;

beforeEach(() => fakeBrowser.reset());

describe('createBackgroundServices', () => {
  it('keeps outbox entries it cannot read instead of dropping them', async () => {
    const odd = { clientId: 'from-a-newer-version', state: 'teleporting' };
    const good = newItem(submission(1), 1);
    await outboxItem.setValue([odd, good] as never);
    await apiKeyItem.setValue('test-key');
    await apiBaseUrlItem.setValue('https://api.stardex.example');
    const fake = createFakeStardex();
    const services = createBackgroundServices({
      fetch: fake.fetch,
      hostPermission: granted,
      schedule: () => {},
    });
    expect((await services.outbox.list()).map((i) => i.clientId)).toEqual([good.clientId]);
    await services.outbox.drain();
    const stored = (await outboxItem.getValue()) as unknown[];
    expect(stored).toContainEqual(odd);
    expect(stored).toContainEqual(expect.objectContaining({ clientId: good.clientId, state: 'done' }));
  });

  it('persists the rate-limit window of the account in use', async () => {
    await apiKeyItem.setValue('test-key');
    await apiBaseUrlItem.setValue('https://api.stardex.example');
    const fake = createFakeStardex();
    const services = createBackgroundServices({
      fetch: fake.fetch,
      hostPermission: granted,
      schedule: () => {},
    });
    await (await services.client('interactive')).searchTasks({ limit: 1 });
    const saved = await rateLimitStateItem.getValue();
    expect(saved?.account).toMatch(/^https:\/\/api\.stardex\.example#/);
    expect(saved?.account).not.toContain('test-key');
    expect(saved?.stamps).toHaveLength(1);
  });
});

describe('readAccess', () => {
  it('reads the stored key and URL; an empty URL means the real Stardex', async () => {
    expect(await readAccess()).toEqual({ baseUrl: '', apiKey: '', usingSandbox: false });
    await apiKeyItem.setValue('k');
    await apiBaseUrlItem.setValue('http://localhost:8787');
    expect(await readAccess()).toEqual({ baseUrl: 'http://localhost:8787', apiKey: 'k', usingSandbox: true });
  });
});

describe('scheduleOutboxWake', () => {
  it('sets the outbox-retry alarm (and a timer for short waits); null clears it', async () => {
    vi.useFakeTimers();
    const wake = vi.fn();
    await scheduleOutboxWake(Date.now() + 5_000, wake);
    expect(await fakeBrowser.alarms.get(OUTBOX_ALARM)).toMatchObject({ name: OUTBOX_ALARM });
    vi.advanceTimersByTime(5_000);
    expect(wake).toHaveBeenCalledOnce();
    await scheduleOutboxWake(Date.now() + 10 * 60_000, wake);
    vi.advanceTimersByTime(60_000);
    expect(wake).toHaveBeenCalledOnce();
    await scheduleOutboxWake(null, wake);
    expect(await fakeBrowser.alarms.get(OUTBOX_ALARM)).toBeUndefined();
    vi.useRealTimers();
  });
});
