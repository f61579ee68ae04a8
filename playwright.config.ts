import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: the production build (`.output/chrome-mv3`, made by `npm run build`) loaded
 * into real Chromium, against the local Stardex sandbox. See tests/e2e/support/launch-extension.ts.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Each test gets its own browser profile; two at a time keeps a 2-core machine responsive.
  workers: process.env.CI ? 2 : 2,
  fullyParallel: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'retain-on-failure' },
});
