import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openTaskForm, PANEL_SCRIPT } from './open-task-form';

const openForm = vi.hoisted(() => vi.fn(async () => 'popup' as const));
vi.mock('@/lib/platform/open-form', () => ({ openForm }));

const tabSender = {
  id: fakeBrowser.runtime.id,
  url: 'https://www.linkedin.com/in/ada-example/',
  tab: { id: 7, windowId: 2, url: 'https://www.linkedin.com/in/ada-example/' },
  frameId: 0,
};

describe('openTaskForm', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it("injects the panel script into the sender's tab and frame", async () => {
    const executeScript = vi.fn(async () => []);
    fakeBrowser.scripting.executeScript = executeScript as never;
    await expect(openTaskForm(tabSender)).resolves.toEqual({ opened: 'panel' });
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [0] },
      files: [PANEL_SCRIPT],
    });
    expect(openForm).not.toHaveBeenCalled();
  });

  it('falls back to the popup when the page cannot be scripted', async () => {
    fakeBrowser.scripting.executeScript = vi.fn(async () => {
      throw new Error('Cannot access contents of the page');
    }) as never;
    await expect(openTaskForm(tabSender)).resolves.toEqual({ opened: 'popup' });
    expect(openForm).toHaveBeenCalledWith('/popup.html?tab=7', tabSender.tab);
  });

  it('does nothing for a sender with no tab (the popup is already open)', async () => {
    const executeScript = vi.fn(async () => []);
    fakeBrowser.scripting.executeScript = executeScript as never;
    await expect(
      openTaskForm({ id: fakeBrowser.runtime.id, url: 'chrome-extension://x/popup.html' }),
    ).resolves.toEqual({
      opened: 'popup',
    });
    expect(executeScript).not.toHaveBeenCalled();
  });
});
