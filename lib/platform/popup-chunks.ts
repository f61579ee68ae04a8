/**
 * How the extension pages' build is cut into files, so the toolbar popup loads as few as it can
 * (issue 14). Each file an extension page loads is one more request through the browser process
 * (~2–4 ms of the page's main thread to issue, then the browser's own queue); by default Rolldown
 * cut the popup's first screen into five scripts and three stylesheets, shared in different
 * combinations with the options page, the in-page panel and the background.
 *
 * One group instead (wxt.config.ts applies it to the build of the HTML pages): `popup-ui`,
 * everything the popup loads at open, which the panel and the options page load too where they
 * use part of it. The popup then opens on its tiny entry, this chunk and its stylesheet (plus
 * popup-boot.js); what it imports lazily (the date-phrase parser) and what only other pages use
 * keep Rolldown's own chunks. The background is built on its own, as a classic worker
 * (entrypoints/background.ts): in this build it would load the popup's UI chunk too, so
 * `usePopupChunks` refuses a build that holds it.
 * Measured A/B in one run (25–40 alternated opens): form ready 100.5 → 92.7 ms median (with the
 * background still in this build, kept apart by a second group), a further −6 % without it.
 */
import type { InlineConfig } from 'vite';

/** The part of Rolldown's module info this needs. */
export interface ModuleGraph {
  getModuleInfo(id: string): { importers: readonly string[]; isEntry: boolean } | null;
}

const isPopupEntry = (id: string) => /[\\/]entrypoints[\\/]popup[\\/]/.test(id);
/** Entry modules stay in their entry's own chunk: a shared chunk holding one would run it in every page. */
const isEntrypointFile = (id: string) => /[\\/]entrypoints[\\/]/.test(id);

/** The entries that reach `id` through static imports (dynamic imports are left to Rolldown). */
export function entriesReaching(id: string, graph: ModuleGraph): Set<string> {
  const entries = new Set<string>();
  const seen = new Set([id]);
  const todo = [id];
  for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
    const info = graph.getModuleInfo(next);
    if (!info) continue;
    if (info.isEntry) entries.add(next);
    for (const importer of info.importers) {
      if (seen.has(importer)) continue;
      seen.add(importer);
      todo.push(importer);
    }
  }
  return entries;
}

/** Rolldown `codeSplitting.groups` for the build that holds the popup. */
export function popupChunkGroups() {
  return [
    {
      // Rolldown names each module once.
      name: (id: string, graph: ModuleGraph) =>
        !isEntrypointFile(id) && [...entriesReaching(id, graph)].some(isPopupEntry) ? 'popup-ui' : null,
      debugName: 'popup-ui',
    },
  ];
}

/**
 * Applies the groups to the Vite config of the build holding `entrypoints` (wxt.config.ts, for
 * the build that holds the popup).
 */
export function usePopupChunks(config: InlineConfig, entrypoints: readonly string[]): void {
  if (entrypoints.includes('background'))
    throw new Error(
      'The background is built with the popup (type: module?): it would load the popup UI chunk (lib/platform/popup-chunks.ts).',
    );
  config.build ??= {};
  config.build.rolldownOptions ??= {};
  const options = config.build.rolldownOptions;
  const codeSplitting = { groups: popupChunkGroups() };
  if (Array.isArray(options.output))
    for (const output of options.output) output.codeSplitting = codeSplitting;
  else options.output = { ...options.output, codeSplitting };
}
