/**
 * Finds the public `/in/` link of the person a page is about. Sales Navigator and Recruiter
 * URLs hold opaque ids, so this link is what identifies them. Searching outward from the
 * person's name keeps links to other people (sidebars, "also viewed") out of reach.
 */
import { publicIdentifierFrom } from './linkedin-url';

const profileLinks = 'a[href*="/in/"]';

function identifierOfLinks(scope: Element): string | null {
  for (const link of Array.from(scope.querySelectorAll(profileLinks))) {
    const id = publicIdentifierFrom(link.getAttribute('href') ?? '');
    if (id) return id;
  }
  return null;
}

/**
 * The public identifier from the closest ancestor of `anchor` holding an `/in/` link, stopping
 * below `main`/`body`, after `maxLevels` levels at most.
 */
export function publicIdentifierNear(anchor: Element | null, maxLevels = 8): string | null {
  let scope = anchor?.parentElement ?? null;
  for (let level = 0; scope && level < maxLevels; level++) {
    // The whole of `main` holds other people's cards (activity, "also viewed"): stop below it.
    if (scope.tagName === 'BODY' || scope.tagName === 'HTML' || scope.tagName === 'MAIN') return null;
    const id = identifierOfLinks(scope);
    if (id) return id;
    scope = scope.parentElement;
  }
  return null;
}
