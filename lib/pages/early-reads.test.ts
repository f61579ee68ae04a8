import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { noReceiver } from '@/tests/support/no-receiver';

const sendMessage = vi.fn();
vi.mock('@/lib/messaging', () => ({ sendMessage: (...args: unknown[]) => sendMessage(...args) }));
const { bootEarlyReads, takeEarlyReads } = await import('./early-reads');
const { formLayoutItem } = await import('@/lib/storage/page-data');

describe('early reads', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    sendMessage.mockReset();
    // Each test is a fresh popup document: nothing handed over yet.
    delete (globalThis as Record<string, unknown>).__stardexEarlyReads;
  });

  it('hands the popup what popup-boot.js started, once', async () => {
    await formLayoutItem.setValue({ linksOpen: true });
    sendMessage.mockResolvedValue({ kind: 'not-a-profile', reason: 'feed' });
    bootEarlyReads('?tab=7');
    const reads = takeEarlyReads('?tab=7');
    expect((await reads.storage).formLayout).toEqual({ linksOpen: true });
    const tab = await reads.tab;
    expect(tab?.tabId).toBe(7);
    expect(await tab?.firstAnswer).toEqual({ kind: 'not-a-profile', reason: 'feed' });
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenCalledWith('readCurrentProfile', undefined, 7);
  });

  it('reads by itself when the boot script has not run, and a late boot script reads nothing twice', async () => {
    sendMessage.mockResolvedValue({ kind: 'not-a-profile', reason: 'feed' });
    const reads = takeEarlyReads('?tab=7');
    await reads.tab;
    bootEarlyReads('?tab=7');
    await Promise.resolve();
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('does not read the tab for a right-clicked link', async () => {
    bootEarlyReads('?profileUrl=https%3A%2F%2Fwww.linkedin.com%2Fin%2Fada-quist%2F&name=Ada');
    const reads = takeEarlyReads('');
    expect(reads.tab).toBeNull();
    await reads.storage;
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('leaves a tab without its content script yet to the popup', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/in/ada-quist/' });
    sendMessage.mockImplementation(noReceiver);
    bootEarlyReads(`?tab=${tab.id}`);
    const reads = await takeEarlyReads(`?tab=${tab.id}`).tab;
    expect(reads?.tabId).toBe(tab.id);
    expect(await reads?.page).toMatchObject({ url: 'https://www.linkedin.com/in/ada-quist/' });
    // Never awaited here: the rejection must not surface as an unhandled one (vitest fails on those).
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
});
