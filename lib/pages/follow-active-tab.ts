/**
 * The tab a side panel is about: its window's active tab, followed as the recruiter switches
 * tabs or the tab moves to another page (LinkedIn's in-app navigations included), so one open
 * panel serves profile after profile.
 */
import { browser } from 'wxt/browser';

/** What the panel shows: a tab, and the page it is on ('' where the browser does not tell). */
export interface FollowedTab {
  tabId: number;
  url: string;
}

/** Calls `onTab` now and whenever the window's active tab or its page changes; returns how to stop. */
export function followActiveTab(onTab: (tab: FollowedTab) => void): () => void {
  let windowId: number | undefined;
  let current: number | undefined;
  const show = async (tabId: number | undefined) => {
    if (tabId === undefined) return;
    current = tabId;
    const url = await browser.tabs.get(tabId).then(
      (tab) => tab.url ?? '',
      () => '',
    );
    if (tabId === current) onTab({ tabId, url });
  };
  void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
    windowId = tab?.windowId;
    return show(tab?.id);
  });
  const activated = (info: { tabId: number; windowId: number }) => {
    if (info.windowId === windowId) void show(info.tabId);
  };
  // A new URL (in-app navigations too); `complete` also covers hosts whose URL we may not see.
  const updated = (tabId: number, change: { url?: string; status?: string }) => {
    if (tabId === current && (change.url !== undefined || change.status === 'complete')) void show(tabId);
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  };
}

/** The page a panel shows for `url`: a profile's own URL (tracking parameters aside), else the URL. */
export function panelPageKey(tab: FollowedTab, normalize: (url: string) => string | null): string {
  return `${tab.tabId} ${normalize(tab.url) ?? tab.url}`;
}
