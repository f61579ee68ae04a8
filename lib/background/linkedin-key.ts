/**
 * The LinkedIn identifier a Stardex person is cached under: the lower-cased `/in/<slug>` of the
 * profile URL (LinkedIn slugs are case-insensitive; country subdomains, query and trailing parts
 * vary between captures of the same person).
 */

/** The profile slug, or null for URLs that are not `linkedin.com/in/<slug>` profiles. */
export function linkedInSlug(profileUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(profileUrl);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase();
  if (host !== 'linkedin.com' && !host.endsWith('.linkedin.com')) return null;
  const [first, slug] = url.pathname.split('/').filter(Boolean);
  if (first?.toLowerCase() !== 'in' || !slug) return null;
  try {
    return decodeURIComponent(slug).toLowerCase();
  } catch {
    return slug.toLowerCase();
  }
}

/** Cache key: the slug, or for other URLs (Sales Navigator, Recruiter) the URL without query/hash. */
export function linkedInKey(profileUrl: string): string {
  const slug = linkedInSlug(profileUrl);
  if (slug) return `in/${slug}`;
  try {
    const url = new URL(profileUrl);
    return `${url.hostname}${url.pathname}`.toLowerCase().replace(/\/+$/, '');
  } catch {
    return profileUrl;
  }
}

/** The canonical profile URL sent to Stardex, so every capture of a person searches the same string. */
export function canonicalProfileUrl(profileUrl: string): string {
  const slug = linkedInSlug(profileUrl);
  return slug ? `https://www.linkedin.com/in/${encodeURIComponent(slug)}/` : profileUrl;
}
