/**
 * Keeps exactly one page button per view. On a profile: mounts it once the profile the URL names
 * has rendered (and the setting allows) — in the top card, or floating when the page is a person's
 * but no known place is found — moves it to the next profile's card once that shows (it waits on
 * the previous card meanwhile), and puts it back if LinkedIn re-renders the top card without it.
 * On a result list (people search, Sales Navigator): floating, once the list shows people, and
 * kept while the recruiter pages through it. Removed when the user leaves both or turns the
 * setting off; on any other page it does nothing at all.
 */
import { listKindOfUrl } from '@/lib/profile/list/list-kind';
import { notFoundReason } from '@/lib/profile/page-kind';
import { knownCardAnchor, memberOfUrl } from './card-of-profile';
import { profileKeyOf } from './fresh-read';
import type { MountedTrigger } from './page-trigger';
import type { ProfileTracker } from './profile-tracker';
import { type TriggerAnchor, triggerAnchorFor } from './trigger-anchor';
import { type DomWaitOptions, waitForDom } from './wait-for-fresh';
import { watchDetached } from './watch-detached';

const MAX_MOUNTS_PER_VIEW = 5;
/** How long a known card may take to show the URL's member before the page is read instead. */
const KNOWN_CARD_WAIT_MS = 2000;
/** How long a result list may take to show its first person (as long as a profile's five waits). */
const LIST_BUTTON_WAIT_MS = 10_000;

/** What the button is for: the profile's person, or the people of a result list. */
export type TriggerPurpose = 'profile' | 'list';
const listKeyPrefix = 'list:';

export interface TriggerControllerDeps {
  tracker: ProfileTracker;
  doc: Document;
  mount(anchor: TriggerAnchor, purpose: TriggerPurpose): MountedTrigger;
  /** Whether the page shows people of the result list the URL names (not those of the view left). */
  listShowsPeople(): boolean;
  isEnabled(): Promise<boolean>;
  signal: AbortSignal;
  /** Bounded profile waits to try before giving up on a page (LinkedIn can be slow): 5 × 2 s. */
  attempts?: number;
}

export interface TriggerController {
  /** Re-evaluates after a URL change. */
  update(): Promise<void>;
  /** Applies the page-button setting. */
  setEnabled(enabled: boolean): Promise<void>;
}

