/**
 * `npm run screenshots`: pictures of the popup, the side panel, the page button on a 2026 profile
 * and the options page for the README, taken from the production build against the sandbox with
 * the e2e harness, so they show what the code does today. Writes docs/screenshots/{popup,
 * popup-dark,popup-cadence,popup-list,panel,panel-dark,page-button-2026,options}.png, and the store's images
 * from the demo's pages into docs/store/ (scripts/screenshots/store-images.ts).
 */

import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SANDBOX_DEMO_KEY } from '../lib/config';
import { startSandbox } from '../sandbox/server';
import { tabIdOf } from '../tests/e2e/pages/popup-page';
import { configureApi } from '../tests/e2e/support/api-settings';
import { launchExtension } from '../tests/e2e/support/launch-extension';
import { LinkedInRoutes } from '../tests/e2e/support/linkedin-routes';
import { sidePanel } from '../tests/e2e/support/panel';
import { takeStoreImages } from './screenshots/store-images';
import { DEMO_SEARCH_URL, serveDemoPages } from './start/demo-pages';

const PROFILE_URL = 'https://www.linkedin.com/in/tom%C3%A1s-ferreira-quist/';
const OUT = 'docs/screenshots';

const sandbox = await startSandbox({ port: 0, quiet: true });
const ext = await launchExtension({
  timezone: 'America/New_York',
  extensionPath: resolve('.output/chrome-mv3'),
  debuggingPort: true,
});
try {
  mkdirSync(OUT, { recursive: true });
  const routes = new LinkedInRoutes();
  routes.serve(PROFILE_URL, 'in-profile-2025.html');
  const plain = JSON.parse(
    readFileSync('tests/fixtures/linkedin/sdui-plain/plain-full.expected.json', 'utf8'),
  );
  routes.serve(plain.url, 'sdui-plain/plain-full.html');
  serveDemoPages(routes);
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

  // Pick and go on the demo's people search: the list form.
  const search = await ext.context.newPage();
  await search.goto(DEMO_SEARCH_URL);
  await search.locator('stardex-page-button').waitFor({ state: 'attached' });
  const searchTab = await tabIdOf(ext, search);
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${searchTab}`);
  await popup.getByText(/people picked$/).waitFor();
  await popup.screenshot({ path: `${OUT}/popup-list.png` });
  await search.close();

  await page.bringToFront();
  await page.locator('stardex-page-button').click();
  const panel = await sidePanel(ext);
  await panel.setViewportSize({ width: 380, height: 600 });
  await panel.getByText('Will be added to Stardex').or(panel.getByText('In Stardex')).first().waitFor();
  await panel.waitForTimeout(600); // the panel's fonts and person lookup settle
  await panel.screenshot({ path: `${OUT}/panel.png` });
  await panel.emulateMedia({ colorScheme: 'dark' });
  await panel.screenshot({ path: `${OUT}/panel-dark.png` });

  // The 2026 layout as LinkedIn serves it (no stylesheet here): the button in the top card's row.
  const profile2026 = await ext.context.newPage();
  await profile2026.setViewportSize({ width: 1280, height: 800 });
  await profile2026.goto(plain.url);
  const button = profile2026.locator('stardex-page-button');
  await button.waitFor({ state: 'attached' });
  await button.scrollIntoViewIfNeeded();
  await profile2026.screenshot({ path: `${OUT}/page-button-2026.png` });

  const options = await ext.context.newPage();
  await options.setViewportSize({ width: 900, height: 1100 });
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByLabel('API key', { exact: true }).waitFor();
  await options.screenshot({ path: `${OUT}/options.png` });
  console.log(
    `Wrote ${OUT}/popup.png, popup-dark.png, popup-cadence.png, popup-list.png, panel.png, panel-dark.png, page-button-2026.png, options.png`,
  );
  await options.close();
  await panel.emulateMedia({ colorScheme: 'light' });
  console.log(`Wrote ${(await takeStoreImages(ext, sandbox.url)).join(', ')}`);
} finally {
  await ext.close();
  await sandbox.close();
}
