/** Page object for the popup, opened as `popup.html?tab=<id>` so it targets a given LinkedIn tab. */
import type { Page } from '@playwright/test';
import { waitForContentScript } from '../support/content-script';
import type { LaunchedExtension } from '../support/launch-extension';

/**
 * The browser's tab id of `page`. The extension may not see tab URLs (no `tabs` permission), so
 * the page is brought to the front and the active tab is asked for.
 */
export async function tabIdOf(ext: LaunchedExtension, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await ext.worker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  );
  if (id === undefined) throw new Error(`no active tab found for ${page.url()}`);
  return id;
}

export class PopupPage {
  constructor(readonly page: Page) {}

  static async openFor(ext: LaunchedExtension, target: Page): Promise<PopupPage> {
    await waitForContentScript(ext.context, target, ext.extensionId);
    const tabId = await tabIdOf(ext, target);
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    return new PopupPage(page);
  }

  taskType(name: string) {
    return this.page.getByRole('radiogroup', { name: 'Task type' }).getByRole('radio', { name });
  }
  get taskText() {
    return this.page.getByRole('textbox', { name: 'Task text' });
  }
  get due() {
    return this.page.getByLabel('Due', { exact: true });
  }
  get createButton() {
    return this.page.getByRole('button', { name: 'Create task' });
  }
}

/** Opens `fixture` at `url` in a new tab, then the popup for it, and fills and submits a task. */
export async function submitTaskFromPopup(
  ext: LaunchedExtension,
  target: Page,
  task: { type?: string; text: string; duePick?: string },
): Promise<PopupPage> {
  const popup = await PopupPage.openFor(ext, target);
  await popup.taskType(task.type ?? 'LinkedIn message').check();
  await popup.page.getByRole('button', { name: task.duePick ?? 'Tomorrow', exact: true }).click();
  await popup.taskText.fill(task.text);
  await popup.createButton.click();
  return popup;
}
