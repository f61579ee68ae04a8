/**
 * `npm run bench`: builds the extension (and the floor popup it is timed against, scripts/bench/
 * floor-popup) and prints the numbers the project holds itself to — bundle sizes, profile-reader speed in
 * Chromium, popup open→ready time against the floor, picker searches while typing, outbox drain
 * against the sandbox, a batch of 25 people × 3 steps within the rate limit.
 * Results also go to .output/bench.json. Each section is measured by its own module in scripts/bench/.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium } from '../tests/e2e/support/chromium-path';
import { benchBundleSizes } from './bench/bundle-sizes';

const outputDir = resolve('.output/chrome-mv3');
/** The floor popup the real one is measured against, built from scripts/bench/floor-popup. */
const floorDir = resolve('.output/bench-floor/chrome-mv3');
/** The e2e build (it may reach the local sandbox, which the production manifest does not allow). */
const e2eDir = resolve('.output-e2e/chrome-mv3');

type Section = [name: string, run: () => Promise<Record<string, unknown>>];

const sections: Section[] = [
  ['Bundle sizes', async () => benchBundleSizes(outputDir)],
  [
    'Profile reader in Chromium',
    async () => (await import('./bench/reader')).benchReader({ chromiumPath: findChromium() }),
  ],
  [
    'Popup',
    async () =>
      (await import('./bench/popup')).benchPopup({
        chromiumPath: findChromium(),
        extensionPath: outputDir,
        floorPath: floorDir,
      }),
  ],
  [
    'Typing in a picker',
    async () => (await import('./bench/pickers')).benchPickers({ extensionPath: outputDir }),
  ],
  ['Content script', async () => (await import('./bench/content')).benchContent({ outputDir })],
  [
    'Content script cost per LinkedIn navigation',
    async () => (await import('./bench/navigation-cost')).benchNavigationCost({ extensionPath: outputDir }),
  ],
  [
    'Content script cost per navigation between result pages',
    async () =>
      (await import('./bench/list-navigation-cost')).benchListNavigationCost({ extensionPath: outputDir }),
  ],
  ['Outbox and requests', async () => (await import('./bench/outbox')).benchOutbox()],
  ['A batch for many people', async () => (await import('./bench/batch-run')).benchBatchRun()],
  [
    'Requests per scenario (popup, sandbox)',
    async () => (await import('./bench/requests')).benchRequests({ extensionPath: e2eDir }),
  ],
];

/** `npm run bench -- --only <words>`: the sections whose name contains the words (case-insensitive). */
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? (process.argv[onlyAt + 1] ?? '').toLowerCase() : '';
const chosen = sections.filter(([name]) => name.toLowerCase().includes(only));

execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
execFileSync('npm', ['run', 'build:e2e'], { stdio: ['ignore', 'ignore', 'inherit'] });
execFileSync('npx', ['wxt', 'build', 'scripts/bench/floor-popup'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const results: Record<string, Record<string, unknown>> = {};
let failed = false;
for (const [name, run] of chosen) {
  try {
    results[name] = await run();
  } catch (error) {
    failed = true;
    results[name] = { error: error instanceof Error ? error.message : String(error) };
  }
  console.log(`\n## ${name}`);
  for (const [key, value] of Object.entries(results[name] ?? {})) {
    console.log(`  ${key}: ${typeof value === 'object' ? JSON.stringify(value) : value}`);
  }
}
if (!only) writeFileSync('.output/bench.json', `${JSON.stringify(results, null, 2)}\n`);
process.exit(failed ? 1 : 0);
