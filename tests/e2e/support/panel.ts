/**
 * The task panel in e2e tests: the extension's side panel, opened by the page button. Playwright
 * lists no side panel among a context's pages; a CDP connection to the same browser does.
 */
import { type Browser, chromium, type Page } from '@playwright/test';
import { expect } from './fixtures';
import type { LaunchedExtension } from './launch-extension';

const connections = new WeakMap<LaunchedExtension, Promise<Browser>>();

function connect(ext: LaunchedExtension): Promise<Browser> {
  let browser = connections.get(ext);
  if (!browser) {
    browser = chromium.connectOverCDP(ext.cdpUrl());
    connections.set(ext, browser);
  }
  return browser;
}

/** The open side panel's page (waits for it to open). */
export async function sidePanel(ext: LaunchedExtension): Promise<Page> {
  const browser = await connect(ext);
  let panel: Page | undefined;
  await expect
    .poll(() => {
      panel = browser
        .contexts()
        .flatMap((context) => context.pages())
        .find((page) => page.url().endsWith('/sidepanel.html'));
      return panel !== undefined;
    })
    .toBe(true);
  return panel as Page;
}

/** How many side panels are open, as the extension itself counts them. */
export function openSidePanels(ext: LaunchedExtension): Promise<number> {
  return ext.worker.evaluate(
    async () =>
      (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] }))
        .length,
  );
}
