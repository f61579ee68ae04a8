// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showCard, testProbe } from '@/tests/support/test-probe';
import type { MountedTrigger } from './page-trigger';
import { createProfileTracker } from './profile-tracker';
import type { TriggerAnchor } from './trigger-anchor';
import { createTriggerController } from './trigger-controller';

const A = 'https://www.linkedin.com/in/ada-example/';
const B = 'https://www.linkedin.com/in/bob-sample/';
const FEED = 'https://www.linkedin.com/feed/';

// Every test's content script is invalidated after it, so none reacts to the next test's DOM.
const contexts: AbortController[] = [];

function setup(startUrl: string, options: { enabled?: boolean } = {}) {
  document.body.innerHTML = '<main></main>';
  const controller = new AbortController();
  contexts.push(controller);
  const tracker = createProfileTracker({
    doc: document,
    initialUrl: startUrl,
    probe: testProbe,
    signal: controller.signal,
    waitMs: 1000,
  });
  // A stand-in for the shadow-root button: a marker element after the anchor.
  const mount = vi.fn((anchor: TriggerAnchor): MountedTrigger => {
    const host = document.createElement('stardex-page-button');
    host.dataset.append = anchor.append;
    if (anchor.append === 'float') anchor.element.append(host);
    else anchor.element.after(host);
    return { host, remove: () => host.remove() };
  });
  const isEnabled = vi.fn(async () => options.enabled ?? true);
  const trigger = createTriggerController({
    tracker,
    doc: document,
    mount,
    isEnabled,
    listShowsPeople: () => false,
    signal: controller.signal,
  });
  const navigate = async (url: string) => {
    tracker.noteNavigation(tracker.url(), url);
    await trigger.update();
  };
  const buttons = () => document.querySelectorAll('stardex-page-button').length;
  return { trigger, navigate, mount, isEnabled, buttons, controller };
}

describe('createTriggerController', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    for (const context of contexts.splice(0)) context.abort();
    vi.useRealTimers();
  });

  it('does nothing on a page that is not a profile: no storage read, no mount, no timer', async () => {
    const { trigger, isEnabled, mount } = setup(FEED);
    await trigger.update();
    expect(isEnabled).not.toHaveBeenCalled();
    expect(mount).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('mounts one button once the profile renders, and no second one on repeated updates', async () => {
    const { trigger, buttons } = setup(A);
    showCard(document, 'ada-example');
    await trigger.update();
    await trigger.update();
    expect(buttons()).toBe(1);
  });

  it('moves the button to the next profile after an SPA navigation, never duplicating it', async () => {
    const { trigger, navigate, buttons, mount } = setup(A);
    showCard(document, 'ada-example');
    await trigger.update();
    const pending = navigate(B);
    expect(buttons()).toBe(1); // kept until the next card shows (LinkedIn may keep the row)
    showCard(document, 'bob-sample');
    await vi.advanceTimersByTimeAsync(300);
    await pending;
    expect(buttons()).toBe(1);
    expect(mount).toHaveBeenCalledTimes(2);
  });

  it('removes the button when leaving profiles', async () => {
    const { trigger, navigate, buttons } = setup(A);
    showCard(document, 'ada-example');
    await trigger.update();
    await navigate(FEED);
    expect(buttons()).toBe(0);
  });

  it("floats the button on a person's page whose layout offers no known place for it", async () => {
    const { trigger, buttons } = setup(A);
    document.querySelector('main')?.remove(); // a card outside any <main>: no name heading we know
    showCard(document, 'ada-example');
    await trigger.update();
    expect(buttons()).toBe(1);
    expect(document.querySelector('stardex-page-button')?.getAttribute('data-append')).toBe('float');
  });

  it('honours the setting, and follows it when it changes', async () => {
    const { trigger, buttons } = setup(A, { enabled: false });
    showCard(document, 'ada-example');
    await trigger.update();
    expect(buttons()).toBe(0);
    await trigger.setEnabled(true);
    expect(buttons()).toBe(1);
    await trigger.setEnabled(false);
    expect(buttons()).toBe(0);
  });

  it('puts the button back when LinkedIn re-renders it away', async () => {
    const { trigger, buttons } = setup(A);
    showCard(document, 'ada-example');
    await trigger.update();
    document.querySelector('stardex-page-button')?.remove();
    await vi.advanceTimersByTimeAsync(300);
    expect(buttons()).toBe(1);
  });

  it('gives up on a profile whose card never renders, after a bounded number of waits', async () => {
    const { trigger, buttons } = setup(A);
    const pending = trigger.update();
    await vi.advanceTimersByTimeAsync(5 * 1000 + 100);
    await pending;
    expect(buttons()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('places the button in a known card by its links alone: no read of the page per navigation', async () => {
    document.body.innerHTML = '<main></main>';
    const controller = new AbortController();
    contexts.push(controller);
    const probe = vi.fn(testProbe);
    const tracker = createProfileTracker({ doc: document, initialUrl: A, probe, signal: controller.signal });
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
    const card = (id: string) => `<section componentkey="com.linkedin.sdui.profile.card.refACoAAxTopcard">
      <a href="https://www.linkedin.com/in/${id}/"><h2>${id}</h2></a>
      <div id="row-${id}"><div><a href="/messaging/compose/?x">Message</a></div><div><button aria-expanded="false">More</button></div></div>
    </section>`;
    const main = document.querySelector('main') as HTMLElement;
    main.innerHTML = card('ada-example');
    await trigger.update();
    expect(document.querySelectorAll('#row-ada-example stardex-page-button')).toHaveLength(1);

    tracker.noteNavigation(A, B);
    const pending = trigger.update();
    await vi.advanceTimersByTimeAsync(200);
    // Ada's card is still shown: the button waits there, and nothing is read.
    expect(document.querySelectorAll('#row-ada-example stardex-page-button')).toHaveLength(1);
    main.innerHTML = card('bob-sample');
    await vi.advanceTimersByTimeAsync(200);
    await pending;
    expect(document.querySelectorAll('#row-bob-sample stardex-page-button')).toHaveLength(1);
    expect(document.querySelectorAll('stardex-page-button')).toHaveLength(1);
    expect(probe).not.toHaveBeenCalled();
  });

  it('removes the button when the content script is invalidated', async () => {
    const { trigger, buttons, controller } = setup(A);
    showCard(document, 'ada-example');
    await trigger.update();
    controller.abort();
    expect(buttons()).toBe(0);
  });
});
