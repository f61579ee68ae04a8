import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FORM_WINDOW, openForm } from './open-form';

beforeEach(() => fakeBrowser.reset());

describe('openForm', () => {
  it('opens the toolbar popup with the parameters, then restores the plain popup', async () => {
    const setPopup = vi.spyOn(fakeBrowser.action, 'setPopup').mockResolvedValue(undefined);
    const openPopup = vi.fn(async () => undefined);
    Object.assign(fakeBrowser.action, { openPopup });
    expect(await openForm('/popup.html?tab=3', { id: 3, windowId: 1 })).toBe('popup');
    expect(setPopup.mock.calls).toStrictEqual([
      [{ tabId: 3, popup: 'popup.html?tab=3' }],
      [{ tabId: 3, popup: 'popup.html' }],
    ]);
    expect(openPopup).toHaveBeenCalledWith({ windowId: 1 });
  });

  it('falls back to a popup window when the browser will not open the popup', async () => {
    vi.spyOn(fakeBrowser.action, 'setPopup').mockResolvedValue(undefined);
    Object.assign(fakeBrowser.action, {
      openPopup: async () => {
        throw new Error('Could not find an active browser window.');
      },
    });
    const create = vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({} as never);
    expect(await openForm('/popup.html?tab=3', { id: 3 })).toBe('window');
    expect(create).toHaveBeenCalledWith({
      url: fakeBrowser.runtime.getURL('/popup.html?tab=3' as '/popup.html'),
      type: 'popup',
      ...FORM_WINDOW,
    });
  });
});
