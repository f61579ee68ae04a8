import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageButtonSetting } from '@/lib/background/page-button-broadcast';
import { onMessage, removeAllListeners } from '@/lib/messaging';
import { defaultSettings, settingsItem } from '@/lib/storage/preferences';
import { isPageButtonEnabled } from './page-button-setting';

beforeEach(() => {
  fakeBrowser.reset();
  removeAllListeners();
});

describe('page button setting (content script side)', () => {
  it('asks the background, which reads the stored setting', async () => {
    onMessage('getPageButtonSetting', () => pageButtonSetting());
    expect(await isPageButtonEnabled()).toBe(true);
    await settingsItem.setValue({ ...defaultSettings, showPageButton: false });
    expect(await isPageButtonEnabled()).toBe(false);
    await fakeBrowser.storage.sync.set({ settings: 'garbage' });
    expect(await isPageButtonEnabled()).toBe(defaultSettings.showPageButton);
  });

  it('shows the button when the background cannot be reached', async () => {
    expect(await isPageButtonEnabled()).toBe(true);
  });

  it('never reads storage itself (content scripts are refused it)', async () => {
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    await isPageButtonEnabled();
    expect(get).not.toHaveBeenCalled();
  });
});
