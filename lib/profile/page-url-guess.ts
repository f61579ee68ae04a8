/**
 * Guesses a saved page's URL, for reading files without a known URL (the CLI, fixtures): the
 * browser's "saved from url" comment (or SavePage WE's savepage-url meta) when the file has one,
 * else the canonical link or og:url, else the top card's `/in/` links.
 */
import { normalizeProfileUrl, pageKindOfUrl, parseLinkedinUrl } from './linkedin-url';
import { meta, queryFirst, recruiterLite, signedIn } from './selectors';
import { attributeOf } from './text';

/** `<!-- saved from url=(0051)https://www.linkedin.com/in/someone/ -->`, Chrome's mark on a saved page. */
function savedFromUrl(root: ParentNode): string | null {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const nodes = [...Array.from(doc.childNodes ?? []), ...Array.from(doc.documentElement?.childNodes ?? [])];
  for (const node of nodes.slice(0, 8)) {
    if (node.nodeType !== 8) continue; // Node.COMMENT_NODE (linkedom has no Node global)
    const url = /saved from url=\(\d+\)(\S+)/.exec(node.textContent ?? '')?.[1];
    if (url && parseLinkedinUrl(url) && pageKindOfUrl(url)) return url;
  }
  return null;
}

/** The page's URL as far as its markup tells, or null. */
export function guessPageUrl(root: ParentNode): string | null {
  const saved = savedFromUrl(root) ?? attributeOf(queryFirst(root, meta.savedPageUrl), 'content');
  if (saved && pageKindOfUrl(saved)) return saved;
  const head = queryFirst(root, meta.canonical) ?? queryFirst(root, meta.ogUrl);
  const fromHead = head?.getAttribute('href') ?? head?.getAttribute('content') ?? null;
  if (fromHead && normalizeProfileUrl(fromHead)) return fromHead;
  const link = queryFirst(root, [...signedIn.identifierLinks, ...recruiterLite.publicLink]);
  const href = link?.getAttribute('href') ?? null;
  return href ? normalizeProfileUrl(href) : null;
}
