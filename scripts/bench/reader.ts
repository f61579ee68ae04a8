/**
 * Profile-reader speed in Chromium: the reader is bundled with esbuild (the same code the content
 * script runs), injected into a page holding each fixture, and timed with performance.now().
 * Reports the median (and p90) of ≥ 20 runs per page, after warm-up runs. Pages: every fixture
 * (subfolders too), a ~1.5 MB synthetic signed-in page, a ~3 MB synthetic 2026 (SDUI) page (target:
 * ≤ 5 ms), and, when ../shared/linkedin-pages exists, the real pages
 * (numbers only). Executable page scripts are stripped (the reader never reads them, and they
 * would try to boot LinkedIn's app); JSON-LD and <code> JSON are kept. Network is blocked.
 *
 *   npx tsx scripts/bench/reader.ts        (standalone; `npm run bench` also calls benchReader)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { parseHTML } from 'linkedom';
import { chromium } from 'playwright-core';
import { guessPageUrl } from '../../lib/profile/page-url-guess';
import { readProfile } from '../../lib/profile/read-profile';
import { syntheticProfilePage, syntheticSduiPage } from './synthetic-profile-page';

const projectRoot = resolve(import.meta.dirname, '../..');
const fixtureDir = resolve(projectRoot, 'tests/fixtures/linkedin');
const sharedDir = resolve(projectRoot, '../shared/linkedin-pages');
const RUNS = 25;
const WARMUP = 5;

declare global {
  interface Window {
    __benchReader?: (runs: number, warmup: number) => { median: number; p90: number; result: string };
  }
}

async function bundleReader(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { readProfile } from './lib/profile/read-profile';
        import { guessPageUrl } from './lib/profile/page-url-guess';
        window.__benchReader = (runs, warmup) => {
          const url = guessPageUrl(document);
          let result;
          for (let i = 0; i < warmup; i++) result = readProfile(document, url);
          const times = [];
          for (let i = 0; i < runs; i++) {
            const start = performance.now();
            result = readProfile(document, url);
            times.push(performance.now() - start);
          }
          times.sort((a, b) => a - b);
          return { median: times[Math.floor(times.length / 2)], p90: times[Math.floor(times.length * 0.9)], result: JSON.stringify(result) };
        };`,
      resolveDir: projectRoot,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no output');
  return output.text;
}

/**
 * Removes comments, executable scripts (keeps JSON-LD and other data blocks) and CSP meta tags (saved
 * pages keep LinkedIn's `require-trusted-types-for 'script'`, which would refuse the injected
 * bundle; the real content script runs in an isolated world that CSP does not touch).
 */
function withoutExecutableScripts(html: string): string {
  return (
    html
      // Comments first (all but the saved-page URL): a comment that mentions "<script>" would
      // otherwise swallow the page up to the next real </script>.
      .replace(/<!--(?! saved from url)[\s\S]*?-->/g, '')
      .replace(/<script\b(?![^>]*type="application\/ld\+json")[^>]*>[\s\S]*?<\/script>/gi, '')
      .replace(/<meta[^>]*http-equiv=["']?content-security-policy[^>]*>/gi, '')
  );
}

function pagesToMeasure(): [name: string, html: string][] {
  const fixtures = readdirSync(fixtureDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file): [string, string] => [file, readFileSync(resolve(fixtureDir, file), 'utf8')]);
  const base = readFileSync(resolve(fixtureDir, 'in-profile-2025.html'), 'utf8');
  const sdui = readFileSync(resolve(fixtureDir, 'sdui/sdui-full.html'), 'utf8');
  const pages: [string, string][] = [
    ...fixtures,
    ['synthetic-signed-in-1.5MB', syntheticProfilePage(base)],
    ['synthetic-sdui-3MB', syntheticSduiPage(sdui)],
  ];
  if (existsSync(sharedDir)) {
    for (const file of readdirSync(sharedDir)
      .filter((name) => name.endsWith('.html'))
      .sort()) {
      pages.push([`shared:${file}`, readFileSync(resolve(sharedDir, file), 'utf8')]);
    }
  }
  return pages;
}

/** The CLI's result (linkedom), to check that Chromium reads every page the same way. */
function readInNode(html: string): string {
  const source = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`;
  const document = parseHTML(source).document as unknown as Document;
  return JSON.stringify(readProfile(document, guessPageUrl(document)));
}

/** Median `readProfile` time per page in Chromium, in milliseconds. */
export async function benchReader(opts: { chromiumPath: string }): Promise<Record<string, unknown>> {
  const bundle = await bundleReader();
  const browser = await chromium.launch({
    executablePath: opts.chromiumPath,
    args: [
      '--no-sandbox',
      '--headless=new',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const results: Record<string, unknown> = { chromium: browser.version(), runsPerPage: RUNS };
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    for (const [name, html] of pagesToMeasure()) {
      await page.setContent(withoutExecutableScripts(html), { waitUntil: 'domcontentloaded' });
      await page.addScriptTag({ content: bundle });
      const timing = await page.evaluate(
        ([runs, warmup]) => {
          const run = window.__benchReader;
          if (!run) throw new Error('reader bundle not loaded');
          return run(runs, warmup);
        },
        [RUNS, WARMUP] as const,
      );
      results[name] = {
        sizeKB: Math.round(html.length / 1024),
        medianMs: Number(timing.median.toFixed(3)),
        p90Ms: Number(timing.p90.toFixed(3)),
        kind: (JSON.parse(timing.result) as { kind: string }).kind,
        sameAsCli: timing.result === readInNode(html),
      };
    }
  } finally {
    await browser.close();
  }
  return results;
}

if (process.argv[1]?.endsWith('bench/reader.ts')) {
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  console.log(JSON.stringify(await benchReader({ chromiumPath }), null, 2));
}
