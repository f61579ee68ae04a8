// @vitest-environment happy-dom
/**
 * The whole content script on a page, with the real reader: what it costs where it has nothing
 * to do, and that it answers the popup for the current URL. Chrome has the Navigation API, so
 * the location watcher uses its `navigate` event there (no polling); happy-dom lacks it, so a
 * minimal one is provided before the script loads.
 */

import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const navigation = new EventTarget();
vi.stubGlobal('navigation', navigation);

type Life = import('./content-lifecycle').ContentLifecycle;
let registerLinkedInContent: (life: Life) => void;

beforeAll(async () => {
  ({ registerLinkedInContent } = await import('./register-linkedin'));
});

/** happy-dom's own way to move `location` without loading a page. */
function setPageUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

const contexts: AbortController[] = [];
function start(url: string, html: string): void {
  setPageUrl(url);
  document.body.innerHTML = html;
  const controller = new AbortController();
  contexts.push(controller);
  registerLinkedInContent({ signal: controller.signal, retiredIfOrphaned: () => controller.signal.aborted });
}

function spyOnCosts() {
  const observers = vi.spyOn(MutationObserver.prototype, 'observe');
  const timeouts = vi.spyOn(globalThis, 'setTimeout');
  const intervals = vi.spyOn(globalThis, 'setInterval');
  const storageReads = vi.spyOn(fakeBrowser.storage.sync, 'get');
  return { observers, timeouts, intervals, storageReads };
}

const request = (sender = { id: fakeBrowser.runtime.id }) =>
  fakeBrowser.runtime.onMessage.trigger({ id: 1, type: 'readCurrentProfile', timestamp: Date.now() }, sender);

// A signed-in /in/ top card as the reader knows it (invented person).
const profileHtml = `<main><section class="artdeco-card" data-member-id="123">
  <a href="/in/ada-example/overlay/about-this-profile/"><h1 class="inline t-24 break-words">Ada Example</h1></a>
  <div class="text-body-medium break-words" data-generated-suggestion-target="x">Engineer</div>
  <div><button>Message</button><div class="artdeco-dropdown"><button id="ember1-profile-overflow-action">More</button></div></div>
</section></main>`;

describe('registerLinkedInContent', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    for (const ctx of contexts.splice(0)) ctx.abort();
  });

  it('costs a non-profile page no observer, no timer and no storage read', async () => {
    const costs = spyOnCosts();
    start('https://www.linkedin.com/feed/', '<main><div class="feed">Posts</div></main>');
    await new Promise((resolve) => queueMicrotask(() => resolve(null)));
    expect(costs.observers).not.toHaveBeenCalled();
    expect(costs.timeouts).not.toHaveBeenCalled();
    expect(costs.intervals).not.toHaveBeenCalled();
    expect(costs.storageReads).not.toHaveBeenCalled();
    const [reply] = await request();
    expect(reply).toMatchObject({ res: { kind: 'not-a-profile' } });
    expect(costs.observers).not.toHaveBeenCalled();
  });

  it('answers the popup with the profile on the page, and mounts one page button', async () => {
    start('https://www.linkedin.com/in/ada-example/', profileHtml);
    const [reply] = await request();
    expect(reply).toMatchObject({
      res: {
        kind: 'profile',
        fullName: 'Ada Example',
        publicIdentifier: 'ada-example',
        headline: 'Engineer',
      },
    });
    await vi.waitFor(() => expect(document.querySelectorAll('stardex-page-button')).toHaveLength(1));
  });

  it('after an SPA navigation, answers for the new URL only once its card renders', async () => {
    start('https://www.linkedin.com/in/ada-example/', profileHtml);
    await vi.waitFor(() => expect(document.querySelectorAll('stardex-page-button')).toHaveLength(1));
    const bob = 'https://www.linkedin.com/in/bob-sample/';
    navigation.dispatchEvent(Object.assign(new Event('navigate'), { destination: { url: bob } }));
    setPageUrl(bob);
    // Kept where it is until Bob's card shows (LinkedIn may keep the row): never two.
    expect(document.querySelectorAll('stardex-page-button')).toHaveLength(1);
    const pending = request();
    await new Promise((resolve) => setTimeout(resolve, 300));
    document.body.innerHTML = profileHtml
      .replaceAll('ada-example', 'bob-sample')
      .replace('Ada Example', 'Bob Sample')
      .replace('123', '456');
    const [reply] = await pending;
    expect(reply).toMatchObject({
      res: { kind: 'profile', fullName: 'Bob Sample', publicIdentifier: 'bob-sample' },
    });
    await vi.waitFor(() => expect(document.querySelectorAll('stardex-page-button')).toHaveLength(1));
  });

  it('mounts no page button when the background says the setting is off', async () => {
    const { onMessage } = await import('@/lib/messaging');
    onMessage('getPageButtonSetting', () => ({ enabled: false }));
    start('https://www.linkedin.com/in/ada-example/', profileHtml);
    await request();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.querySelectorAll('stardex-page-button')).toHaveLength(0);
  });
});
