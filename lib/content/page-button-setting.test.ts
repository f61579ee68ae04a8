import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, settingsItem } from '@/lib/storage';
import { isPageButtonEnabled, SETTINGS_KEY, watchPageButtonSetting } from './page-button-setting';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('page button setting', () => {
  it('reads the same item as settingsItem', () => {
    expect(settingsItem.key).toBe(SETTINGS_KEY);
  });

  it('agrees with settingsItem on default, on, off and damaged values', async () => {
    expect(await isPageButtonEnabled()).toBe((await settingsItem.getValue()).showPageButton);
    for (const showPageButton of [false, true]) {
      await settingsItem.setValue({ ...defaultSettings, showPageButton });
      expect(await isPageButtonEnabled()).toBe(showPageButton);
      expect((await settingsItem.getValue()).showPageButton).toBe(showPageButton);
    }
    await fakeBrowser.storage.sync.set({ settings: 'garbage' });
    expect(await isPageButtonEnabled()).toBe(true);
  });

  it('reports flips of the setting only, until aborted', async () => {
    const onChange = vi.fn();
    const controller = new AbortController();
    watchPageButtonSetting(onChange, controller.signal);
    await settingsItem.setValue({ ...defaultSettings, showPageButton: false });
    await settingsItem.setValue({ ...defaultSettings, showPageButton: false, addMissingPerson: false });
    await settingsItem.setValue({ ...defaultSettings, showPageButton: true });
    expect(onChange.mock.calls).toEqual([[false], [true]]);
    controller.abort();
    await settingsItem.setValue({ ...defaultSettings, showPageButton: false });
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});
