import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { templatesItem } from '@/lib/storage/preferences';
import { SyncQuotaError } from './sync-quota';
import { createDebouncedSyncWriter, writeSyncItem } from './sync-writer';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('writeSyncItem', () => {
  it('writes a value that fits', async () => {
    await writeSyncItem(templatesItem, { call: 'Call {full_name}' }, 'templates');
    expect(await fakeBrowser.storage.sync.get('templates')).toStrictEqual({
      templates: { call: 'Call {full_name}' },
    });
  });

  it('refuses a template set over the per-item quota with a clear error and keeps the old value', async () => {
    await templatesItem.setValue({ call: 'old' });
    const huge = { linkedin_message: '日'.repeat(1000), call: '日'.repeat(1000), text: '日'.repeat(1000) };
    const error = await writeSyncItem(templatesItem, huge, 'templates').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncQuotaError);
    expect((error as SyncQuotaError).message).toMatch(/templates take .* more than the 8\.0 KB/);
    expect(await templatesItem.getValue()).toStrictEqual({ call: 'old' });
  });

  it('turns a browser quota rejection into a SyncQuotaError', async () => {
    vi.spyOn(templatesItem, 'setValue').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(writeSyncItem(templatesItem, { call: 'x' }, 'templates')).rejects.toBeInstanceOf(
      SyncQuotaError,
    );
  });

  it('refuses items outside sync', async () => {
    await expect(writeSyncItem({ key: 'local:x', setValue: async () => {} }, 1)).rejects.toThrow(
      /not a sync item/,
    );
  });
});

describe('createDebouncedSyncWriter', () => {
  it('collapses a burst of writes into one write of the last value', async () => {
    vi.useFakeTimers();
    const setValue = vi.spyOn(templatesItem, 'setValue');
    const write = createDebouncedSyncWriter(templatesItem, 'templates', 500);
    const done = [write({ call: 'a' }), write({ call: 'ab' }), write({ call: 'abc' })];
    await vi.advanceTimersByTimeAsync(499);
    expect(setValue).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await Promise.all(done);
    expect(setValue).toHaveBeenCalledTimes(1);
    expect(await templatesItem.getValue()).toStrictEqual({ call: 'abc' });
  });

  it('rejects every waiting caller when the final value does not fit', async () => {
    vi.useFakeTimers();
    const write = createDebouncedSyncWriter(templatesItem, 'templates', 100);
    const first = write({ call: 'fine' }).catch((e: unknown) => e);
    const second = write({ call: '日'.repeat(3000) }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(100);
    expect(await first).toBeInstanceOf(SyncQuotaError);
    expect(await second).toBeInstanceOf(SyncQuotaError);
  });

  it('flush writes the pending value at once', async () => {
    vi.useFakeTimers();
    const write = createDebouncedSyncWriter(templatesItem, 'templates', 10_000);
    const pending = write({ text: 'now' });
    await write.flush();
    await pending;
    expect(await templatesItem.getValue()).toStrictEqual({ text: 'now' });
  });
});
