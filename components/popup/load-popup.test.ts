import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeProfile } from '@/lib/content/test-probe';

const sendMessage = vi.fn();
vi.mock('@/lib/messaging', () => ({ sendMessage: (...args: unknown[]) => sendMessage(...args) }));
const { readTarget } = await import('./load-popup');

const profile = fakeProfile({
  fullName: 'Ada Quist',
  firstName: 'Ada',
  lastName: 'Quist',
  publicIdentifier: 'ada-quist',
  profileUrl: 'https://www.linkedin.com/in/ada-quist/',
});
const noReceiver = () =>
  Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));

describe('readTarget', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    sendMessage.mockReset();
  });

  it('waits for a LinkedIn tab whose content script is not there yet', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/in/ada-quist/' });
    sendMessage
      .mockImplementationOnce(noReceiver)
      .mockImplementationOnce(noReceiver)
      .mockResolvedValue(profile);
    const target = await readTarget(tab.id);
    expect(target).toMatchObject({ kind: 'person', person: { fullName: 'Ada Quist' } });
    expect(sendMessage).toHaveBeenCalledTimes(3);
  });

  it('does not wait on a tab that is not LinkedIn', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.com/' });
    sendMessage.mockImplementation(noReceiver);
    const started = Date.now();
    expect(await readTarget(tab.id)).toMatchObject({ kind: 'manual' });
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
