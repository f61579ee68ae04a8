/**
 * Knows which profile the tab shows, across LinkedIn's SPA navigations: remembers the top card of
 * the profile the user just left (so it is never reported for the next URL), runs at most one
 * bounded wait at a time, and aborts it when the URL moves on.
 *
 *   const tracker = createProfileTracker({ doc: document, initialUrl: location.href, probe, signal: ctx.signal });
 *   ctx.addEventListener(window, 'wxt:locationchange', (e) => tracker.noteNavigation(e.oldUrl.href, e.newUrl.href));
 *   const result = await tracker.current();
 */
import type { ReadResult } from '@/lib/profile/profile-schema';
import { memberOfUrl } from './card-of-profile';
import { type PageSnapshot, profileKeyOf, type StaleCard } from './fresh-read';
import { waitForFreshSnapshot } from './wait-for-fresh';

/** How long a request waits for LinkedIn to render the profile a new URL names (under the popup's 2.5 s). */
export const PROFILE_WAIT_MS = 2000;

/** Reads the page as it is now (the pure reader, see page-snapshot.ts; injected for tests). */
export type ProfileProbe = (doc: Document, url: string) => PageSnapshot;

export interface ProfileTracker {
  /** The profile the current URL names, waiting (bounded) while LinkedIn renders it. */
  current(): Promise<ReadResult>;
  /**
   * Call on every URL change, as early as possible (before LinkedIn re-renders). The Navigation
   * API announces a change before `location.href` has it, so the tracker goes by these URLs.
   */
  noteNavigation(oldUrl: string, newUrl: string): void;
  /** The URL the tab shows, or is navigating to. */
  url(): string;
}

interface TrackerDeps {
  doc: Document;
  /** Where the tab is when the content script starts. */
  initialUrl: string;
  probe: ProfileProbe;
  /** Aborts any pending wait (the content script's `ctx.signal`). */
  signal: AbortSignal;
  waitMs?: number;
}

export const notProfileReason = 'This LinkedIn page is not a profile.';
export const stillLoadingReason =
  'LinkedIn has not finished showing this profile yet. Try again in a moment.';

/** Creates the tracker for one tab; it holds no observer or timer until `current()` has to wait. */
export function createProfileTracker(deps: TrackerDeps): ProfileTracker {
  const { doc, probe, signal } = deps;
  let currentUrl = deps.initialUrl;
  let lastFresh: StaleCard | null = null;
  let stale: StaleCard | null = null;
  let inFlight: { key: string; controller: AbortController; promise: Promise<ReadResult> } | null = null;

  async function waitFor(url: string, key: string, controller: AbortController): Promise<ReadResult> {
    const outcome = await waitForFreshSnapshot(() => probe(doc, url), {
      url,
      key,
      stale,
      timeoutMs: deps.waitMs ?? PROFILE_WAIT_MS,
      root: doc.body ?? doc.documentElement,
      signal: controller.signal,
    });
    const { result, signature } = outcome.snapshot;
    if (outcome.fresh && result.kind === 'profile') {
      if (signature) lastFresh = { key, signature };
      return result;
    }
    // The reader's own "not a profile" (e.g. Profile Not Found) says more than ours.
    return result.kind === 'not-a-profile' ? result : { kind: 'not-a-profile', reason: stillLoadingReason };
  }

  async function current(attempt = 0): Promise<ReadResult> {
    const url = currentUrl;
    const key = profileKeyOf(url);
    if (!key) return { kind: 'not-a-profile', reason: notProfileReason };
    if (inFlight?.key !== key) {
      inFlight?.controller.abort();
      const controller = new AbortController();
      // (AbortSignal.any is newer than the Firefox we support.)
      signal.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
      const promise = waitFor(url, key, controller).finally(() => {
        controller.abort(); // drops the listener on the context's signal
        if (inFlight?.promise === promise) inFlight = null;
      });
      inFlight = { key, controller, promise };
    }
    const result = await inFlight.promise;
    // The tab moved to another page while we waited: answer for where it is now (twice more at most).
    if (profileKeyOf(currentUrl) !== key && attempt < 2 && !signal.aborted) return current(attempt + 1);
    return result;
  }

  function noteNavigation(oldUrl: string, newUrl: string): void {
    currentUrl = newUrl;
    const oldKey = profileKeyOf(oldUrl);
    const newKey = profileKeyOf(newUrl);
    if (oldKey === newKey) return; // same person (query, hash or subpage changed), or no profile at all
    inFlight?.controller.abort();
    inFlight = null;
    if (!oldKey) return;
    if (lastFresh?.key === oldKey) {
      stale = lastFresh;
      return;
    }
    // Nothing read the card being left. To a member's /in/ URL, the new card must show that
    // member's id itself (fresh-read.ts), so the old card need not be read now, on LinkedIn's time.
    if (memberOfUrl(newUrl) !== null) {
      stale = { key: oldKey, signature: null };
      return;
    }
    const signature = probe(doc, oldUrl).signature;
    if (signature) stale = { key: oldKey, signature };
  }

  return { current: () => current(), noteNavigation, url: () => currentUrl };
}
