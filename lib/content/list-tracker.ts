/**
 * Knows which result list the tab shows across LinkedIn's SPA navigations. LinkedIn changes the
 * URL first and renders the new view later, so at a navigation into a list the tracker notes
 * which people links the page still shows (the previous page of results, another search, a
 * profile), and a read counts as the new list's only once those links have changed.
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
  /**
   * Whether the page shows links to people other than the view left behind: no text is read, so
   * the page button can wait on it at every change (the list itself is read when asked).
   */
  showsPeopleNow(): boolean;
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

/** Links to people where results go (a profile's, a lead's): the first few say which view shows. */
const PEOPLE_LINKS = 'a[href*="/in/"], a[href*="/sales/lead/"], a[href*="/sales/people/"]';
const MARK_LINKS = 12;

/**
 * What the page shows where results go, cheaply: the addresses of its first people links, no
 * text read. Another page of results, another search or a profile left behind all differ.
 */
function pageMark(doc: Document): string {
  const links = (doc.querySelector('main') ?? doc.body)?.querySelectorAll(PEOPLE_LINKS) ?? [];
  const hrefs: string[] = [];
  for (const link of links) {
    hrefs.push(link.getAttribute('href') ?? '');
    if (hrefs.length === MARK_LINKS) break;
  }
  return hrefs.join('\n');
}

/** The page a list URL shows: its path and query (LinkedIn's tracking hash aside). */
const pageOf = (url: string) => url.split('#')[0];

export function createListTracker(deps: ListTrackerDeps): ListTracker {
  const { doc, probe, signal } = deps;
  /** The mark of the view the URL moved on from; null once the new list has shown. */
  let stale: string | null = null;

  function freshNow(url: string): ListRead | null {
    if (stale !== null && pageMark(doc) === stale) return null;
    const read = probe(doc, url);
    if (read.rows.length === 0) return null;
    stale = null;
    return read;
  }

  return {
    noteNavigation(oldUrl, newUrl) {
      if (!listKindOfUrl(newUrl)) stale = null;
      else if (pageOf(oldUrl) !== pageOf(newUrl)) stale = pageMark(doc);
    },
    freshNow,
    showsPeopleNow() {
      const mark = pageMark(doc);
      return mark !== '' && mark !== stale;
    },
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
