/**
 * What LinkedIn's own scripts can observe of the extension, recorded by a spy that runs before
 * them (DOM mutations, events on window and document — WXT's event names included — and
 * postMessages), through a load and an SPA navigation, compared with the same page in the same
 * Chromium without the extension: with the page button off, the records are the same; with it
 * on, they differ by the button's host element and nothing else.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './support/chromium-path';
import { expect, test } from './support/fixtures';
import { LinkedInRoutes } from './support/linkedin-routes';
import { bodyOf } from './support/spa';

const ADA = 'https://www.linkedin.com/in/tom%C3%A1s-ferreira-quist/';
const NEXT = '/in/marta-okonkwo-lindqvist/';

/** Records what a page script can see; `extensionId` names WXT's events, which LinkedIn could listen for. */
function spyScript(extensionId: string): string {
  return `<script>(() => {
  const log = (window.__spy = []);
  const name = (n) => (n.nodeType === 1 ? n.nodeName : '#' + n.nodeType);
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') log.push('attr ' + name(r.target) + ' ' + r.attributeName);
      for (const n of r.addedNodes) log.push('add ' + name(n) + ' to ' + name(r.target));
      for (const n of r.removedNodes) log.push('remove ' + name(n) + ' from ' + name(r.target));
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const types = ['message', 'DOMContentLoaded', 'readystatechange', 'load', 'popstate', 'hashchange',
    'focusin', 'focusout', 'visibilitychange', 'pageshow',
    '${extensionId}:linkedin:wxt:content-script-started', '${extensionId}:linkedin:wxt:locationchange'];
  for (const target of [window, document])
    for (const type of types)
      target.addEventListener(type, (e) => log.push('event ' + type + ' on ' + (target === window ? 'window' : 'document') + (e.data ? ' ' + JSON.stringify(e.data) : '')), true);
  const post = window.postMessage.bind(window);
  window.postMessage = (...args) => { log.push('postMessage ' + JSON.stringify(args[0])); return post(...args); };
})();</script>`;
}

/** The fixture page with the spy first in its head. */
function spiedPage(extensionId: string): string {
  const html = readFileSync('tests/fixtures/linkedin/in-profile-2025.html', 'utf8');
  // Before any of the page's own markup (its header comment may quote a <head>).
  return html.replace(/^\s*(<!DOCTYPE[^>]*>)?/i, (doctype) => `${doctype}${spyScript(extensionId)}`);
}

/** Loads the page, lets it settle, navigates in-app as LinkedIn does, and returns the spy's log. */
async function record(context: BrowserContext, extensionId: string): Promise<string[]> {
  const routes = new LinkedInRoutes();
  routes.serveHtml(ADA, spiedPage(extensionId));
  await routes.install(context);
  const page: Page = await context.newPage();
  await page.goto(ADA);
  await page.waitForTimeout(1500);
  const next = bodyOf(readFileSync('tests/fixtures/linkedin/in-profile-2024.html', 'utf8'));
  await page.evaluate(
    ({ path, body }) => {
      history.pushState({}, '', path);
      setTimeout(() => {
        document.body.innerHTML = body;
      }, 300);
    },
    { path: NEXT, body: next },
  );
  await page.waitForTimeout(2000);
  return page.evaluate(() => (window as unknown as { __spy: string[] }).__spy);
}

/** The same page in the same Chromium without the extension. */
async function baseline(extensionId: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'stardex-baseline-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    headless: false,
    args: [...CHROMIUM_ARGS, '--headless=new'],
    viewport: { width: 1280, height: 900 },
  });
  try {
    return await record(context, extensionId);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Events and mutations, each in order (their interleaving depends on when observers are called back). */
function streams(log: string[]) {
  const isEvent = (line: string) => line.startsWith('event ') || line.startsWith('postMessage ');
  return { events: log.filter(isEvent), mutations: log.filter((line) => !isEvent(line)) };
}

const setPageButton = (ext: { worker: import('@playwright/test').Worker }, show: boolean) =>
  ext.worker.evaluate(async (showPageButton) => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(settings ?? {}), showPageButton } });
  }, show);

test('with the page button off, LinkedIn’s scripts see exactly what they see without the extension', async ({
  ext,
}) => {
  test.setTimeout(90_000);
  await setPageButton(ext, false);
  const without = await baseline(ext.extensionId);
  const withExtension = await record(ext.context, ext.extensionId);
  expect(without.length).toBeGreaterThan(3); // the spy saw the page's own load and navigation
  expect(streams(withExtension)).toStrictEqual(streams(without));
});

test('with the page button on, the only difference is the button’s host element', async ({ ext }) => {
  test.setTimeout(90_000);
  const without = await baseline(ext.extensionId);
  const withExtension = await record(ext.context, ext.extensionId);
  const ours = withExtension.filter((line) => line.includes('STARDEX-PAGE-BUTTON'));
  expect(ours.length).toBeGreaterThan(0);
  expect(ours.every((line) => /^(add|remove) STARDEX-PAGE-BUTTON /.test(line))).toBe(true);
  expect(streams(withExtension.filter((line) => !line.includes('STARDEX-PAGE-BUTTON')))).toStrictEqual(
    streams(without),
  );
});
