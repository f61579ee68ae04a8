/**
 * The `?tab=<id>` of a form page's URL (form-target.ts): the tab a popup opened in its own window
 * is about. Apart from form-target.ts, which needs the profile helpers, so that popup-boot.js can
 * read it without them.
 */
export function tabIdFromSearch(search: string): number | undefined {
  const tab = new URLSearchParams(search).get('tab');
  return tab !== null && /^\d{1,10}$/.test(tab) ? Number(tab) : undefined;
}
