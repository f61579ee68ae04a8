/**
 * The options page follows stored changes made elsewhere (another window, another device via
 * browser sync) without a reload, and never overwrites what the recruiter is typing meanwhile.
 * The "elsewhere" is the service worker writing `chrome.storage.sync` directly.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import type { LaunchedExtension } from './support/launch-extension';

async function openOptions(ext: LaunchedExtension): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(page.getByLabel('Daily reminder of tasks due today')).toBeVisible();
  return page;
}

/** Merges `patch` into the stored settings, as a sync from another device would. */
function writeSettingsElsewhere(ext: LaunchedExtension, patch: Record<string, unknown>) {
  return ext.worker.evaluate(async (p) => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(settings ?? {}), ...p } });
  }, patch);
}

test('a settings change from elsewhere shows at once', async ({ ext }) => {
  const page = await openOptions(ext);
  const reminder = page.getByLabel('Daily reminder of tasks due today');
  await expect(reminder).not.toBeChecked();
  await expect(page.getByLabel('Show the button on LinkedIn profiles')).toBeChecked();

  await writeSettingsElsewhere(ext, {
    dailyReminder: { enabled: true, time: '07:45' },
    showPageButton: false,
  });
  await expect(reminder).toBeChecked();
  await expect(page.getByLabel('Reminder time')).toHaveValue('07:45');
  await expect(page.getByLabel('Show the button on LinkedIn profiles')).not.toBeChecked();

  // And the page's own edits are saved where other surfaces read them.
  await reminder.uncheck();
  await expect
    .poll(() =>
      ext.worker.evaluate(async () => {
        const { settings } = await chrome.storage.sync.get('settings');
        return (settings as { dailyReminder: { enabled: boolean } }).dailyReminder.enabled;
      }),
    )
    .toBe(false);
});

test('text being typed survives changes arriving from elsewhere', async ({ ext }) => {
  const page = await openOptions(ext);
  const messageTemplate = page.getByLabel('LinkedIn message template');
  await messageTemplate.click();
  await messageTemplate.pressSequentially('Hello {firstName}');

  // An unrelated settings change and another template's change, while the text is unsaved.
  await writeSettingsElsewhere(ext, { showPageButton: false });
  await ext.worker.evaluate(async () => {
    const { templates } = await chrome.storage.sync.get('templates');
    await chrome.storage.sync.set({ templates: { ...(templates ?? {}), call: 'Call {firstName}' } });
  });
  await expect(page.getByLabel('Call template')).toHaveValue('Call {firstName}');
  await expect(page.getByLabel('Show the button on LinkedIn profiles')).not.toBeChecked();
  await expect(messageTemplate).toHaveValue('Hello {firstName}');
  await expect(messageTemplate).toBeFocused();

  // Once saved, the typed text and the other device's template are both stored.
  await expect
    .poll(() => ext.worker.evaluate(async () => (await chrome.storage.sync.get('templates')).templates))
    .toEqual({ linkedin_message: 'Hello {firstName}', call: 'Call {firstName}' });
});
