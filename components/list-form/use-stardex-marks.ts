/**
 * Which of a list's people are in Stardex: Stardex is asked nothing when the list opens (a page of
 * 25 would spend 25 of the minute's 60 requests), but the people the extension already matched
 * are marked from its cache (`knownPersons`); "Check who is in Stardex" asks the background's
 * `lookupPerson` per person, a few at a time (each a cached answer or one search), and a batch's
 * outcome marks the people whose tasks are in Stardex for free.
 */
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/lib/messaging';

export type Mark = 'checking' | 'in' | 'not' | 'unknown';

/** Lookups at once: the background's limiter spaces them anyway; this keeps the popup's share small. */
const AT_ONCE = 3;

export function useStardexMarks(profileUrls: readonly string[]) {
  const [marks, setMarks] = useState<ReadonlyMap<string, Mark>>(new Map());
  const mark = (entries: [string, Mark][]) => setMarks((current) => new Map([...current, ...entries]));

  useEffect(() => {
    if (profileUrls.length === 0) return;
    let live = true;
    sendMessage('knownPersons', { profileUrls: [...profileUrls] })
      .then((r) => live && r.ok && mark(r.known.map((url): [string, Mark] => [url, 'in'])))
      .catch(() => undefined); // no marks: the check on demand still works
    return () => {
      live = false;
    };
  }, [profileUrls]);

  /** Asks for each of `urls` not known yet; resolves once all have answered. */
  const check = async (urls: readonly string[]) => {
    const queue = urls.filter((url) => marks.get(url) !== 'in');
    mark(queue.map((url) => [url, 'checking']));
    const ask = async () => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        const found: Mark = await sendMessage('lookupPerson', { profileUrl: url })
          .then((r): Mark => (r.ok ? (r.person ? 'in' : 'not') : 'unknown'))
          .catch((): Mark => 'unknown');
        mark([[url, found]]);
      }
    };
    await Promise.all(Array.from({ length: AT_ONCE }, ask));
  };
  return { marks, check, markIn: (urls: string[]) => mark(urls.map((url) => [url, 'in'])) };
}
