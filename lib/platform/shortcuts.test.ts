import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openShortcutsPage, shortcutsHint, shortcutsPageUrl } from './shortcuts';

beforeEach(() => fakeBrowser.reset());

describe('shortcuts page', () => {
  it('is per browser', () => {
    expect(shortcutsPageUrl('chrome')).toBe('chrome://extensions/shortcuts');
    expect(shortcutsPageUrl('edge')).toBe('edge://extensions/shortcuts');
    expect(shortcutsPageUrl('firefox')).toBeNull();
    expect(shortcutsHint('firefox')).toMatch(/Manage Extension Shortcuts/);
  });

  it("uses the browser's own opener when it has one, else a tab", async () => {
    const openShortcutSettings = vi.fn(async () => undefined);
    Object.assign(fakeBrowser.commands, { openShortcutSettings });
    expect(await openShortcutsPage()).toBe(true);
    expect(openShortcutSettings).toHaveBeenCalled();

    Object.assign(fakeBrowser.commands, { openShortcutSettings: undefined });
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    expect(await openShortcutsPage()).toBe(true);
    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
  });
});
