/**
 * Knows which result list the tab shows across LinkedIn's SPA navigations. LinkedIn changes the
 * URL first and renders the new view later, so at a navigation into a list the tracker notes the
 * people the page still shows (the previous page of results, another search), and a read counts
 * as the new list's only once the page shows other people.
 *
 *   const lists = createListTracker({ doc: document, probe: readList, signal });
 *   lists.noteNavigation(oldUrl, newUrl);         // on every URL change, before LinkedIn re-renders
 *   const read = await lists.current(location.href);
 */
import { listKindOfUrl } from '@/lib/profile/list/list-kind';
import type { ListRead } from '@/lib/profile/list/list-schema';
import { waitForDom } from './wait-for-fresh';

/** How long a request waits for LinkedIn to render the list a new URL names (under the popup's 2.5 s). */
export const LIST_WAIT_MS = 2000;

/** Reads the page's list as it is now (the pure reader; injected for tests). */
export type ListProbe = (doc: Document, url: string) => ListRead;

export interface ListTracker {
  /** Call on every URL change, as early as possible. */
  noteNavigation(oldUrl: string, newUrl: string): void;
  /** The list `url` names if the page shows its people now (not the view left behind); else null. */
  freshNow(url: string): ListRead | null;
  /** The list `url` names, waiting (bounded) while LinkedIn renders it; no rows if it does not in time. */
  current(url: string): Promise<ListRead>;
}

interface ListTrackerDeps {
  doc: Document;
  probe: ListProbe;
  /** Aborts any pending wait (the content script's signal). */
  signal: AbortSignal;
  waitMs?: number;
}

/** The people of a read, in order: two reads with the same fingerprint show the same view. */
const fingerprint = (read: ListRead) =>
  read.rows.map((row) => row.profileUrl ?? row.salesNavLeadId ?? row.name).join('\n');

/** The page a list URL shows: its path and query (LinkedIn's tracking hash aside). */
const pageOf = (url: string) => url.split('#')[0];

export function createListTracker(deps: ListTrackerDeps): ListTracker {
  const { doc, probe, signal } = deps;
  /** The people the page showed when the URL moved on; null once the new list has shown. */
  let stale: string | null = null;

  function freshNow(url: string): ListRead | null {
    const read = probe(doc, url);
    if (read.rows.length === 0 || fingerprint(read) === stale) return null;
    stale = null;
    return read;
  }

  return {
    noteNavigation(oldUrl, newUrl) {
      if (!listKindOfUrl(newUrl)) stale = null;
      else if (pageOf(oldUrl) !== pageOf(newUrl)) {
        const left = probe(doc, newUrl);
        stale = left.rows.length > 0 ? fingerprint(left) : null;
      }
    },
    freshNow,
    async current(url) {
      const kind = listKindOfUrl(url);
      if (kind === null) return { kind, rows: [] };
      const outcome = await waitForDom(() => freshNow(url), {
        root: doc.body ?? doc.documentElement,
        changes: { childList: true, subtree: true },
        timeoutMs: deps.waitMs ?? LIST_WAIT_MS,
        signal,
      });
      return outcome.value ?? { kind, rows: [] };
    },
  };
}
