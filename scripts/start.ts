/**
 * `npm start`: starts the Stardex sandbox, builds a development build that falls back to it (when
 * no API key is set in Options), and opens Chromium with the extension loaded (its toolbar icon
 * pinned) on a LinkedIn profile. Set a real key in Options to talk to the real Stardex instead.
 *
 * LinkedIn first: when linkedin.com cannot be reached, or this Chromium profile
 * (`.output/chrome-profile`) holds no LinkedIn session, it starts the demo instead and says so.
 * `--linkedin` opens LinkedIn anyway (to sign in there once; the profile keeps the session).
 *
 * `npm run demo` (`--demo`): Chromium never leaves this machine: it shows invented people's pages
 * (tests/fixtures/linkedin/demo/) at real LinkedIn URLs — a 2026 profile and a Sales Navigator lead
 * who is in the sandbox, and in front a feed page whose popup's Due today lists a message to the
 * profile's person — so Due today, the page button, panel, popup and a task landing in the sandbox
 * can be seen without a LinkedIn account or network.
 *
 * Env: SANDBOX_PORT (default 8787), CHROMIUM_PATH, START_URL, HEADLESS=1 (for machines with no display).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { startSandbox } from '../sandbox/server';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/support/chromium-path';
import { LinkedInRoutes } from '../tests/e2e/support/linkedin-routes';
import { addDemoDueTask, addDemoLead, chooseDemoMe, DEMO_PAGES, serveDemoPages } from './start/demo-pages';
import { watchLandedTasks } from './start/landed-tasks';
import { isReachable } from './start/linkedin-reachable';
import { pinUnpackedExtension } from './start/pinned-extension';
import { chooseStart, hasLinkedInSession } from './start/start-mode';

const demoAsked = process.argv.includes('--demo');
const linkedInAsked = process.argv.includes('--linkedin');
const port = Number(process.env.SANDBOX_PORT ?? 8787);
const startUrl = process.env.START_URL ?? 'https://www.linkedin.com/in/me/';
const headless = process.env.HEADLESS === '1';

const reachable = demoAsked || (await isReachable());
const sandbox = await startSandbox({ port });
console.log(`Stardex sandbox: ${sandbox.url} (demo key preconfigured in this development build)`);

const outDir = resolve('.output/chrome-mv3-dev');
execFileSync('npx', ['wxt', 'build', '--mode', 'development'], {
  stdio: 'inherit',
  env: { ...process.env, STARDEX_DEV_SANDBOX_URL: sandbox.url },
});

const profileDir = resolve('.output/chrome-profile');
mkdirSync(profileDir, { recursive: true });
const pinnedId = pinUnpackedExtension(profileDir, outDir);
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: findChromium(),
  headless: false,
  ignoreDefaultArgs: ['--disable-extensions', '--enable-automation'],
  args: [
    ...CHROMIUM_ARGS.filter((flag) => flag !== '--no-sandbox' || process.getuid?.() === 0),
    ...(headless ? ['--headless=new'] : []),
    '--window-size=1280,800',
    `--disable-extensions-except=${outDir}`,
    `--load-extension=${outDir}`,
  ],
  viewport: null,
});
const signedIn = hasLinkedInSession(await context.cookies('https://www.linkedin.com'));
const mode = chooseStart({ demo: demoAsked, linkedIn: linkedInAsked, reachable, signedIn });
if (mode.why) console.log(mode.why);
await warnUnlessPinned(context, pinnedId);

const page = context.pages()[0] ?? (await context.newPage());
if (mode.kind === 'demo') {
  const routes = new LinkedInRoutes();
  serveDemoPages(routes);
  await routes.install(context);
  await addDemoLead(sandbox.url);
  await addDemoDueTask(sandbox.url);
  await chooseDemoMe(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  const [[profileUrl], [leadUrl], [feedUrl], [searchUrl]] = DEMO_PAGES;
  const lead = await context.newPage();
  await lead.goto(leadUrl).catch(() => undefined);
  const search = await context.newPage();
  await search.goto(searchUrl).catch(() => undefined);
  await page
    .goto(profileUrl)
    .catch((error: Error) => console.warn(`Could not open the demo: ${error.message}`));
  // In front: a page that is not a profile, where the popup shows Due today.
  const feed = await context.newPage();
  await feed.goto(feedUrl).catch(() => undefined);
  await feed.bringToFront();
  console.log(
    'Demo: an invented 2026 profile, a Sales Navigator lead (in the sandbox: "Find in Stardex by name") and a people search of ten (pick people, then "Create N tasks"; other result lists at the addresses in the README), served locally; nothing leaves this machine. In front, a feed page: the toolbar icon shows Due today, with a LinkedIn message to Leonie Achterberg due today; her name opens her profile with that task first, ready to copy and log. Each task you create is printed here as it lands in the sandbox.',
  );
} else {
  const firstUrl = signedIn ? startUrl : 'https://www.linkedin.com/login';
  await page
    .goto(firstUrl)
    .catch((error: Error) => console.warn(`Could not open ${firstUrl}: ${error.message}`));
}
watchLandedTasks(sandbox.store, (line) => console.log(line));
console.log(
  `Chromium is running with the extension from ${outDir}. Close the browser or press Ctrl+C to stop.`,
);

/** Says so when Chromium gave the extension another id than the one pinned (the icon is then in the puzzle menu). */
async function warnUnlessPinned(browser: BrowserContext, expectedId: string): Promise<void> {
  const worker = browser.serviceWorkers()[0] ?? (await browser.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  if (id !== expectedId)
    console.warn(`The toolbar icon is not pinned: the extension's id is ${id}, not ${expectedId}.`);
}

const stop = async () => {
  await context.close().catch(() => {});
  await sandbox.close();
  process.exit(0);
};
context.on('close', stop);
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
