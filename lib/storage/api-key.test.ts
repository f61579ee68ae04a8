import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, settingsItem } from '@/lib/storage/preferences';
import {
  getApiKey,
  reconcileApiKeyArea,
  registerApiKeySync,
  setApiKey,
  setApiKeySync,
  watchApiKey,
} from './api-key';

const areas = async () => ({
  local: (await fakeBrowser.storage.local.get('apiKey')).apiKey,
  sync: (await fakeBrowser.storage.sync.get('apiKey')).apiKey,
});
const flag = async () => (await settingsItem.getValue()).syncApiKey;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('setApiKey / getApiKey', () => {
  it('stores the key locally by default', async () => {
    await setApiKey('  key-1 ');
    expect(await areas()).toStrictEqual({ local: 'key-1', sync: undefined });
    expect(await getApiKey()).toBe('key-1');
  });

  it('stores the key in sync when syncing is on, removing a local copy', async () => {
    await fakeBrowser.storage.local.set({ apiKey: 'old' });
    await settingsItem.setValue({ ...defaultSettings, syncApiKey: true });
    await setApiKey('key-2');
    expect(await areas()).toStrictEqual({ local: undefined, sync: 'key-2' });
    expect(await getApiKey()).toBe('key-2');
  });

  it("'' forgets the key in both areas", async () => {
    await fakeBrowser.storage.local.set({ apiKey: 'a' });
    await fakeBrowser.storage.sync.set({ apiKey: 'b' });
    await setApiKey('');
    expect(await areas()).toStrictEqual({ local: undefined, sync: undefined });
    expect(await getApiKey()).toBe('');
  });

  it('prefers the area the setting names, falling back to the other', async () => {
    await fakeBrowser.storage.local.set({ apiKey: 'local-key' });
    await fakeBrowser.storage.sync.set({ apiKey: 'sync-key' });
    expect(await getApiKey()).toBe('local-key');
    await settingsItem.setValue({ ...defaultSettings, syncApiKey: true });
    expect(await getApiKey()).toBe('sync-key');
    await fakeBrowser.storage.sync.remove('apiKey');
    expect(await getApiKey()).toBe('local-key');
  });
});

describe('setApiKeySync', () => {
  it('opting in moves the key to sync and leaves no local copy', async () => {
    await setApiKey('secret');
    await setApiKeySync(true);
    expect(await areas()).toStrictEqual({ local: undefined, sync: 'secret' });
    expect(await flag()).toBe(true);
    expect(await getApiKey()).toBe('secret');
  });

  it('opting out moves it back and leaves no synced copy', async () => {
    await setApiKey('secret');
    await setApiKeySync(true);
    await setApiKeySync(false);
    expect(await areas()).toStrictEqual({ local: 'secret', sync: undefined });
    expect(await flag()).toBe(false);
    expect(await getApiKey()).toBe('secret');
  });

  it('keeps the other settings as they were', async () => {
    await settingsItem.setValue({ ...defaultSettings, defaultDueTime: '07:15', showPageButton: false });
    await setApiKeySync(true);
    const settings = await settingsItem.getValue();
    expect(settings.defaultDueTime).toBe('07:15');
    expect(settings.showPageButton).toBe(false);
  });

  it('works without a key (only the choice is stored)', async () => {
    await setApiKeySync(true);
    expect(await areas()).toStrictEqual({ local: undefined, sync: undefined });
    expect(await flag()).toBe(true);
  });

  it('is idempotent', async () => {
    await setApiKey('k');
    await setApiKeySync(true);
    await setApiKeySync(true);
    expect(await areas()).toStrictEqual({ local: undefined, sync: 'k' });
  });
});

describe('reconcileApiKeyArea (changes synced from another device)', () => {
  it('drops the local copy once a synced key arrives with syncing on', async () => {
    await fakeBrowser.storage.local.set({ apiKey: 'this-device' });
    await fakeBrowser.storage.sync.set({
      apiKey: 'shared',
      settings: { ...defaultSettings, syncApiKey: true },
    });
    await reconcileApiKeyArea();
    expect(await areas()).toStrictEqual({ local: undefined, sync: 'shared' });
  });

  it('keeps the local key while syncing is on but no synced key has arrived yet', async () => {
    await fakeBrowser.storage.local.set({ apiKey: 'this-device' });
    await settingsItem.setValue({ ...defaultSettings, syncApiKey: true });
    await reconcileApiKeyArea();
    expect(await getApiKey()).toBe('this-device');
  });

  it('keeps a key leaving sync (another device opted out) and never deletes the synced key itself', async () => {
    await fakeBrowser.storage.sync.set({ apiKey: 'shared' });
    await reconcileApiKeyArea();
    expect(await areas()).toStrictEqual({ local: 'shared', sync: 'shared' });
    await fakeBrowser.storage.sync.remove('apiKey');
    await fakeBrowser.storage.local.remove('apiKey');
    await reconcileApiKeyArea('shared');
    expect(await areas()).toStrictEqual({ local: 'shared', sync: undefined });
  });
});

describe('registerApiKeySync and watchApiKey', () => {
  it('adopts a key synced in from another device and reports it to watchers', async () => {
    await fakeBrowser.storage.local.set({ apiKey: 'mine' });
    const unregister = registerApiKeySync();
    const seen = vi.fn();
    const unwatch = watchApiKey(seen);
    await fakeBrowser.storage.sync.set({
      settings: { ...defaultSettings, syncApiKey: true },
      apiKey: 'shared',
    });
    await vi.waitFor(async () => expect(await areas()).toStrictEqual({ local: undefined, sync: 'shared' }));
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith('shared'));
    unwatch();
    unregister();
  });

  it('keeps the key on this device when another one opts out', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { ...defaultSettings, syncApiKey: true },
      apiKey: 'shared',
    });
    const unregister = registerApiKeySync();
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings, syncApiKey: false } });
    await fakeBrowser.storage.sync.remove('apiKey');
    await vi.waitFor(async () => expect(await areas()).toStrictEqual({ local: 'shared', sync: undefined }));
    unregister();
  });
});
