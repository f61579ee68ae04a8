/**
 * `npm start`: starts the Stardex sandbox, builds a development build that falls back to it (when
 * no API key is set in Options), and opens Chromium with the extension loaded on a LinkedIn
 * profile. Set a real key in Options to talk to the real Stardex instead.
 *
 * Env: SANDBOX_PORT (default 8787), CHROMIUM_PATH, START_URL, HEADLESS=1 (for machines with no display).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { startSandbox } from '../sandbox/server';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/support/chromium-path';

const port = Number(process.env.SANDBOX_PORT ?? 8787);
const startUrl = process.env.START_URL ?? 'https://www.linkedin.com/in/me/';
const headless = process.env.HEADLESS === '1';

const sandbox = await startSandbox({ port });
console.log(`Stardex sandbox: ${sandbox.url} (demo key preconfigured in this development build)`);

const outDir = resolve('.output/chrome-mv3-dev');
execFileSync('npx', ['wxt', 'build', '--mode', 'development'], {
  stdio: 'inherit',
  env: { ...process.env, STARDEX_DEV_SANDBOX_URL: sandbox.url },
});

const profileDir = resolve('.output/chrome-profile');
mkdirSync(profileDir, { recursive: true });
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: findChromium(),
  headless: false,
  ignoreDefaultArgs: ['--disable-extensions', '--enable-automation'],
  args: [
    ...CHROMIUM_ARGS.filter((flag) => flag !== '--no-sandbox' || process.getuid?.() === 0),
    ...(headless ? ['--headless=new'] : []),
    `--disable-extensions-except=${outDir}`,
    `--load-extension=${outDir}`,
  ],
  viewport: null,
});
const page = context.pages()[0] ?? (await context.newPage());
await page
  .goto(startUrl)
  .catch((error: Error) => console.warn(`Could not open ${startUrl}: ${error.message}`));
console.log(
  `Chromium is running with the extension from ${outDir}. Close the browser or press Ctrl+C to stop.`,
);

const stop = async () => {
  await context.close().catch(() => {});
  await sandbox.close();
  process.exit(0);
};
context.on('close', stop);
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
