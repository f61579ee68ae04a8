import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { noReceiver } from '@/tests/support/no-receiver';
import { fakeProfile } from '@/tests/support/test-probe';

const sendMessage = vi.fn();
vi.mock('@/lib/messaging', () => ({ sendMessage: (...args: unknown[]) => sendMessage(...args) }));
const { loadPopup, readTarget } = await import('./load-popup');
const { startTabReads } = await import('@/lib/pages/early-reads');
const { setupStateItem } = await import('@/lib/storage/shared-state');

const profile = fakeProfile({
  fullName: 'Ada Quist',
  firstName: 'Ada',
  lastName: 'Quist',
  publicIdentifier: 'ada-quist',
  profileUrl: 'https://www.linkedin.com/in/ada-quist/',
});

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
    const target = await readTarget(startTabReads(tab.id as number));
    expect(target).toMatchObject({ kind: 'person', person: { fullName: 'Ada Quist' } });
    expect(sendMessage).toHaveBeenCalledTimes(3);
  });

  it('does not wait on a tab that is not LinkedIn', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.com/' });
    sendMessage.mockImplementation(noReceiver);
    const started = Date.now();
    expect(await readTarget(startTabReads(tab.id as number))).toMatchObject({ kind: 'manual' });
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe('checkedRead', () => {
  it("validates the page's answer and keeps photos to LinkedIn's media hosts", async () => {
    const { checkedRead } = await import('./load-popup');
    expect(checkedRead({ kind: 'profile', fullName: 42 })).toMatchObject({ kind: 'not-a-profile' });
    const profile = {
      kind: 'profile',
      pageKind: 'in-profile',
      fullName: 'Ada',
      firstName: null,
      lastName: null,
      headline: null,
      location: null,
      currentTitle: null,
      currentCompany: null,
      photoUrl: 'https://tracker.example/dms/image/x/pixel.gif',
      publicIdentifier: 'ada',
      profileUrl: 'https://www.linkedin.com/in/ada/',
      memberUrn: null,
      salesNavLeadId: null,
      recruiterId: null,
      sources: {},
      layout: 'sdui',
      missed: [],
    };
    expect(checkedRead(profile)).toMatchObject({ kind: 'profile', fullName: 'Ada', photoUrl: null });
    const real =
      'https://media.licdn.com/dms/image/v2/D4E03AQx/profile-displayphoto-shrink_400_400/B4E/0/1?e=1&v=beta&t=x';
    expect(checkedRead({ ...profile, photoUrl: real })).toMatchObject({ photoUrl: real });
  });
});

describe('loadPopup', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    sendMessage.mockReset();
  });
  const search = `?profileUrl=${encodeURIComponent('https://www.linkedin.com/in/ada-quist/')}&name=Ada%20Quist`;

  it('shows the form from the published setup state without waking the worker', async () => {
    await setupStateItem.setValue({
      hasApiKey: true,
      baseUrl: 'https://api.stardex.ai',
      usingSandbox: false,
    });
    const data = await loadPopup(search);
    expect(data.setup.hasApiKey).toBe(true);
    expect(data.target).toMatchObject({ kind: 'person' });
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('asks the background when nothing says a key is set (a key saved a moment ago still shows the form)', async () => {
    await setupStateItem.setValue({ hasApiKey: false, baseUrl: '', usingSandbox: false });
    sendMessage.mockResolvedValue({ hasApiKey: true, baseUrl: '', usingSandbox: false });
    expect((await loadPopup(search)).setup.hasApiKey).toBe(true);
    expect(sendMessage).toHaveBeenCalledWith('getSetupState', undefined);
  });
});
