/**
 * Starts Chromium with the built extension loaded, in a fresh persistent profile. Shared by the
 * e2e fixture, the benchmark and `npm start`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium-path';

/** The e2e build (`npm run build:e2e`): the production build plus the test hooks. */
export const EXTENSION_DIR = resolve('.output-e2e/chrome-mv3');

export interface LaunchOptions {
  extensionPath?: string;
  /** IANA zone for the whole browser process, service worker included (Playwright's timezoneId is not). */
  timezone?: string;
  headless?: boolean;
  /** Opens a DevTools port (loopback) for `cdpUrl()`: how tests reach the side panel. */
  debuggingPort?: boolean;
  /** A profile to start from (a browser restart); kept on close. Default: a fresh one, removed on close. */
  userDataDir?: string;
}

export interface LaunchedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The DevTools endpoint (with `debuggingPort`): a CDP connection lists the side panel's page. */
  cdpUrl(): string;
  close(): Promise<void>;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  const extensionPath = options.extensionPath ?? EXTENSION_DIR;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'stardex-e2e-'));
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    // The new headless mode runs extensions; Playwright's `headless: true` would pick the old shell.
    headless: false,
    args: [
      ...CHROMIUM_ARGS,
      ...(headless ? ['--headless=new'] : []),
      ...(options.debuggingPort ? ['--remote-debugging-address=127.0.0.1', '--remote-debugging-port=0'] : []),
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
    ],
    ignoreDefaultArgs: ['--disable-extensions'],
    env: { ...process.env, ...(options.timezone ? { TZ: options.timezone } : {}) },
    viewport: { width: 1280, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    cdpUrl() {
      // Chromium writes the port it chose on the first line of this file.
      const port = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
      return `http://127.0.0.1:${port}`;
    },
    async close() {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The current service worker (it may have been restarted since launch). */
export async function currentWorker(context: BrowserContext): Promise<Worker> {
  const live = context.serviceWorkers().filter((w) => w.url().startsWith('chrome-extension://'));
  return live.at(-1) ?? (await context.waitForEvent('serviceworker'));
}
