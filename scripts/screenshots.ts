/**
 * `npm run screenshots`: pictures of the popup, the in-page panel and the options page for the
 * README, taken from the production build against the sandbox with the e2e harness, so they show
 * what the code does today. Writes docs/screenshots/{popup,popup-dark,popup-cadence,panel,options}.png.
 */

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { SANDBOX_DEMO_KEY } from '../lib/config';
import { startSandbox } from '../sandbox/server';
import { tabIdOf } from '../tests/e2e/pages/popup-page';
import { configureApi } from '../tests/e2e/support/api-settings';
import { launchExtension } from '../tests/e2e/support/launch-extension';
import { LinkedInRoutes } from '../tests/e2e/support/linkedin-routes';

const PROFILE_URL = 'https://www.linkedin.com/in/tom%C3%A1s-ferreira-quist/';
const OUT = 'docs/screenshots';

const sandbox = await startSandbox({ port: 0, quiet: true });
const ext = await launchExtension({
  timezone: 'America/New_York',
  extensionPath: resolve('.output/chrome-mv3'),
});
try {
  mkdirSync(OUT, { recursive: true });
  const routes = new LinkedInRoutes();
  routes.serve(PROFILE_URL, 'in-profile-2025.html');
  await routes.install(ext.context);
  await configureApi(ext.worker, { apiKey: SANDBOX_DEMO_KEY, baseUrl: sandbox.url });

  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto(PROFILE_URL);
  const tabId = await tabIdOf(ext, page);

  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 }); // Chrome's popup: 380 wide (ours), 600 high at most
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('body[data-ready="true"]');
  await popup.getByText('Will be added to Stardex').or(popup.getByText('In Stardex')).first().waitFor();
  await popup.screenshot({ path: `${OUT}/popup.png` });
  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.screenshot({ path: `${OUT}/popup-dark.png` });
  await popup.emulateMedia({ colorScheme: 'light' });
  await popup.getByRole('combobox', { name: 'Cadence' }).selectOption({ index: 1 });
  await popup.getByRole('button', { name: 'Tomorrow', exact: true }).click();
  await popup.screenshot({ path: `${OUT}/popup-cadence.png` });

  await page.bringToFront();
  await page.locator('stardex-page-button').click();
  await page.locator('stardex-task-panel').waitFor({ state: 'attached' });
  await page.waitForTimeout(600); // the panel's fonts and person lookup settle
  await page.screenshot({ path: `${OUT}/panel.png` });

  const options = await ext.context.newPage();
  await options.setViewportSize({ width: 900, height: 1100 });
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByLabel('API key', { exact: true }).waitFor();
  await options.screenshot({ path: `${OUT}/options.png` });
  console.log(`Wrote ${OUT}/popup.png, popup-dark.png, popup-cadence.png, panel.png, options.png`);
} finally {
  await ext.close();
  await sandbox.close();
}
