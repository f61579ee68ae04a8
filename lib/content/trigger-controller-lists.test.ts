// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showCard, testProbe } from '@/tests/support/test-probe';
import type { MountedTrigger } from './page-trigger';
import { createProfileTracker } from './profile-tracker';
import type { TriggerAnchor } from './trigger-anchor';
import { createTriggerController, type TriggerPurpose } from './trigger-controller';

const SEARCH = 'https://www.linkedin.com/search/results/people/?keywords=data';
const SEARCH_PAGE_2 = 'https://www.linkedin.com/search/results/people/?keywords=data&page=2';
const SALES_LIST = 'https://www.linkedin.com/sales/lists/people/7261873455102345216';
const ADA = 'https://www.linkedin.com/in/ada-example/';
const FEED = 'https://www.linkedin.com/feed/';

const contexts: AbortController[] = [];

/** The results as the list reader would find them: a stand-in, the reader has its own tests. */
function showResults(count: number): void {
  document.querySelector('#results')?.remove();
  const list = document.createElement('ul');
  list.id = 'results';
  for (let i = 0; i < count; i++) list.append(document.createElement('li'));
  document.querySelector('main')?.append(list);
}

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
  const mount = vi.fn((anchor: TriggerAnchor, purpose: TriggerPurpose): MountedTrigger => {
    const host =
      document.querySelector<HTMLElement>('stardex-page-button') ??
      document.createElement('stardex-page-button');
    host.dataset.append = anchor.append;
    host.dataset.purpose = purpose;
    if (anchor.append === 'float') anchor.element.append(host);
    else anchor.element.after(host);
    return { host, remove: () => host.remove() };
  });
  const listShowsPeople = vi.fn(() => document.querySelector('#results li') !== null);
  const isEnabled = vi.fn(async () => options.enabled ?? true);
  const trigger = createTriggerController({
    tracker,
    doc: document,
    mount,
    listShowsPeople,
    isEnabled,
    signal: controller.signal,
  });
  const navigate = (url: string) => {
    tracker.noteNavigation(tracker.url(), url);
    return trigger.update();
  };
  const button = () => {
    const all = document.querySelectorAll<HTMLElement>('stardex-page-button');
    return all.length === 1
      ? { append: all[0]?.dataset.append, purpose: all[0]?.dataset.purpose }
      : all.length;
  };
  return { trigger, navigate, mount, listShowsPeople, isEnabled, button };
}

describe('the page button on result lists', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    for (const context of contexts.splice(0)) context.abort();
    vi.useRealTimers();
  });

  it('floats once the people search shows people, and not before', async () => {
    const { trigger, button } = setup(SEARCH);
    const pending = trigger.update();
    await vi.advanceTimersByTimeAsync(500);
    expect(button()).toBe(0);
    showResults(3);
    await vi.advanceTimersByTimeAsync(100);
    await pending;
    expect(button()).toEqual({ append: 'float', purpose: 'list' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('shows on a Sales Navigator list too', async () => {
    const { trigger, button } = setup(SALES_LIST);
    showResults(2);
    await trigger.update();
    expect(button()).toEqual({ append: 'float', purpose: 'list' });
  });

  it('stays while the recruiter pages through the list, and goes from a page that shows nobody', async () => {
    const { trigger, navigate, button } = setup(SEARCH);
    showResults(10);
    await trigger.update();
    const host = document.querySelector('stardex-page-button');
    await navigate(SEARCH_PAGE_2);
    expect(button()).toEqual({ append: 'float', purpose: 'list' });
    expect(document.querySelector('stardex-page-button')).toBe(host);
    showResults(0);
    const pending = navigate(`${SEARCH_PAGE_2}&page=3`);
    expect(button()).toEqual({ append: 'float', purpose: 'list' }); // while LinkedIn renders the page
    await vi.advanceTimersByTimeAsync(10_100);
    await pending;
    expect(button()).toBe(0);
  });

  it('gives up on a list that never shows anyone, leaving no button and no timer', async () => {
    const { trigger, button } = setup(SEARCH);
    const pending = trigger.update();
    await vi.advanceTimersByTimeAsync(10_100);
    await pending;
    expect(button()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('from a list to a profile: the list button goes at once, the profile gets its own', async () => {
    const { trigger, navigate, button } = setup(SEARCH);
    showResults(10);
    await trigger.update();
    const pending = navigate(ADA);
    expect(button()).toBe(0);
    showCard(document, 'ada-example');
    await vi.advanceTimersByTimeAsync(2_500);
    await pending;
    expect(button()).toMatchObject({ purpose: 'profile' });
  });

  it('from a profile to a list: the profile button goes at once, the list one follows', async () => {
    const { trigger, navigate, button } = setup(ADA);
    showCard(document, 'ada-example');
    await trigger.update();
    expect(button()).toMatchObject({ purpose: 'profile' });
    const pending = navigate(SEARCH);
    expect(button()).toBe(0);
    showResults(10);
    await vi.advanceTimersByTimeAsync(100);
    await pending;
    expect(button()).toEqual({ append: 'float', purpose: 'list' });
  });

  it('goes when the recruiter leaves the list, and honours the setting', async () => {
    const { trigger, navigate, button, listShowsPeople } = setup(SEARCH, { enabled: false });
    showResults(10);
    await trigger.update();
    expect(button()).toBe(0);
    expect(listShowsPeople).not.toHaveBeenCalled();
    await trigger.setEnabled(true);
    expect(button()).toEqual({ append: 'float', purpose: 'list' });
    await navigate(FEED);
    expect(button()).toBe(0);
  });
});
