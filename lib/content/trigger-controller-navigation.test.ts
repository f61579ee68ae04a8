// @vitest-environment happy-dom
// The page button across in-app navigations between 2026 cards (found by their links alone).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testProbe } from '@/tests/support/test-probe';
import type { MountedTrigger } from './page-trigger';
import { createProfileTracker } from './profile-tracker';
import type { TriggerAnchor } from './trigger-anchor';
import { createTriggerController } from './trigger-controller';

const A = 'https://www.linkedin.com/in/ada-example/';
const B = 'https://www.linkedin.com/in/bob-sample/';

const contexts: AbortController[] = [];

const card = (id: string) => `<section componentkey="com.linkedin.sdui.profile.card.refACoAAxTopcard">
  <a href="https://www.linkedin.com/in/${id}/"><h2>${id}</h2></a>
  <div class="row"><div><a href="/messaging/compose/?x">Message</a></div><div><button aria-expanded="false">More</button></div></div>
</section>`;

function setup() {
  document.body.innerHTML = `<main>${card('ada-example')}</main>`;
  const controller = new AbortController();
  contexts.push(controller);
  const tracker = createProfileTracker({
    doc: document,
    initialUrl: A,
    probe: testProbe,
    signal: controller.signal,
  });
  const mount = vi.fn((anchor: TriggerAnchor): MountedTrigger => {
    const host = document.createElement('stardex-page-button');
    anchor.element.append(host);
    return { host, remove: () => host.remove() };
  });
  const trigger = createTriggerController({
    tracker,
    doc: document,
    mount,
    isEnabled: async () => true,
    listShowsPeople: () => false,
    signal: controller.signal,
  });
  const navigate = (url: string) => {
    tracker.noteNavigation(tracker.url(), url);
    return trigger.update();
  };
  const buttonIn = (id: string) =>
    document.querySelectorAll(`a[href*="/in/${id}/"] ~ .row stardex-page-button`);
  return { trigger, navigate, mount, buttonIn };
}

describe('the page button across in-app navigations', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    for (const context of contexts.splice(0)) context.abort();
    vi.useRealTimers();
  });

  it("moves to a card LinkedIn reuses in place, once its links name the URL's member", async () => {
    const { trigger, navigate, buttonIn } = setup();
    await trigger.update();
    const pending = navigate(B);
    // Only the link changes (no node added or removed, no text edited).
    document
      .querySelector('a[href*="/in/"]')
      ?.setAttribute('href', 'https://www.linkedin.com/in/bob-sample/');
    await vi.advanceTimersByTimeAsync(200); // well before the wait's 2 s deadline
    expect(buttonIn('bob-sample')).toHaveLength(1);
    await pending;
  });

  it('keeps watching the card it sits in when the URL comes back before the next card showed', async () => {
    const { trigger, navigate, mount, buttonIn } = setup();
    await trigger.update();
    const leaving = navigate(B);
    await vi.advanceTimersByTimeAsync(100);
    await navigate(A); // back (the browser's Back) while Ada's card is still shown
    expect(mount).toHaveBeenCalledTimes(1);
    // LinkedIn re-renders Ada's row: the button comes back.
    document.querySelector('stardex-page-button')?.remove();
    await vi.advanceTimersByTimeAsync(300);
    expect(buttonIn('ada-example')).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0); // the wait for Bob's card ended with the way back
    await leaving;
  });

  it("leaves the old card's button alone at a navigation: no check per change LinkedIn makes to it", async () => {
    const { trigger, navigate, mount } = setup();
    await trigger.update();
    const pending = navigate(B);
    document.querySelector('stardex-page-button')?.remove(); // LinkedIn tears down Ada's row first
    await vi.advanceTimersByTimeAsync(300);
    expect(mount).toHaveBeenCalledTimes(1); // not put back on Ada's card
    (document.querySelector('main') as HTMLElement).innerHTML = card('bob-sample');
    await vi.advanceTimersByTimeAsync(200);
    await pending;
    expect(mount).toHaveBeenCalledTimes(2);
  });
});
