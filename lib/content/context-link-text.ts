/**
 * Content-script side of the context menu: remembers the text of the last right-clicked link so
 * the background can name the person (Chrome's menu click info carries the URL, not the text).
 *
 *   const linkText = trackContextLinks(ctx.signal); // in the LinkedIn content script's main()
 *   linkText('https://www.linkedin.com/in/ada/')     // answers `getContextLinkText` (content-routes.ts)
 */

interface SeenLink {
  href: string;
  text: string;
}

/** The link text worth keeping: visible text, else the accessible label (image-only links). */
export function linkTextOf(anchor: HTMLAnchorElement): string {
  // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the line breaks between a card's name and headline, which nameFromLinkText splits on.
  const text = (anchor.innerText ?? anchor.textContent ?? '').trim();
  return text || (anchor.getAttribute('aria-label') ?? '').trim();
}

/** The text of `last` when it is the link the background asks about ('' otherwise). */
export function textForLink(last: SeenLink | null, linkUrl: string): string {
  if (!last) return '';
  return last.href === linkUrl ? last.text : '';
}

/** Tracks right-clicked links until `signal` aborts; returns the answer to `getContextLinkText`. */
export function trackContextLinks(
  signal: AbortSignal,
  doc: Document = document,
): (linkUrl: string) => string {
  let last: SeenLink | null = null;
  doc.addEventListener(
    'contextmenu',
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const anchor = target?.closest('a[href]');
      last =
        anchor instanceof HTMLAnchorElement
          ? { href: anchor.href, text: linkTextOf(anchor).slice(0, 500) }
          : null;
    },
    { capture: true, signal },
  );
  return (linkUrl) => textForLink(last, linkUrl);
}
