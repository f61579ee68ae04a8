// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showCard, testProbe } from '@/tests/support/test-probe';
import { createProfileTracker, notProfileReason, stillLoadingReason } from './profile-tracker';

const A = 'https://www.linkedin.com/in/ada-example/';
const B = 'https://www.linkedin.com/in/bob-sample/';
const FEED = 'https://www.linkedin.com/feed/';

function setup(startUrl: string) {
  document.body.innerHTML = '<main></main>';
  const location = { href: startUrl };
  const controller = new AbortController();
  const tracker = createProfileTracker({
    doc: document,
    initialUrl: startUrl,
    probe: testProbe,
    signal: controller.signal,
    waitMs: 1000,
  });
  const navigate = (url: string) => {
    const old = location.href;
    location.href = url;
    tracker.noteNavigation(old, url);
  };
  return { tracker, navigate, controller };
}

/** Lets pending microtasks (MutationObserver records) run, then advances fake time. */
async function advance(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
}

describe('createProfileTracker', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers a non-profile URL at once without observing anything', async () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const { tracker } = setup(FEED);
    await expect(tracker.current()).resolves.toEqual({ kind: 'not-a-profile', reason: notProfileReason });
    expect(observe).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('reads a rendered profile at once', async () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const { tracker } = setup(A);
    showCard(document, 'ada-example');
    await expect(tracker.current()).resolves.toMatchObject({
      kind: 'profile',
      publicIdentifier: 'ada-example',
    });
    expect(observe).not.toHaveBeenCalled();
  });

  it('never reports the previous profile for a new URL, and answers once the new card renders', async () => {
    const { tracker, navigate } = setup(A);
    showCard(document, 'ada-example');
    await tracker.current();
    navigate(B);
    const pending = tracker.current();
    let settled = false;
    void pending.then(() => {
      settled = true;
    });
    await advance(400);
    expect(settled).toBe(false);
    showCard(document, 'bob-sample');
    await advance(200);
    await expect(pending).resolves.toMatchObject({ kind: 'profile', fullName: 'Person bob-sample' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('recognises the old card by its signature even when the URL carries no comparable id', async () => {
    const { tracker, navigate } = setup(A);
    showCard(document, 'ada-example');
    await tracker.current();
    navigate('https://www.linkedin.com/in/ACoAAB1234567890abcdefghijklmnop/');
    const pending = tracker.current();
    await advance(300);
    showCard(document, 'opaque-person');
    await advance(200);
    await expect(pending).resolves.toMatchObject({ fullName: 'Person opaque-person' });
  });

  it('answers "still loading" rather than the old profile when the new card never appears', async () => {
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const { tracker, navigate } = setup(A);
    showCard(document, 'ada-example');
    navigate(B); // the old card is fingerprinted from the page: nothing was read before
    const pending = tracker.current();
    await advance(1100);
    await expect(pending).resolves.toEqual({ kind: 'not-a-profile', reason: stillLoadingReason });
    expect(disconnect).toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('shares one wait between concurrent requests and drops it when the user navigates away', async () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const { tracker, navigate } = setup(A);
    const first = tracker.current();
    const second = tracker.current();
    expect(observe).toHaveBeenCalledTimes(1);
    navigate(FEED);
    await expect(first).resolves.toEqual({ kind: 'not-a-profile', reason: notProfileReason });
    await expect(second).resolves.toEqual({ kind: 'not-a-profile', reason: notProfileReason });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('passes on the reader\'s own reason when the page is, e.g., "Profile Not Found"', async () => {
    const { tracker } = setup(A);
    const pending = tracker.current();
    await advance(1100);
    await expect(pending).resolves.toEqual({ kind: 'not-a-profile', reason: 'no top card' });
  });

  it('stops waiting when the content script is invalidated', async () => {
    const { tracker, controller } = setup(A);
    const pending = tracker.current();
    controller.abort();
    await expect(pending).resolves.toEqual({ kind: 'not-a-profile', reason: 'no top card' });
    expect(vi.getTimerCount()).toBe(0);
  });
});
