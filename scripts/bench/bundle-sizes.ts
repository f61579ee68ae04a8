/**
 * Gzipped sizes of what each surface loads: the content script (every LinkedIn page), the panel
 * script (only when opened), the background worker, and the popup/options pages with every chunk
 * their HTML pulls in.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Every JS/CSS file an HTML page of the build loads (scripts, modulepreloads, stylesheets). */
function assetsOfPage(outputDir: string, html: string): string[] {
  const page = readFileSync(join(outputDir, html), 'utf8');
  const refs = [...page.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  return refs.map((ref) => resolve(outputDir, dirname(html), ref.replace(/^\//, '')));
}

/**
 * Adds what a JS chunk pulls in, recursively: static imports always; with `dynamic`, also the
 * chunks it imports lazily: `import(\`./x.js\`)`, and what Vite preloads with them (listed, with
 * their CSS, as "chunks/…"/"assets/…" strings).
 */
function withImports(outputDir: string, files: string[], dynamic: (file: string) => boolean): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    if (!file.endsWith('.js')) return;
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) {
      visit(resolve(dirname(file), m[1] as string));
    }
    if (!dynamic(file)) return;
    for (const m of source.matchAll(/import\(\s*[`"'](\.{1,2}\/[^`"']+\.js)[`"']\s*\)/g)) {
      visit(resolve(dirname(file), m[1] as string));
    }
    for (const m of source.matchAll(/["']((?:chunks|assets)\/[^"']+\.(?:js|css))["']/g)) {
      visit(resolve(outputDir, m[1] as string));
    }
  };
  files.forEach(visit);
  return [...seen];
}

export function benchBundleSizes(outputDir: string): Record<string, number | boolean | null> {
  const single = (file: string) =>
    existsSync(join(outputDir, file)) ? kb(gzipSize(join(outputDir, file))) : null;
  // At open: the page's static graph (modulepreloaded); lazy chunks (the date-phrase parser) come later.
  const page = (html: string, dynamic: (file: string) => boolean = () => false) =>
    existsSync(join(outputDir, html))
      ? kb(
          withImports(outputDir, assetsOfPage(outputDir, html), dynamic).reduce(
            (sum, file) => sum + gzipSize(file),
            0,
          ),
        )
      : null;
  const popupAll = page('popup.html', () => true);
  return {
    'content script (every LinkedIn page), KB gz': single('linkedin.js'),
    // The side panel's page, loaded when the page button (or the browser's menu) opens it.
    'panel page (on open, all it loads), KB gz': page('sidepanel.html', () => true),
    // With any chunk it imports (none since it is a classic worker of its own).
    'background worker, KB gz': kb(
      withImports(outputDir, [join(outputDir, 'background.js')], () => false).reduce(
        (sum, file) => sum + gzipSize(file),
        0,
      ),
    ),
    'popup at open (static graph), KB gz': page('popup.html'),
    'popup incl. lazy extras (date-phrase parser), KB gz': popupAll,
    // The popup's budget, counted with the lazy parser so it holds whatever the recruiter types.
    'popup within 60 KB gz': popupAll !== null && popupAll <= 60,
    'options (all it loads), KB gz': page('options.html', () => true),
  };
}
