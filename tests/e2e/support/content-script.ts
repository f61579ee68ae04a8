/**
 * Waits until the extension's content script has been injected into `page` (its isolated world
 * exists). Content scripts run at `document_idle`, which on a loaded CI machine can come after
 * Playwright's `load`; a test that right-clicks or opens the popup before then races the injection.
 */
import type { BrowserContext, Page } from '@playwright/test';

interface ExecutionContext {
  origin: string;
  auxData?: { type?: string };
}

export async function waitForContentScript(
  context: BrowserContext,
  page: Page,
  extensionId: string,
  timeoutMs = 10_000,
): Promise<void> {
  const cdp = await context.newCDPSession(page);
  try {
    let injected = false;
    cdp.on('Runtime.executionContextCreated', (event: { context: ExecutionContext }) => {
      if (
        event.context.origin === `chrome-extension://${extensionId}` &&
        event.context.auxData?.type === 'isolated'
      ) {
        injected = true;
      }
    });
    await cdp.send('Runtime.enable'); // reports the contexts that already exist, too
    const deadline = Date.now() + timeoutMs;
    while (!injected) {
      if (Date.now() > deadline) throw new Error(`the content script was not injected into ${page.url()}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    await cdp.detach();
  }
}
