import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestSchemas } from '@/lib/messaging';
import { fakeProfile } from '@/tests/support/test-probe';
import { isEmptyRequest, registerCurrentProfileHandler } from './current-profile-handler';
import type { ProfileTracker } from './profile-tracker';

const profile = fakeProfile({ fullName: 'Ada Example', publicIdentifier: 'ada-example' });
const tracker: ProfileTracker = {
  current: async () => profile,
  noteNavigation: () => {},
  url: () => 'https://www.linkedin.com/in/ada-example/',
};

function request(data: unknown, sender: { id?: string }) {
  const message = { id: 1, type: 'readCurrentProfile', data, timestamp: Date.now() };
  return fakeBrowser.runtime.onMessage.trigger(message, sender);
}

describe('registerCurrentProfileHandler', () => {
  let controller = new AbortController();
  afterEach(() => {
    controller.abort();
    controller = new AbortController();
    fakeBrowser.reset();
  });

  it("answers the extension with the tracker's current profile", async () => {
    registerCurrentProfileHandler(tracker, controller.signal);
    const [reply] = await request(undefined, { id: fakeBrowser.runtime.id });
    expect(reply).toEqual({ res: profile });
  });

  it('refuses other senders and malformed requests', async () => {
    registerCurrentProfileHandler(tracker, controller.signal);
    const [foreign] = await request(undefined, { id: 'another-extension' });
    expect(foreign).toMatchObject({ err: { message: 'readCurrentProfile: refused sender' } });
    const [malformed] = await request({ url: 'https://evil.example/' }, { id: fakeBrowser.runtime.id });
    expect(malformed).toMatchObject({ err: { message: 'readCurrentProfile: malformed request' } });
  });

  it('stops answering once the content script is invalidated', async () => {
    registerCurrentProfileHandler(tracker, controller.signal);
    controller.abort();
    expect(await request(undefined, { id: fakeBrowser.runtime.id })).toEqual([]);
  });
});

describe('isEmptyRequest', () => {
  it('accepts exactly what requestSchemas.readCurrentProfile accepts', () => {
    const samples: unknown[] = [
      undefined,
      null,
      {},
      { a: 1 },
      [],
      '',
      0,
      'x',
      new Map(),
      Object.create(null),
      () => 1,
    ];
    for (const [index, sample] of samples.entries()) {
      expect(isEmptyRequest(sample), `sample ${index}`).toBe(
        requestSchemas.readCurrentProfile.safeParse(sample).success,
      );
    }
  });
});
