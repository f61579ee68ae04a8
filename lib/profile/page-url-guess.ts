/**
 * Guesses a saved page's URL from its own links, for reading files without a known URL (the
 * CLI, fixtures): the canonical link or og:url, else the top card's `/in/` links.
 */
import { normalizeProfileUrl } from './linkedin-url';
import { meta, queryFirst, recruiterLite, signedIn } from './selectors';

/** The page's canonical profile URL as far as its markup tells, or null. */
export function guessPageUrl(root: ParentNode): string | null {
  const head = queryFirst(root, meta.canonical) ?? queryFirst(root, meta.ogUrl);
  const fromHead = head?.getAttribute('href') ?? head?.getAttribute('content') ?? null;
  if (fromHead && normalizeProfileUrl(fromHead)) return fromHead;
  const link = queryFirst(root, [...signedIn.identifierLinks, ...recruiterLite.publicLink]);
  const href = link?.getAttribute('href') ?? null;
  return href ? normalizeProfileUrl(href) : null;
}
