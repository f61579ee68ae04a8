import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, settingsItem, settingsSchema } from '@/lib/storage/preferences';
import { followStoredValue } from './use-stored-value';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('followStoredValue', () => {
  it('reports the stored value, then each change made elsewhere, validated', async () => {
    await settingsItem.setValue({ ...defaultSettings, defaultTaskType: 'text' });
    const seen = vi.fn();
    const stop = followStoredValue(settingsItem, settingsSchema, defaultSettings, seen);
    await vi.waitFor(() =>
      expect(seen).toHaveBeenLastCalledWith(expect.objectContaining({ defaultTaskType: 'text' })),
    );
    // As another device's change arrives: written straight to the area.
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings, defaultTaskType: 'call' } });
    await vi.waitFor(() =>
      expect(seen).toHaveBeenLastCalledWith(expect.objectContaining({ defaultTaskType: 'call' })),
    );
    await fakeBrowser.storage.sync.set({ settings: { defaultTaskType: 'not-a-type' } });
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith(defaultSettings));
    stop();
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings, defaultTaskType: 'other' } });
    expect(seen).not.toHaveBeenCalledWith(expect.objectContaining({ defaultTaskType: 'other' }));
  });
});
