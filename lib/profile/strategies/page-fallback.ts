/**
 * Strategy "page-fallback": the person's name on a person's page whose top card lost its hooks,
 * or whose layout the reader does not know (LinkedIn's next redesign), so the form still opens
 * for them. Structure only: a heading of the main content, or an image's `alt`, that the
 * `<title>` confirms (the title names the person in every layout and language); else the title's
 * name, but only once the page itself shows the person (a link to their own page): a `<title>`
 * alone can still be the previous profile's during an SPA navigation. Sticky headers,
 * navigation, asides and footers are skipped: they name the viewer or other people.
 */
import { publicIdentifierFrom, recruiterIdFrom, salesNavLeadIdFrom } from '../linkedin-url';
import type { FieldValues, ReadContext, Strategy } from '../strategy';
import { attributeOf, cleanText, textOf } from '../text';
import { nameFromTitle } from './page-title';

const outsideProfile = 'header, nav, aside, footer, [data-view-name$="sticky-header"], [id*="sticky"]';

/** Headings and image alts of the main content, in the order a reader of the page meets them. */
function candidates(scope: ParentNode): string[] {
  const found: string[] = [];
  const add = (value: string | null, element: Element) => {
    if (value && value.length >= 2 && !element.closest(outsideProfile)) found.push(value);
  };
  for (const heading of Array.from(scope.querySelectorAll('h1'))) add(textOf(heading), heading);
  for (const image of Array.from(scope.querySelectorAll('img[alt]'))) add(attributeOf(image, 'alt'), image);
  for (const heading of Array.from(scope.querySelectorAll('h2'))) add(textOf(heading), heading);
  return found;
}

/** The id a person's URL carries, as a test on hrefs: does this link go to that person's page? */
function ownPageTest(url: string | null): ((href: string) => boolean) | null {
  if (!url) return null;
  const id = publicIdentifierFrom(url);
  if (id) return (href) => publicIdentifierFrom(href) === id;
  const other = salesNavLeadIdFrom(url) ?? recruiterIdFrom(url);
  return other ? (href) => href.includes(other) : null;
}

function showsOwnPageLink(scope: ParentNode, url: string | null): boolean {
  const isOwn = ownPageTest(url);
  if (!isOwn) return false;
  return Array.from(scope.querySelectorAll('a[href]')).some(
    (link) => !link.closest(outsideProfile) && isOwn(link.getAttribute('href') ?? ''),
  );
}

/** The name: the longest candidate the title contains, else the title's name (see above). */
export function fallbackName(root: ParentNode, url: string | null, signedOut: boolean): string | null {
  const scope = root.querySelector('main') ?? root;
  const title = cleanText(root.querySelector('title')?.textContent);
  if (!title) return textOf(scope.querySelector('h1'));
  // Only the part before the product name ("… | LinkedIn", "… | Sales Navigator") can name a person.
  const named = title.replace(/\s*\|[^|]*$/, '');
  // The longest such text: a first name alone ("Jane's activity") must not beat the full name.
  let confirmed: string | null = null;
  for (const candidate of candidates(scope)) {
    if (named.includes(candidate) && candidate.length > (confirmed?.length ?? 0)) confirmed = candidate;
  }
  if (confirmed) return confirmed;
  return showsOwnPageLink(scope, url) ? nameFromTitle(title, signedOut) : null;
}

export const pageFallback: Strategy = {
  name: 'page-fallback',
  onlyFields: ['fullName'],
  read(context: ReadContext): FieldValues {
    return { fullName: fallbackName(context.root, context.url, context.pageKind === 'public-profile') };
  },
};
