/**
 * Tells a member's real photo from LinkedIn's placeholders (ghost-person sprites, `data:` GIFs,
 * static.licdn.com illustrations): only a media.licdn.com `/dms/image/` asset counts.
 */
import { cleanText } from './text';

const photoPath = /\/dms\/image\/(?:v2\/)?[A-Za-z0-9_-]+\//;

/** The URL if it is a real member photo, else null. */
export function realPhotoUrl(candidate: string | null | undefined): string | null {
  const value = cleanText(candidate);
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !/(?:^|\.)licdn\.com$/.test(url.hostname)) return null;
  if (url.hostname.startsWith('static.')) return null;
  return photoPath.test(url.pathname) ? value : null;
}

/**
 * The widest real photo of a `srcset` ("url 100w, url 400w"; first candidate without
 * descriptors). A browser's "Webpage, Complete" save rewrites `src` to a local file but leaves
 * `srcset` as LinkedIn served it, so this is where a saved page still names the photo.
 */
export function photoOfSrcset(srcset: string | null): string | null {
  let best: { url: string; width: number } | null = null;
  // Candidates are separated by a comma followed by whitespace (URLs themselves may hold commas).
  for (const candidate of (srcset ?? '').split(/,\s+/)) {
    const [rawUrl, descriptor = ''] = candidate.trim().split(/\s+/);
    const url = realPhotoUrl(rawUrl);
    const width = Number.parseInt(descriptor, 10) || 0;
    if (url && (best === null || width > best.width)) best = { url, width };
  }
  return best?.url ?? null;
}

/** The real photo shown by an `<img>` (loaded `src`, a saved page's original, the lazy `data-delayed-url`, `srcset`), else null. */
export function photoOfImage(image: Element | null): string | null {
  if (!image || /\bghost/.test(image.getAttribute('class') ?? '')) return null;
  return (
    realPhotoUrl(image.getAttribute('src')) ??
    // A SavePage WE save inlines the image as data: and keeps the original URL here.
    realPhotoUrl(image.getAttribute('data-savepage-src')) ??
    realPhotoUrl(image.getAttribute('data-delayed-url')) ??
    realPhotoUrl(image.getAttribute('data-src')) ??
    photoOfSrcset(image.getAttribute('srcset')) ??
    photoOfSrcset(image.getAttribute('data-savepage-srcset'))
  );
}
