import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openTaskPanel } from './open-task-panel';
import { setCurrentPanel, setPanelOpener } from './panel-handle';

function backgroundSpy() {
  const received = vi.fn((_message: unknown) => Promise.resolve({ res: { opened: 'panel' } }));
  fakeBrowser.runtime.onMessage.addListener(received as never);
  return received;
}

describe('openTaskPanel', () => {
  afterEach(() => {
    setCurrentPanel(undefined);
    setPanelOpener(undefined);
    fakeBrowser.reset();
  });

  it('asks the background to inject the panel the first time', async () => {
    const background = backgroundSpy();
    await openTaskPanel();
    expect(background.mock.calls[0]?.[0]).toMatchObject({ type: 'openTaskForm' });
  });

  it('focuses an open panel, and reopens a closed one, without a round trip', async () => {
    const background = backgroundSpy();
    const focus = vi.fn();
    setCurrentPanel({ key: null, focus, close: () => {} });
    await openTaskPanel();
    expect(focus).toHaveBeenCalled();
    setCurrentPanel(undefined);
    const reopen = vi.fn();
    setPanelOpener(reopen);
    await openTaskPanel();
    expect(reopen).toHaveBeenCalled();
    expect(background).not.toHaveBeenCalled();
  });

  it('leaves the page alone when the background cannot be reached', async () => {
    await expect(openTaskPanel()).resolves.toBeUndefined();
  });
});
