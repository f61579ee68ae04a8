/**
 * Checks over the production builds' files (`npm run build` first): what must never ship.
 * - no content-script bundle carries the API key's storage definitions or the Firefox key store;
 * - no bundle carries the sandbox's demo key (development builds only) or e2e test hooks.
 *
 *   npm run check:build     (part of npm test; prints "N passed, M failed")
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SANDBOX_DEMO_KEY } from '../lib/config';

const builds = ['chrome-mv3', 'edge-mv3', 'firefox-mv2'].map((name) => resolve('.output', name));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(join(dir, entry.name))
      : entry.name.endsWith('.js')
        ? [join(dir, entry.name)]
        : [],
  );
}

const results: [string, string[]][] = [];
for (const build of builds) {
  if (!existsSync(build)) {
    results.push([`${build} exists`, ['missing: run npm run build']]);
    continue;
  }
  const all = files(build);
  const content = all.filter((f) => f.includes(`${join(build, 'content-scripts')}`));
  const keyHints = ['local:apiKey', 'sync:apiKey', 'stardex-secrets'];
  results.push([
    `${build}: content scripts hold no key storage`,
    content.flatMap((f) =>
      keyHints.filter((hint) => readFileSync(f, 'utf8').includes(hint)).map((h) => `${f}: ${h}`),
    ),
  ]);
  results.push([
    `${build}: no test hooks`,
    all.filter((f) => readFileSync(f, 'utf8').includes('stardexWaysIn')),
  ]);
  results.push([
    `${build}: no sandbox demo key`,
    all.filter((f) => readFileSync(f, 'utf8').includes(SANDBOX_DEMO_KEY)),
  ]);
}
for (const [name, problems] of results)
  console.log(
    `${problems.length === 0 ? '✓' : '✘'} ${name}${problems.length ? `: ${problems.join(', ')}` : ''}`,
  );
const failed = results.filter(([, p]) => p.length > 0).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
