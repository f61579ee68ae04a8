/**
 * Keeps exactly one page button per profile view: mounts it once the profile the URL names has
 * rendered (and the setting allows) — in the top card, or floating when the page is a person's
 * but no known place is found — moves it to the next profile's card once that shows (it waits on
 * the previous card meanwhile), removes it when the user leaves profiles or turns the setting
 * off, and puts it back if LinkedIn re-renders the top card without it. On pages that are not
 * profiles it does nothing at all.
 */
import { notFoundReason } from '@/lib/profile/page-kind';
import { knownCardAnchor, memberOfUrl } from './card-of-profile';
import { profileKeyOf } from './fresh-read';
import type { MountedTrigger } from './page-trigger';
import type { ProfileTracker } from './profile-tracker';
import { type TriggerAnchor, triggerAnchorFor } from './trigger-anchor';
import { waitForDom } from './wait-for-fresh';
import { watchDetached } from './watch-detached';

const MAX_MOUNTS_PER_VIEW = 5;
/** How long a known card may take to show the URL's member before the page is read instead. */
const KNOWN_CARD_WAIT_MS = 2000;

export interface TriggerControllerDeps {
  tracker: ProfileTracker;
  doc: Document;
  mount(anchor: TriggerAnchor): MountedTrigger;
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
  let enabled: boolean | null = null; // read lazily: non-profile pages never touch storage
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

  async function update(): Promise<void> {
    const token = ++generation;
    const key = profileKeyOf(tracker.url());
    // Another profile keeps the button until its own card shows (LinkedIn may keep the row).
    if (mounted && (!key || enabled === false || !mounted.trigger.host.isConnected)) unmount();
    if (!key || signal.aborted) return;
    if (mounted?.key === key) {
      // Back on the profile whose card holds the button, before the other card showed.
      cardWait?.abort();
      mounted.stopWatching ??= watch(mounted.trigger.host);
      return;
    }
    // The button waits on the old card unwatched: the wait below puts it in the new one.
    unwatch();
    enabled ??= await deps.isEnabled();
    if (!enabled) return unmount();
    if (token !== generation) return;
    const known = await waitForKnownCard(tracker.url());
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

  /**
   * The button's place in a card whose own links name the URL's member, found without reading
   * the page (card-of-profile.ts); null when links cannot tell, or no such card shows in time.
   */
  async function waitForKnownCard(url: string): Promise<TriggerAnchor | null> {
    cardWait?.abort();
    const member = memberOfUrl(url);
    if (!member) return null;
    const wait = new AbortController();
    cardWait = wait;
    const outcome = await waitForDom(() => knownCardAnchor(doc, member), {
      // Right after an in-app navigation the button still sits on the previous person's card.
      lookNow: mounted === null,
      root: doc.body ?? doc.documentElement,
      // The check looks at the card's elements and links, never its text.
      changes: { childList: true, subtree: true, attributeFilter: ['href'] },
      timeoutMs: KNOWN_CARD_WAIT_MS,
      signal: wait.signal,
    });
    if (cardWait === wait) cardWait = null;
    return outcome.value === 'read' ? null : outcome.value;
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
    const trigger = deps.mount(anchor);
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
