/**
 * LinkedIn URL checks and normalization. Cheap and pure: the content script calls these on every
 * SPA navigation, the reader uses them to turn any `/in/` link it finds into one canonical URL.
 *
 *   normalizeProfileUrl('https://de.linkedin.com/in/J%C3%BCrgen-M/details/experience/?x=1')
 *     → 'https://www.linkedin.com/in/j%C3%BCrgen-m/' (publicIdentifierFrom → 'jürgen-m')
 */
import type { PageKind } from './profile-schema';

const linkedinHost = /^(?:[a-z]{2,3}\.|www\.|m\.|touch\.|recruiter\.)?linkedin\.com$/;
/** A public identifier as LinkedIn allows it (letters of any script, digits, `-`, `_`). */
const identifierShape = /^[\p{L}\p{N}_-]{2,100}$/u;
/** The usual identifier, plain ASCII: nothing to decode or normalize (checked per link, per navigation). */
const asciiIdentifier = /^[A-Za-z0-9_-]{2,100}$/;

/** Parses `input` leniently (missing scheme, `//host` forms); null when it is not a LinkedIn URL. */
export function parseLinkedinUrl(input: string, base = 'https://www.linkedin.com'): URL | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  const withScheme = /^(?:[a-z]{2,3}\.|www\.|m\.|touch\.|recruiter\.)?linkedin\.com(?:\/|$)/i.test(trimmed)
    ? `https://${trimmed}`
    : trimmed;
  let url: URL;
  try {
    url = new URL(withScheme, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return linkedinHost.test(url.hostname.toLowerCase()) ? url : null;
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The public identifier of an `/in/<id>` URL (lower-cased, percent-decoded), or null. */
export function publicIdentifierFrom(input: string): string | null {
  const url = parseLinkedinUrl(input);
  if (!url) return null;
  const match = /^\/in\/([^/]+)/i.exec(url.pathname);
  return identifierOfSegment(match?.[1] ?? '');
}

/** The public identifier an `/in/` path segment names, as `publicIdentifierFrom` gives it, or null. */
export function identifierOfSegment(raw: string): string | null {
  if (asciiIdentifier.test(raw)) return raw.toLowerCase();
  const decoded = raw ? decodeSegment(raw) : null;
  if (!decoded) return null;
  const id = decoded.normalize('NFC').toLowerCase();
  return identifierShape.test(id) ? id : null;
}

/** `/in/ACoAA…` ids are opaque member ids, never the vanity name a page shows. */
export function isOpaqueMemberId(publicIdentifier: string): boolean {
  return /^aco[a-z0-9_-]{20,}$/.test(publicIdentifier);
}

/** The canonical URL for a public identifier (non-ASCII percent-encoded, as a browser would). */
export function profileUrlFor(publicIdentifier: string): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(publicIdentifier)}/`;
}

/**
 * One canonical `https://www.linkedin.com/in/<id>/` for any form of a member's `/in/` URL
 * (country or mobile subdomain, query, hash, `/overlay/…`, `/details/…`, case, no scheme); null
 * for anything else, including Sales Navigator and Recruiter URLs (their ids are opaque).
 */
export function normalizeProfileUrl(input: string): string | null {
  const id = publicIdentifierFrom(input);
  return id ? profileUrlFor(id) : null;
}

/** True for any https page on LinkedIn (www, country and mobile hosts): where content scripts run. */
export function isLinkedInPageUrl(input: string | undefined): boolean {
  const url = input ? parseLinkedinUrl(input) : null;
  return url !== null && url.protocol === 'https:' && /^https:\/\//i.test(input ?? '');
}

/**
 * The key a LinkedIn person is cached under: `in/<public identifier>` (the same for every form of
 * their URL), or for another LinkedIn URL its host and path, lower-cased.
 */
export function personKeyOf(profileUrl: string): string {
  const id = publicIdentifierFrom(profileUrl);
  if (id) return `in/${id}`;
  const url = parseLinkedinUrl(profileUrl);
  return url ? `${url.hostname}${url.pathname}`.toLowerCase().replace(/\/+$/, '') : profileUrl;
}

/** True for a member's `/in/<id>` URL (any subpage). */
export function isProfileUrl(input: string): boolean {
  return publicIdentifierFrom(input) !== null;
}

/** The Sales Navigator lead id of a `/sales/lead/<id>,…` (or `/sales/people/<id>,…`) URL. */
export function salesNavLeadIdFrom(input: string): string | null {
  const url = parseLinkedinUrl(input);
  const match = url && /^\/sales\/(?:lead|people)\/([A-Za-z0-9_-]{6,})/.exec(url.pathname);
  return match?.[1] ?? null;
}

/** The Recruiter id of a `/talent/profile/<id>` or Recruiter Lite `/recruiter/profile/<id>,…` URL. */
export function recruiterIdFrom(input: string): string | null {
  const url = parseLinkedinUrl(input);
  if (!url) return null;
  const match =
    /^\/talent\/(?:[^/]+\/)*profile\/([A-Za-z0-9_-]{6,})/.exec(url.pathname) ??
    /^\/recruiter\/profile\/([A-Za-z0-9_-]{3,})/.exec(url.pathname);
  return match?.[1] ?? null;
}

/** True for Sales Navigator's people search, where a lead panel can open over the results. */
export function isSalesNavSearchUrl(input: string): boolean {
  const url = parseLinkedinUrl(input);
  return url !== null && /^\/sales\/search\/people\/?$/.test(url.pathname);
}

/**
 * Which kind of profile page a URL can show. `/in/` pages answer `in-profile`: whether the
 * viewer is signed in (`public-profile`) is only known from the page itself.
 */
export function pageKindOfUrl(input: string): PageKind | null {
  if (isProfileUrl(input)) return 'in-profile';
  if (salesNavLeadIdFrom(input)) return 'sales-nav-lead';
  if (recruiterIdFrom(input)) return 'recruiter-profile';
  return null;
}

/**
 * The shape of a LinkedIn URL with every identifier replaced ("/in/<id>/details/experience/",
 * "/sales/lead/<id>"), for reader reports: it says which kind of page failed, never whose.
 */
export function urlPattern(input: string): string {
  const url = parseLinkedinUrl(input);
  if (!url) return '<not a LinkedIn URL>';
  const path = url.pathname
    .replace(/^\/in\/[^/]+/i, '/in/<id>')
    .replace(/^\/sales\/(lead|people)\/[^/]+/i, '/sales/$1/<id>')
    .replace(/^\/talent\/(.*\/)?profile\/[^/]+/i, (_m, mid: string | undefined) =>
      mid ? '/talent/<…>/profile/<id>' : '/talent/profile/<id>',
    )
    .replace(/^\/recruiter\/profile\/[^/]+/i, '/recruiter/profile/<id>')
    .replace(/\/\d{3,}(?=\/|$)/g, '/<n>');
  return `${url.hostname.replace(/^(?!www\.)[a-z]{2,3}\.linkedin/, '<cc>.linkedin')}${path}${url.search ? '?…' : ''}`;
}
