import { describe, expect, it } from 'vitest';
import { entriesReaching, type ModuleGraph, popupChunkGroups, usePopupChunks } from './popup-chunks';

/** A module graph given as importer → imported lists; the entries are the HTML pages and the background. */
function graphOf(imports: Record<string, string[]>): ModuleGraph {
  const importers = new Map<string, string[]>();
  for (const [from, list] of Object.entries(imports))
    for (const to of list) importers.set(to, [...(importers.get(to) ?? []), from]);
  const ids = new Set([...Object.keys(imports), ...importers.keys()]);
  return {
    getModuleInfo: (id) =>
      ids.has(id)
        ? {
            importers: importers.get(id) ?? [],
            isEntry: id.includes('/index.html') || id.endsWith('background.ts'),
          }
        : null,
  };
}

const popup = '/x/entrypoints/popup/index.html';
const popupMain = '/x/entrypoints/popup/main.tsx';
const options = '/x/entrypoints/options/index.html';
const background = 'virtual:wxt-background-entrypoint?/x/entrypoints/background.ts';

const graph = graphOf({
  [popup]: [popupMain],
  [popupMain]: ['/x/components/popup/PopupApp.tsx', '/x/lib/messaging.ts'],
  '/x/components/popup/PopupApp.tsx': ['/x/node_modules/preact/dist/preact.mjs', '/x/lib/form/due-date.ts'],
  [options]: ['/x/entrypoints/options/main.tsx'],
  '/x/entrypoints/options/main.tsx': [
    '/x/components/options/Options.tsx',
    '/x/components/popup/PopupApp.tsx',
  ],
  [background]: ['/x/lib/background/register.ts', '/x/lib/messaging.ts'],
  '/x/lib/background/register.ts': ['/x/lib/form/due-date.ts'],
});

function groupOf(id: string): string | null {
  for (const group of popupChunkGroups()) {
    const name = group.name(id, graph);
    if (name) return name;
  }
  return null;
}

describe('popup chunk groups', () => {
  it('finds every entry a module is reached from', () => {
    expect(entriesReaching('/x/lib/form/due-date.ts', graph)).toEqual(new Set([popup, options, background]));
    expect(entriesReaching('/x/components/options/Options.tsx', graph)).toEqual(new Set([options]));
  });

  it('puts everything the popup loads at open into one chunk', () => {
    expect(groupOf('/x/lib/messaging.ts')).toBe('popup-ui');
    expect(groupOf('/x/lib/form/due-date.ts')).toBe('popup-ui');
    expect(groupOf('/x/components/popup/PopupApp.tsx')).toBe('popup-ui');
    expect(groupOf('/x/node_modules/preact/dist/preact.mjs')).toBe('popup-ui');
  });

  it('leaves entry files and what the popup never loads to Rolldown', () => {
    // An entry module in a shared chunk would run in every page that loads the chunk.
    expect(groupOf(popupMain)).toBeNull();
    expect(groupOf('/x/components/options/Options.tsx')).toBeNull();
    expect(groupOf('/x/lib/background/register.ts')).toBeNull();
  });

  it('refuses a build that also holds the background, which would load the popup UI chunk', () => {
    expect(() => usePopupChunks({}, ['popup', 'options', 'background'])).toThrow(/background/);
    const config = {};
    usePopupChunks(config, ['popup', 'options', 'task-panel']);
    expect(config).toMatchObject({
      build: { rolldownOptions: { output: { codeSplitting: { groups: [{ debugName: 'popup-ui' }] } } } },
    });
  });
});