/** Creates the controller; call `update()` once at start and after every URL change. */
export function createTriggerController(deps: TriggerControllerDeps): TriggerController {
  const { tracker, doc, signal } = deps;
  let enabled: boolean | null = null; // read lazily: other pages never touch storage
  let mounted: { key: string; trigger: MountedTrigger; stopWatching: (() => void) | null } | null = null;
  let generation = 0;
  let cardWait: AbortController | null = null;
  // A page that keeps dropping the button would otherwise have us re-add it forever.
  let remounts = { key: null as string | null, count: 0 };

  /** Puts the button back when LinkedIn re-renders the row it sits in (e.g. after "Connect"). */
  function watch(host: HTMLElement): () => void {
    // Body, not main: LinkedIn replaces whole subtrees, and a removed main reports nothing.
    return watchDetached(host, doc.body, () => {
      void update();
    });
  }

  function unwatch(): void {
    mounted?.stopWatching?.();
    if (mounted) mounted.stopWatching = null;
  }

  function unmount(): void {
    unwatch();
    mounted?.trigger.remove();
    mounted = null;
  }

  /** The view's key: the profile's (a normalized URL), the list page's, or null for other pages. */
  function viewKeyOf(url: string): string | null {
    const profile = profileKeyOf(url);
    if (profile || !listKindOfUrl(url)) return profile;
    return listKeyPrefix + url.split('#')[0];
  }

  async function update(): Promise<void> {
    const token = ++generation;
    const url = tracker.url();
    const key = viewKeyOf(url);
    const isList = key?.startsWith(listKeyPrefix) ?? false;
    // Another profile keeps the button until its own card shows (LinkedIn may keep the row).
    const kindChanged = mounted !== null && mounted.key.startsWith(listKeyPrefix) !== isList;
    if (mounted && (!key || kindChanged || enabled === false || !mounted.trigger.host.isConnected)) unmount();
    if (!key || signal.aborted) return;
    if (mounted?.key === key) {
      // Back on the profile whose card holds the button, before the other card showed.
      cardWait?.abort();
      mounted.stopWatching ??= watch(mounted.trigger.host);
      return;
    }
    // The button waits on the old card unwatched: the wait below puts it in the new one.
    unwatch();
    cardWait?.abort();
    enabled ??= await deps.isEnabled();
    if (!enabled) return unmount();
    if (token !== generation) return;
    if (isList) return mountOnList(key, token);
    const known = await waitForKnownCard(url);
    if (token !== generation || signal.aborted) return; // a newer update took over
    if (known) return mountAt(key, token, known);
    for (let attempt = 0; attempt < (deps.attempts ?? 5); attempt++) {
      const result = await tracker.current();
      if (token !== generation || signal.aborted) return;
      if (result.kind === 'profile') return mountAt(key, token, triggerAnchorFor(doc));
      if (result.reason === notFoundReason) break; // LinkedIn's "Profile Not Found" page stays so
    }
    unmount();
  }

  /** One bounded wait at a time: a newer update's wait aborts the older one. */
  async function waitOnPage<T>(check: () => T | null, options: Omit<DomWaitOptions, 'signal' | 'root'>) {
    cardWait?.abort();
    const wait = new AbortController();
    cardWait = wait;
    const outcome = await waitForDom(check, {
      ...options,
      root: doc.body ?? doc.documentElement,
      signal: wait.signal,
    });
    if (cardWait === wait) cardWait = null;
    return outcome.value;
  }

  /**
   * The button's place in a card whose own links name the URL's member, found without reading
   * the page (card-of-profile.ts); null when links cannot tell, or no such card shows in time.
   */
  async function waitForKnownCard(url: string): Promise<TriggerAnchor | null> {
    const member = memberOfUrl(url);
    if (!member) return null;
    const value = await waitOnPage(() => knownCardAnchor(doc, member), {
      // Right after an in-app navigation the button still sits on the previous person's card.
      lookNow: mounted === null,
      // The check looks at the card's elements and links, never its text.
      changes: { childList: true, subtree: true, attributeFilter: ['href'] },
      timeoutMs: KNOWN_CARD_WAIT_MS,
    });
    return value === 'read' ? null : value;
  }

  /**
   * A result list's button floats: its header differs by layout, and no row is the page's own.
   * Paging keeps it where it is until the next page shows people (or none do: then it goes).
   */
  async function mountOnList(key: string, token: number): Promise<void> {
    const shows = await waitOnPage(() => (deps.listShowsPeople() ? true : null), {
      changes: { childList: true, subtree: true },
      timeoutMs: LIST_BUTTON_WAIT_MS,
    });
    if (token !== generation || signal.aborted) return;
    if (shows) mountAt(key, token, { element: doc.body, append: 'float' });
    else unmount();
  }

  function mountAt(key: string, token: number, anchor: TriggerAnchor): void {
    if (token !== generation || signal.aborted) return;
    if (remounts.key !== key) remounts = { key, count: 0 };
    if (remounts.count++ > MAX_MOUNTS_PER_VIEW) {
      unmount();
      return;
    }
    unwatch();
    const previous = mounted;
    const trigger = deps.mount(anchor, key.startsWith(listKeyPrefix) ? 'list' : 'profile');
    if (previous && previous.trigger.host !== trigger.host) previous.trigger.remove();
    mounted = { key, trigger, stopWatching: watch(trigger.host) };
  }

  async function setEnabled(next: boolean): Promise<void> {
    enabled = next;
    await update();
  }

  signal.addEventListener(
    'abort',
    () => {
      cardWait?.abort();
      unmount();
    },
    { once: true },
  );
  return { update, setEnabled };
}
