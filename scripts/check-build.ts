/**
 * Checks over the production builds' files (`npm run build` first): what must never ship.
 * - no content-script bundle, and nothing the popup or the side panel loads, carries the API
 *   key's storage definitions or the Firefox key store;
 * - no bundle carries the sandbox's demo key (development builds only) or e2e test hooks;
 * - the popup opens on two files: popup-boot.js, then popup-app.js, one module that imports no
 *   other file at open and carries the styles (entrypoints/popup/README.md).
 *
 *   npm run check:build     (part of npm test; prints "N passed, M failed")
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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

/** The scripts a page loads: its own, its modulepreloads, and every static import among them. */
function loadedBy(build: string, page: string): string[] {
  const html = readFileSync(join(build, page), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => join(build, m[1] ?? ''));
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.pop() as string;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g))
      queue.push(resolve(dirname(file), m[1] ?? ''));
  }
  return [...seen];
}

const keyHints = ['local:apiKey', 'sync:apiKey', 'stardex-secrets'];
const holdingKeyStorage = (list: string[]) =>
  list.flatMap((f) =>
    keyHints.filter((hint) => readFileSync(f, 'utf8').includes(hint)).map((h) => `${f}: ${h}`),
  );

/** What is wrong with the files popup.html loads at open (see the header). */
function popupOpeningProblems(build: string): string[] {
  const html = readFileSync(join(build, 'popup.html'), 'utf8');
  const urls = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1] ?? '');
  const scripts = urls(/<script[^>]*\ssrc="([^"]+)"/g).join(' ');
  const links = urls(/<link[^>]*\shref="([^"]+)"/g);
  const problems: string[] = [];
  if (scripts !== '/popup-boot.js /popup-app.js')
    problems.push(`scripts are "${scripts}", not "/popup-boot.js /popup-app.js"`);
  if (links.length > 0) problems.push(`links ${links.join(' ')}`);
  const loaded = loadedBy(build, 'popup.html').map((file) => file.slice(build.length + 1));
  if (loaded.length !== 2) problems.push(`loads ${loaded.join(' ')} at open`);
  const styles = readdirSync(join(build, 'assets')).filter((name) => name.startsWith('popup-app'));
  if (styles.length > 0)
    problems.push(`popup-app's styles went to a file no page links: ${styles.join(' ')}`);
  return problems;
}

const results: [string, string[]][] = [];
for (const build of builds) {
  if (!existsSync(build)) {
    results.push([`${build} exists`, ['missing: run npm run build']]);
    continue;
  }
  const all = files(build);
  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
    web_accessible_resources?: unknown;
  };
  const content = (manifest.content_scripts ?? [])
    .flatMap((entry) => entry.js ?? [])
    .map((f) => join(build, f));
  results.push([
    `${build}: the manifest lists the LinkedIn content script`,
    content.length === 1 && existsSync(content[0] ?? '') ? [] : [`content scripts: ${content.join(' ')}`],
  ]);
  results.push([`${build}: content scripts hold no key storage`, holdingKeyStorage(content)]);
  results.push([
    `${build}: the content script dispatches no event a page can hear (no WXT content-script context)`,
    content.filter((f) => /content-script-started|wxt:locationchange/.test(readFileSync(f, 'utf8'))),
  ]);
  results.push([
    `${build}: nothing is web-accessible`,
    manifest.web_accessible_resources === undefined
      ? []
      : [JSON.stringify(manifest.web_accessible_resources)],
  ]);
  for (const page of ['popup.html', 'sidepanel.html']) {
    const loaded = loadedBy(build, page);
    results.push([
      `${build}: ${page} loads no key storage (${loaded.length} scripts)`,
      loaded.length === 0 ? ['no script found'] : holdingKeyStorage(loaded),
    ]);
  }
  results.push([
    `${build}: popup.html opens on popup-boot.js and popup-app.js only`,
    popupOpeningProblems(build),
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
