/**
 * Canonical form of a LinkedIn profile URL, used by the sandbox to deduplicate persons the way Stardex
 * says it does ("linkedin_url is used for deduplication", docs/stardex-api.md §3.1). Variants that point at
 * the same profile (country/mobile subdomains, http, no www, trailing slash, query, hash, case,
 * percent-encoding, sub-pages like /details/experience) all map to `https://www.linkedin.com/in/<slug>/`.
 */

/** The lower-cased, percent-decoded profile slug, or null when the input is not a LinkedIn /in/ URL. */
export function linkedInSlug(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase();
  if (host !== 'linkedin.com' && !host.endsWith('.linkedin.com')) return null;
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  if (segments.length < 2 || segments[0]?.toLowerCase() !== 'in') return null;
  const slug = safeDecode(segments[1] ?? '')
    .trim()
    .toLowerCase();
  return slug === '' || slug.includes('/') ? null : slug;
}

/** `https://www.linkedin.com/in/<slug>/`, or null when the input is not a LinkedIn profile URL. */
export function normalizeLinkedInUrl(input: string): string | null {
  const slug = linkedInSlug(input);
  return slug === null ? null : `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A stray "%" that is not an escape: keep the text as typed rather than rejecting the URL.
    return segment;
  }
}
