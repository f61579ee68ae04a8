/** LinkedIn's SPA navigation, reproduced in the page: the URL changes first, the new view renders `delayMs` later. */
import type { Page } from '@playwright/test';

export async function spaNavigate(page: Page, path: string, body: string, delayMs = 400): Promise<void> {
  await page.evaluate(
    ({ path, body, delayMs }) => {
      history.pushState({}, '', path);
      setTimeout(() => {
        document.body.innerHTML = body;
        document.body.dataset.spaView = path;
      }, delayMs);
    },
    { path, body, delayMs },
  );
}

/** The `<body>` of a whole page's HTML, to swap in as LinkedIn's router would. */
export function bodyOf(html: string): string {
  return /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
}

/** Waits until the view `spaNavigate` swapped in for `path` is rendered. */
export async function viewRendered(page: Page, path: string): Promise<void> {
  await page.waitForFunction((p) => document.body.dataset.spaView === p, path);
}
