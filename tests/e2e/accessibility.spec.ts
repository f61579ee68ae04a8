/**
 * axe-core finds no serious or critical violation in the popup, the side panel (its extension
 * document, opened for the LinkedIn tab) and the options page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { PopupPage } from './pages/popup-page';
import { expect, test } from './support/fixtures';
import { sidePanel } from './support/panel';

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

test('the side panel has no serious accessibility violations, light or dark', async ({ ext, linkedin }) => {
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));
  await page.locator('stardex-page-button').click();
  const panel = await sidePanel(ext);
  await expect(panel.getByRole('button', { name: 'Create task' })).toBeVisible();
  expect(await seriousViolations(panel)).toEqual([]);
  await panel.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(panel)).toEqual([]);
});

test('a task typed into the side panel lands in Stardex', async ({ ext, sandbox, linkedin }) => {
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));
  await page.locator('stardex-page-button').click();
  const panel = await sidePanel(ext);
  // The panel opens with the focus in "Task text".
  const text = panel.getByRole('textbox', { name: 'Task text' });
  await expect(text).toBeFocused();
  await text.fill('Sent from the page panel');
  await text.press('ControlOrMeta+Enter');

  await expect
    .poll(
      async () => (await sandbox.state()).tasks.filter((t) => t.content_text === 'Sent from the page panel'),
      {
        timeout: 15_000,
      },
    )
    .toHaveLength(1);
});

test('the list form on a people search has no serious accessibility violations, light or dark', async ({
  ext,
  linkedin,
}) => {
  const page = await ext.context.newPage();
  await page.goto(
    linkedin.serve('https://www.linkedin.com/search/results/people/', 'lists/people-search-2024-en.html'),
  );
  const popup = await PopupPage.openFor(ext, page);
  await expect(popup.page.getByText('6 of 7 people picked')).toBeVisible();
  expect(await seriousViolations(popup.page)).toEqual([]);
  await popup.page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(popup.page)).toEqual([]);
});
