import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { normalizeProfileUrl } from '@/lib/profile/linkedin-url';
import { type FollowedTab, followActiveTab, panelPageKey } from './follow-active-tab';

afterEach(() => fakeBrowser.reset());

/** Two LinkedIn tabs in window 1, Ada's active; `tabs.get` answers from `urls`. */
function openTabs() {
  const ada = 11;
  const feed = 12;
  const windowId = 1;
  const urls = new Map([
    [ada, 'https://www.linkedin.com/in/ada/'],
    [feed, 'https://www.linkedin.com/feed/'],
  ]);
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: ada, windowId } as never]);
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id) => ({ id, url: urls.get(id) }) as never);
  return { ada, feed, windowId, urls };
}

describe('followActiveTab', () => {
  it('reports the active tab, then each tab switch in its window and each new page of the tab', async () => {
    const { ada, feed, windowId, urls } = openTabs();
    const seen: FollowedTab[] = [];
    const stop = followActiveTab((tab) => seen.push(tab));
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toEqual({ tabId: ada, url: 'https://www.linkedin.com/in/ada/' });

    await fakeBrowser.tabs.onActivated.trigger({ tabId: feed, windowId });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: ada, windowId: windowId + 1 }); // another window
    await vi.waitFor(() => expect(seen.map((t) => t.tabId)).toEqual([ada, feed]));

    urls.set(feed, 'https://www.linkedin.com/in/bo/');
    await fakeBrowser.tabs.onUpdated.trigger(feed, { url: 'https://www.linkedin.com/in/bo/' }, {} as never);
    await fakeBrowser.tabs.onUpdated.trigger(ada, { url: 'https://www.linkedin.com/in/x/' }, {} as never); // not shown
    await vi.waitFor(() =>
      expect(seen.at(-1)).toEqual({ tabId: feed, url: 'https://www.linkedin.com/in/bo/' }),
    );
    expect(seen).toHaveLength(3);
    stop();
  });

  it('keys a profile by its own URL, so LinkedIn’s tracking parameters do not reload the form', () => {
    const key = (url: string) => panelPageKey({ tabId: 1, url }, normalizeProfileUrl);
    expect(key('https://www.linkedin.com/in/ada/?miniProfileUrn=x')).toBe(
      key('https://www.linkedin.com/in/ada/'),
    );
    expect(key('https://www.linkedin.com/in/bo/')).not.toBe(key('https://www.linkedin.com/in/ada/'));
    expect(panelPageKey({ tabId: 2, url: 'https://www.linkedin.com/in/ada/' }, normalizeProfileUrl)).not.toBe(
      key('https://www.linkedin.com/in/ada/'),
    );
  });
});
