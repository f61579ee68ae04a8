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

/** The real photo shown by an `<img>` (loaded `src`, or the lazy `data-delayed-url`), else null. */
export function photoOfImage(image: Element | null): string | null {
  if (!image || /\bghost/.test(image.getAttribute('class') ?? '')) return null;
  return (
    realPhotoUrl(image.getAttribute('src')) ??
    realPhotoUrl(image.getAttribute('data-delayed-url')) ??
    realPhotoUrl(image.getAttribute('data-src'))
  );
}
