/**
 * Typing in a picker (target: never more than one search per 300 ms). Types into the popup's Job
 * picker in the built extension, against the sandbox, in the rhythms recruiters type in: a fast
 * burst, hesitant keys just under the debounce, corrections with backspace, and slow keys just
 * over it. Counts the searches that reached the sandbox and the smallest gap between two of them.
 */
import type { Locator } from '@playwright/test';
import { SANDBOX_DEMO_KEY } from '../../lib/config';
import { startSandbox } from '../../sandbox/server';
import { PopupPage } from '../../tests/e2e/pages/popup-page';
import { configureApi } from '../../tests/e2e/support/api-settings';
import { launchExtension } from '../../tests/e2e/support/launch-extension';
import { LinkedInRoutes } from '../../tests/e2e/support/linkedin-routes';
import { SandboxAdmin } from '../../tests/e2e/support/sandbox-admin';

const PROFILE_URL = 'https://www.linkedin.com/in/tom%C3%A1s-ferreira-quist/';
const SETTLE_MS = 700;

/** Each step: keys typed with a fixed gap, then a pause (in which the last search may run). */
const RHYTHM: { keys: string[]; gapMs: number }[] = [
  { keys: [...'Backend Engineer'], gapMs: 60 }, // a fast burst: one search at the end
  { keys: [...' Lisbon'], gapMs: 250 }, // hesitant, just under the debounce: still one
  { keys: ['Backspace', 'Backspace', 'Backspace'], gapMs: 100 }, // a correction: one
  { keys: [...'abc'], gapMs: 350 }, // slow, just over it: one per key, ≥ 300 ms apart
];

/** A debounced picker searches once per pause of 300 ms or more: after each slow key, or once a step. */
function expectedSearches(): number {
  return RHYTHM.reduce((sum, step) => sum + (step.gapMs >= 300 ? step.keys.length : 1), 0);
}

async function typeRhythm(field: Locator): Promise<number> {
  let keystrokes = 0;
  for (const step of RHYTHM) {
    for (const key of step.keys) {
      await field.press(key);
      keystrokes++;
      await field.page().waitForTimeout(step.gapMs);
    }
    await field.page().waitForTimeout(SETTLE_MS);
  }
  return keystrokes;
}

export async function benchPickers(opts: { extensionPath: string }): Promise<Record<string, unknown>> {
  const sandbox = await startSandbox({ port: 0, quiet: true });
  const ext = await launchExtension({ extensionPath: opts.extensionPath });
  try {
    const admin = new SandboxAdmin(sandbox.url);
    await configureApi(ext.worker, { apiKey: SANDBOX_DEMO_KEY, baseUrl: sandbox.url });
    const routes = new LinkedInRoutes();
    routes.serve(PROFILE_URL, 'in-profile-2025.html');
    await routes.install(ext.context);
    const target = await ext.context.newPage();
    await target.goto(PROFILE_URL);
    const popup = await PopupPage.openFor(ext, target);
    await popup.page.waitForSelector('body[data-ready="true"]');
    // The links sit behind their disclosure (the form fits the 600 px popup).
    await popup.page.getByRole('button', { name: 'Link to a job, deal or client' }).click();
    const field = popup.page.getByRole('combobox', { name: 'Job' });
    await field.click();
    const since = Date.now();
    const keystrokes = await typeRhythm(field);
    const searches = (await admin.requests())
      .filter((r) => r.path === '/v1/jobs/search' && Date.parse(r.at) >= since)
      .map((r) => Date.parse(r.at))
      .sort((a, b) => a - b);
    const gaps = searches.slice(1).map((at, i) => at - (searches[i] as number));
    const minGap = gaps.length ? Math.min(...gaps) : null;
    return {
      keystrokes,
      'searches sent': searches.length,
      'searches expected (one per pause ≥ 300 ms)': expectedSearches(),
      'smallest gap between searches, ms': minGap,
      'at most one search per 300 ms': minGap === null || minGap >= 300,
    };
  } finally {
    await ext.close();
    await sandbox.close();
  }
}
