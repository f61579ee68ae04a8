/**
 * The Firefox build in a real Firefox (Debian's firefox-esr), driven over WebDriver BiDi with
 * puppeteer-core, against the sandbox: options (key and URL saved, and the key not in any storage
 * area a content script can read), the page button on a LinkedIn profile (a fixture served by
 * request interception), a task from the popup and one from the form the page button opens.
 *
 *   npm run test:firefox        (after `npm run build:firefox`; FIREFOX_PATH overrides the binary)
 *
 * Prints one line per check and "N passed, M failed"; exits 1 on any failure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { SANDBOX_DEMO_KEY } from '../../lib/config';
import { startSandbox } from '../../sandbox/server';

const GECKO_ID = 'linkedin-tasks@stardex.ai';
/** A fixed extension UUID (pref `extensions.webextensions.uuids`), so moz-extension URLs are known. */
const UUID = '6a8f2b9c-1d4e-4f50-9a3b-7c2d1e0f9a88';
const EXT = `moz-extension://${UUID}`;
const PROFILE_URL = 'https://www.linkedin.com/in/tom%C3%A1s-ferreira-quist/';
const SEARCH_URL = 'https://www.linkedin.com/search/results/people/?keywords=data%20engineer';
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const results: [string, boolean, string][] = [];
async function check(name: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
    results.push([name, true, '']);
  } catch (error) {
    results.push([name, false, error instanceof Error ? error.message : String(error)]);
  }
}
function expect(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** Opens an extension page (Firefox's BiDi navigation events for moz-extension: never settle). */
async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${EXT}${path}`, { timeout: 3_000 }).catch(() => undefined);
  await page.waitForFunction(
    () => document.readyState === 'complete' && location.protocol === 'moz-extension:',
  );
  return page;
}

/** A LinkedIn tab showing a fixture page (no network: every request is answered or refused here). */
async function linkedInTab(
  browser: Browser,
  url = PROFILE_URL,
  fixture = 'in-profile-2025.html',
): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  const html = readFileSync(resolve(`tests/fixtures/linkedin/${fixture}`), 'utf8');
  let intercepting = true;
  page.on('request', (request) => {
    if (!intercepting) return;
    const url = new URL(request.url());
    const handled =
      url.hostname.endsWith('linkedin.com') && request.isNavigationRequest()
        ? request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : request.abort();
    void handled.catch(() => undefined);
  });
  await page.goto(url);
  intercepting = false;
  await page.setRequestInterception(false);
  return page;
}

async function tasks(sandboxUrl: string): Promise<{ content_text: string }[]> {
  const body = (await (await fetch(`${sandboxUrl}/__admin/state`)).json()) as {
    data: { tasks: { content_text: string }[] };
  };
  return body.data.tasks;
}

async function waitFor<T>(
  probe: () => Promise<T | undefined | false>,
  what: string,
  ms = 15_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function main(): Promise<void> {
  if (!existsSync(resolve('.output/firefox-mv2/manifest.json')))
    throw new Error('run `npm run build:firefox` first');
  const sandbox = await startSandbox({ port: 0, quiet: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    // Lets the driver open moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
  });
  try {
    await browser.installExtension(resolve('.output/firefox-mv2'));
    const options = await openExtensionPage(browser, '/options.html');

    await check('options saves the key and the sandbox URL', async () => {
      await options.type('#sx-api-key', SANDBOX_DEMO_KEY);
      await options.type('#sx-base-url', sandbox.url);
      const save = await options.waitForSelector('::-p-text(Save)');
      await save?.click();
      await options.waitForSelector('::-p-text(Saved.)');
    });

    await check('the key is in no storage area a content script can read', async () => {
      const areas = await options.evaluate(async () => {
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        return JSON.stringify([await api.storage.local.get(null), await api.storage.sync.get(null)]);
      });
      expect(!areas.includes(SANDBOX_DEMO_KEY), `found the key in storage: ${areas.slice(0, 200)}`);
    });

    const tab = await linkedInTab(browser);
    await check('the page button shows on the profile', async () => {
      await tab.waitForSelector('stardex-page-button', { timeout: 15_000 });
    });

    await check('a task created from the popup lands in the sandbox', async () => {
      const tabId = await options.evaluate(async (url) => {
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        return (await api.tabs.query({ url: `${new URL(url).origin}/*` }))[0]?.id;
      }, PROFILE_URL);
      expect(tabId !== undefined, 'no LinkedIn tab found');
      const popup = await openExtensionPage(browser, `/popup.html?tab=${tabId}`);
      await popup.waitForSelector('::-p-text(Tomás Ferreira Quist)');
      await popup.click('#sx-text', { count: 3 });
      await popup.type('#sx-text', 'Sent from Firefox popup');
      await (await popup.waitForSelector('::-p-text(Create task)'))?.click();
      await waitFor(
        async () =>
          (await tasks(sandbox.url)).some((t) => t.content_text.includes('Sent from Firefox popup')),
        'the popup task',
      );
      await popup.close();
    });

    await check(
      'the page button opens the form for the tab outside the page, and its task lands',
      async () => {
        await tab.bringToFront();
        await tab.click('stardex-page-button');
        // Firefox has no side panel a page's click can open: the form opens as the toolbar popup for
        // the tab (a small window where the browser refuses), never inside the page. BiDi lists no
        // toolbar popup, so the options page reaches it as one of the extension's own views.
        const opened = await waitFor(
          () =>
            options.evaluate(() => {
              const ext = (globalThis as unknown as { browser: { extension: typeof chrome.extension } })
                .browser.extension;
              const view = ext.getViews().find((v) => v.location.pathname === '/popup.html');
              return view?.document.body.textContent?.includes('Tomás Ferreira Quist')
                ? view.location.search
                : false;
            }),
          'the form opened by the page button, about Tomás',
        );
        expect(opened.includes('tab='), `the form is not about the tab: ${opened}`);
        expect(
          (await tab.$$('iframe, stardex-task-panel')).length === 0,
          'something was framed into the page',
        );
        const inForm = (act: 'type' | 'create') =>
          options.evaluate((act) => {
            const ext = (globalThis as unknown as { browser: { extension: typeof chrome.extension } }).browser
              .extension;
            const view = ext.getViews().find((v) => v.location.pathname === '/popup.html') as Window &
              typeof globalThis;
            if (act === 'type') {
              const text = view.document.querySelector('#sx-text') as HTMLTextAreaElement;
              text.value = 'Sent from the Firefox page button';
              text.dispatchEvent(new view.Event('input', { bubbles: true }));
              return;
            }
            const buttons = [...view.document.querySelectorAll('button')];
            buttons.find((b) => b.textContent?.includes('Create task'))?.click();
          }, act);
        await inForm('type');
        await new Promise((resolve) => setTimeout(resolve, 300));
        await inForm('create');
        await waitFor(
          async () =>
            (await tasks(sandbox.url)).some((t) =>
              t.content_text.includes('Sent from the Firefox page button'),
            ),
          'the page button task',
        );
      },
    );

    await check('on a people search the button floats and opens the list of its people', async () => {
      const search = await linkedInTab(browser, SEARCH_URL, 'lists/people-search-2026-sdui-en.html');
      await search.waitForSelector('stardex-page-button[data-float]', { timeout: 15_000 });
      await search.click('stardex-page-button');
      await waitFor(
        () =>
          options.evaluate(() => {
            const ext = (globalThis as unknown as { browser: { extension: typeof chrome.extension } }).browser
              .extension;
            return ext
              .getViews()
              .some(
                (v) =>
                  v.location.pathname === '/popup.html' &&
                  (v.document.body.textContent?.includes('9 of 10 people picked') ?? false),
              );
          }),
        'the list form opened by the list button',
      );
    });
  } finally {
    await browser.close();
    await sandbox.close();
  }
}

await main().catch((error: unknown) => results.push(['Firefox smoke', false, String(error)]));
for (const [name, ok, why] of results)
  console.log(`${ok ? '✓' : '✘'} firefox: ${name}${ok ? '' : ` — ${why}`}`);
const failed = results.filter(([, ok]) => !ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
