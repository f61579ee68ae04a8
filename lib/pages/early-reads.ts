/**
 * The popup's first reads, started before its code has loaded (entrypoints/popup/README.md).
 * popup.html lists popup-boot.js (entrypoints/popup/boot.ts, a small classic script) ahead of
 * popup-app.js, the popup's module; it starts the storage read and the tab's profile read and
 * leaves them here, and the popup's code takes them once popup-app.js has been fetched, compiled
 * and run — instead of only starting them then. A popup without them (the boot script failed, or
 * a page that never had one) starts the same reads itself.
 *
 * Only this extension's pages run in the popup's document, so a global is a safe hand-over; it
 * carries promises of what the popup would read anyway, never the API key.
 */
import { browser } from 'wxt/browser';
import { tabIdFromSearch } from '@/lib/form/tab-param';
import { sendMessage } from '@/lib/messaging';
import { type FormBootValues, readFormBootValues } from '@/lib/storage/form-boot-keys';

export interface TabPage {
  url: string;
  title: string;
}

/** The reads about the tab the popup is for, begun together. */
export interface TabReads {
  tabId: number;
  /** The tab's URL and title ('' where we have no access: hosts other than LinkedIn). */
  page: Promise<TabPage>;
  /** The content script's first answer to `readCurrentProfile` (rejects when none is there yet). */
  firstAnswer: Promise<unknown>;
}

export interface EarlyReads {
  storage: Promise<FormBootValues>;
  /** Undefined when no tab can be named; null when the popup is for a link, not its tab. */
  tab: Promise<TabReads | undefined> | null;
}

/** The tab the popup is about: `?tab=<id>` when given (own window, tests), else the active tab. */
async function targetTabId(search: string): Promise<number | undefined> {
  const tabId = tabIdFromSearch(search);
  if (tabId !== undefined) return tabId;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The tab's URL and title; '' for both when it is gone. */
export async function tabPage(tabId: number): Promise<TabPage> {
  try {
    const { url = '', title = '' } = await browser.tabs.get(tabId);
    return { url, title };
  } catch {
    return { url: '', title: '' };
  }
}

/** Starts the reads about tab `tabId`. */
export function startTabReads(tabId: number): TabReads {
  const firstAnswer = sendMessage('readCurrentProfile', undefined, tabId);
  // Handled where it is awaited; until then a "no receiver yet" is not an unhandled rejection.
  firstAnswer.catch(() => undefined);
  return { tabId, page: tabPage(tabId), firstAnswer };
}

/** The tab reads for a popup opened at `search` (undefined when no tab can be named). */
export async function tabReadsFor(search: string): Promise<TabReads | undefined> {
  const tabId = await targetTabId(search).catch(() => undefined);
  return tabId === undefined ? undefined : startTabReads(tabId);
}

/**
 * Everything the popup opened at `search` reads first. A right-clicked link (`?profileUrl=`) is
 * about that person, not the tab: the tab is not read.
 */
export function startEarlyReads(search: string): EarlyReads {
  const forLink = new URLSearchParams(search).has('profileUrl');
  return { storage: readFormBootValues(), tab: forLink ? null : tabReadsFor(search) };
}

const slot = '__stardexEarlyReads';
type Slot = { [slot]?: EarlyReads | 'taken' };

/**
 * popup-boot.js: starts the reads and leaves them for the popup's code — unless that code ran
 * first and has started its own, which are not started twice. (popup.html runs the boot script
 * before popup-app.js: a parser-blocking script runs before any deferred module does. As `async`
 * it lost that race in about 1 open in 30.)
 */
export function bootEarlyReads(search: string): void {
  const holder = globalThis as Slot;
  if (holder[slot] !== undefined) return;
  holder[slot] = startEarlyReads(search);
  performance.mark('popup-reads-started'); // a phase of the popup bench (scripts/bench/popup.ts)
}

/** The reads popup-boot.js started, taken once; or, without them, the same reads started now. */
export function takeEarlyReads(search: string): EarlyReads {
  const holder = globalThis as Slot;
  const reads = holder[slot];
  holder[slot] = 'taken';
  return reads !== undefined && reads !== 'taken' ? reads : startEarlyReads(search);
}
