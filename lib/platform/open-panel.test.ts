import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openPanel } from './open-panel';

type WithSidePanel = typeof fakeBrowser & {
  sidePanel?: { open: (options: { tabId: number }) => Promise<void> };
};
const api = fakeBrowser as WithSidePanel;

afterEach(() => {
  delete api.sidePanel;
  fakeBrowser.reset();
});

describe('openPanel', () => {
  it('opens the side panel for the tab in the same turn as the call (the click’s gesture lasts no longer)', async () => {
    const open = vi.fn(async () => undefined);
    api.sidePanel = { open };
    const opened = openPanel({ id: 7, windowId: 1 }, '/popup.html?tab=7');
    expect(open).toHaveBeenCalledWith({ tabId: 7 }); // before any await
    expect(await opened).toBe('side-panel');
  });

  it('opens the form for the tab instead where there is no side panel, or the browser refuses it', async () => {
    const setPopup = vi.spyOn(fakeBrowser.action, 'setPopup').mockResolvedValue(undefined);
    Object.assign(fakeBrowser.action, { openPopup: vi.fn(async () => undefined) });
    expect(await openPanel({ id: 7 }, '/popup.html?tab=7')).toBe('popup');
    api.sidePanel = { open: vi.fn(async () => Promise.reject(new Error('needs a user gesture'))) };
    expect(await openPanel({ id: 7 }, '/popup.html?tab=7')).toBe('popup');
    // The toolbar popup, set to the tab's form each time.
    expect(setPopup).toHaveBeenCalledWith({ tabId: 7, popup: 'popup.html?tab=7' });
    expect(setPopup.mock.calls.filter(([details]) => details.popup === 'popup.html?tab=7')).toHaveLength(2);
  });
});
