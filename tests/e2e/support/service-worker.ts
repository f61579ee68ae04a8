/**
 * Stops the extension's service worker the way Chrome does when it idles out, through the
 * DevTools protocol (`ServiceWorker.stopWorker`), so tests can prove work survives a dead worker.
 */
import type { BrowserContext, Page } from '@playwright/test';

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

/**
 * Stops the running background worker of `extensionId`; resolves once Chrome reports it stopped.
 * `ifRunning`: a worker that is listed but not running is fine as it is (the bench's floor
 * extension never wakes its own); otherwise the call waits for a running one.
 */
export async function stopServiceWorker(
  context: BrowserContext,
  extensionId: string,
  { ifRunning = false } = {},
): Promise<void> {
  const page: Page = await context.newPage();
  try {
    // An extension resource that sends no messages (a page like options would wake the worker again).
    await page.goto(`chrome-extension://${extensionId}/icon/16.png`);
    const cdp = await context.newCDPSession(page);
    const latest = new Map<string, WorkerVersion>();
    const stopped = new Set<string>();
    cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: WorkerVersion[] }) => {
      for (const version of event.versions) {
        latest.set(version.versionId, version);
        if (version.runningStatus === 'stopped') stopped.add(version.versionId);
      }
    });
    await cdp.send('ServiceWorker.enable');
    const ours = () =>
      [...latest.values()].filter((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`));
    await waitUntil(
      () => (ifRunning ? ours().length > 0 : ours().some((v) => v.runningStatus === 'running')),
      'the worker to be listed',
    );
    const running = ours().filter((v) => v.runningStatus !== 'stopped');
    for (const version of running) stopped.delete(version.versionId);
    for (const version of running)
      await cdp.send('ServiceWorker.stopWorker', { versionId: version.versionId });
    // Seen stopped once is enough: a popup whose channel the stop closed may wake it at once.
    await waitUntil(() => running.every((v) => stopped.has(v.versionId)), 'the worker to stop');
    await cdp.detach();
  } finally {
    await page.close();
  }
}

async function waitUntil(check: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
