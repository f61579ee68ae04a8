/**
 * Strict text helpers: every value the reader returns goes through `cleanText`, so a field is
 * either meaningful text or null, never '' or a run of whitespace.
 */

const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

const entityPattern = /&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]+);/gi;

function decodeEntity(whole: string, body: string): string {
  if (body.startsWith('#')) {
    const code =
      body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  }
  return namedEntities[body.toLowerCase()] ?? whole;
}

/**
 * Decodes HTML entities left in text that the DOM has already decoded once. LinkedIn
 * double-escapes some attributes (`og:title` holds `&amp;amp;`), so decoding repeats while
 * something changes, at most three times.
 */
export function decodeEntities(text: string): string {
  let current = text;
  for (let round = 0; round < 3 && current.includes('&'); round++) {
    const next = current.replace(entityPattern, decodeEntity);
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * Unicode's Bidi_Control characters (UAX #9: the Arabic letter mark, directional marks,
 * embeddings, overrides and isolates), zero-width spaces, word joiners and BOMs: they
 * let a name display as something else ("moc.elgoog" shown reversed) and Stardex would store
 * them. Zero-width (non-)joiners stay: emoji sequences and Persian or Indic script need them.
 */
const invisibleControls = /[\p{Bidi_Control}\u200b\u2060\ufeff]/gu;

/** `text` without bidi controls and zero-width spaces (see above). */
export function stripInvisibleControls(text: string): string {
  return text.replace(invisibleControls, '');
}

/** Collapses whitespace (including NBSP), drops invisible controls, and trims. */
export function collapseWhitespace(text: string): string {
  return stripInvisibleControls(text)
    .replace(/[\s\u00a0\u2028\u2029]+/g, ' ')
    .trim();
}

/**
 * "******* ** *****": what LinkedIn shows signed-out viewers instead of a title or company. Only
 * asterisks (at least three) between spaces and separators: a masked value is no value.
 */
const masked = /^[\s*·•.,\-–—|]*\*{3,}[\s*·•.,\-–—|]*$/;

/** Entity-decoded, whitespace-collapsed text, or null when nothing (or only a mask) is left. */
export function cleanText(text: string | null | undefined): string | null {
  if (text == null) return null;
  const cleaned = collapseWhitespace(decodeEntities(text));
  return cleaned === '' || masked.test(cleaned) ? null : cleaned;
}

/**
 * "960 seguidores", "500+ connections", "Plus de 500 relations", "フォロワー: 960人": a count with
 * its label (a number and at most three words, in any language), which is never a place.
 */
export function isCount(text: string): boolean {
  if (!/\d/.test(text)) return false;
  return (
    text
      .replace(/[\d.,\s+]+[kKmM]?\+?/g, ' ')
      .split(/[\s:：]+/)
      .filter(Boolean).length <= 3
  );
}

/** `cleanText` of an element's text content; null for a missing element. */
export function textOf(element: Element | null | undefined): string | null {
  return element ? cleanText(element.textContent) : null;
}

/** `cleanText` of an attribute; null for a missing element or attribute. */
export function attributeOf(element: Element | null | undefined, name: string): string | null {
  return element ? cleanText(element.getAttribute(name)) : null;
}
