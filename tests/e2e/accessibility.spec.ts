/**
 * axe-core finds no serious or critical violation in the popup, the in-page panel (its extension
 * document, opened for the LinkedIn tab) and the options page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { PopupPage, tabIdOf } from './pages/popup-page';
import { expect, test } from './support/fixtures';

const PROFILE_URL = 'https://www.linkedin.com/in/tom%C3%A1s-ferreira-quist/';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('popup and options have no serious accessibility violations, light and dark', async ({
  ext,
  linkedin,
}) => {
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));
  const popup = await PopupPage.openFor(ext, page);
  await expect(popup.createButton).toBeVisible();
  await expect(popup.page.locator('body[data-ready="true"]')).toHaveCount(1);
  expect(await seriousViolations(popup.page)).toEqual([]);
  // Both themes follow the system; contrast is checked in each.
  await popup.page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(popup.page)).toEqual([]);

  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(options.getByLabel('API key', { exact: true })).toBeVisible();
  expect(await seriousViolations(options)).toEqual([]);
  await options.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(options)).toEqual([]);
});

test('the in-page panel has no serious accessibility violations', async ({ ext, linkedin }) => {
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));
  // The panel's document is an extension page; axe checks it opened for the same tab.
  const tabId = await tabIdOf(ext, page);
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/task-panel.html?tab=${tabId}`);
  await expect(panel.getByRole('button', { name: 'Create task' })).toBeVisible();
  await expect(panel.getByRole('dialog', { name: 'Stardex task' })).toBeVisible();
  expect(await seriousViolations(panel)).toEqual([]);
});

test('a task typed into the in-page panel lands in Stardex', async ({ ext, sandbox, linkedin }) => {
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));
  await page.locator('stardex-page-button').click();
  await expect(page.locator('stardex-task-panel')).toHaveCount(1);
  // The panel opens with the focus in "Task text" (a closed shadow root: the keyboard is the way in).
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('STARDEX-TASK-PANEL');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Sent from the page panel');
  await page.keyboard.press('ControlOrMeta+Enter');

  await expect
    .poll(
      async () => (await sandbox.state()).tasks.filter((t) => t.content_text === 'Sent from the page panel'),
      {
        timeout: 15_000,
      },
    )
    .toHaveLength(1);
});
