/**
 * `npm start`: starts the Stardex sandbox, builds a development build that falls back to it (when
 * no API key is set in Options), and opens Chromium with the extension loaded on a LinkedIn
 * profile. Set a real key in Options to talk to the real Stardex instead.
 *
 * `npm run demo` (`--demo`): the same, but Chromium never leaves this machine: it shows invented
 * people's profiles (the project's fixtures) at real LinkedIn URLs — a 2026 profile and a Sales
 * Navigator lead — so the page button, panel, popup and a task in the sandbox can be seen without
 * a LinkedIn account or network.
 *
 * Env: SANDBOX_PORT (default 8787), CHROMIUM_PATH, START_URL, HEADLESS=1 (for machines with no display).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { startSandbox } from '../sandbox/server';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/support/chromium-path';
import { LinkedInRoutes } from '../tests/e2e/support/linkedin-routes';

/** The demo's pages: invented people, at the URLs their fixtures name. */
const DEMO_PAGES = [
  ['https://www.linkedin.com/in/henrike-valdes-okafor-4a7c21/', 'sdui/sdui-full.html'],
  [
    'https://www.linkedin.com/sales/lead/ACwAACiyvkEBJ1qjFlEkvmer46lHRbFzok0iqc8,NAME_SEARCH,C822',
    'sales/lead-2026.html',
  ],
] as const;
const demo = process.argv.includes('--demo');

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
if (demo) {
  const routes = new LinkedInRoutes();
  for (const [url, fixture] of DEMO_PAGES) routes.serve(url, fixture);
  await routes.install(context);
}
const page = context.pages()[0] ?? (await context.newPage());
const firstUrl = demo ? DEMO_PAGES[0][0] : startUrl;
await page
  .goto(firstUrl)
  .catch((error: Error) => console.warn(`Could not open ${firstUrl}: ${error.message}`));
if (demo) {
  const lead = await context.newPage();
  await lead.goto(DEMO_PAGES[1][0]).catch(() => undefined);
  await page.bringToFront();
  console.log(
    'Demo: an invented 2026 profile and a Sales Navigator lead, served locally; nothing leaves this machine.',
  );
}
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
