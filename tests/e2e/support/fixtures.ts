/**
 * The one Playwright fixture of the e2e suite: a fresh Chromium profile with the production build
 * loaded, the Stardex sandbox (one server per worker, reset per test), and LinkedIn fixture routing.
 *
 *   import { test, expect } from './support/fixtures';
 *   test('…', async ({ ext, sandbox, linkedin }) => { … });
 */
import { test as base } from '@playwright/test';
import { SANDBOX_DEMO_KEY } from '../../../lib/config';
import { startSandbox } from '../../../sandbox/server';
import { configureApi } from './api-settings';
import { type LaunchedExtension, launchExtension } from './launch-extension';
import { LinkedInRoutes } from './linkedin-routes';
import { SandboxAdmin } from './sandbox-admin';

interface TestFixtures {
  /** IANA zone of the browser process (service worker included). */
  timezone: string;
  /** The key stored in the extension at start ('' = first run, no key). */
  apiKey: string;
  sandbox: SandboxAdmin;
  linkedin: LinkedInRoutes;
  ext: LaunchedExtension;
}

interface WorkerFixtures {
  sandboxServer: { url: string; close(): Promise<void> };
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  sandboxServer: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring pattern.
    async ({}, use) => {
      const server = await startSandbox({ port: 0, quiet: true });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  timezone: ['America/Los_Angeles', { option: true }],
  apiKey: [SANDBOX_DEMO_KEY, { option: true }],
  sandbox: async ({ sandboxServer }, use) => {
    const admin = new SandboxAdmin(sandboxServer.url);
    await admin.reset();
    await use(admin);
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring pattern.
  linkedin: async ({}, use) => {
    await use(new LinkedInRoutes());
  },
  ext: async ({ timezone, apiKey, linkedin, sandbox }, use) => {
    const ext = await launchExtension({ timezone, debuggingPort: true });
    await linkedin.install(ext.context);
    await configureApi(ext.worker, { apiKey, baseUrl: sandbox.url });
    await use(ext);
    await ext.close();
  },
});

export { expect } from '@playwright/test';

export { configureApi } from './api-settings';
