/**
 * The LinkedIn content script's lifetime and its view of the URL, built so the page cannot see
 * them: nothing is dispatched on the shared `window`/`document` (WXT's content-script context
 * announces every start and URL change with DOM events a page can listen for, which would tell
 * LinkedIn the extension is installed), and no page event can end it.
 */
import { browser } from 'wxt/browser';

/** How often the URL is compared where the browser has no Navigation API (Firefox). */
const POLL_MS = 1000;

export interface ContentLifecycle {
  /** Aborts when the extension goes away (updated, reloaded, removed). */
  signal: AbortSignal;
  /** True, and the signal aborted, once this copy of the script has lost its extension. */
  retiredIfOrphaned(): boolean;
}

/** Starts the script's lifetime. */
export function startContentLifecycle(): ContentLifecycle {
  const controller = new AbortController();
  return {
    signal: controller.signal,
    retiredIfOrphaned() {
      // An updated extension leaves the old copy running without `runtime.id`.
      if (browser.runtime?.id === undefined) controller.abort();
      return controller.signal.aborted;
    },
  };
}

interface NavigationLike {
  addEventListener(
    type: 'navigate',
    listener: (event: { destination: { url: string } }) => void,
    options: { signal: AbortSignal },
  ): void;
}

/**
 * Calls `onChange(oldUrl, newUrl)` on every URL change of the tab (SPA navigations included),
 * as early as the browser tells: the Navigation API announces one before `location.href` has it.
 */
export function watchLocation(
  signal: AbortSignal,
  onChange: (oldUrl: string, newUrl: string) => void,
  win: Window = window,
): void {
  let last = win.location.href;
  const changed = (next: string) => {
    if (next === last || signal.aborted) return;
    const previous = last;
    last = next;
    onChange(previous, next);
  };
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener('navigate', (event) => changed(event.destination.url), { signal });
    return;
  }
  const timer = setInterval(() => changed(win.location.href), POLL_MS);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
