/**
 * The rooms of lib/ import one way only (ARCHITECTURE.md: which sits above which). Every import of
 * every file — `import … from`, `export … from`, `import()` — is resolved (the `@/` alias, relative
 * paths) to its file and its room (lib/'s first folder, or a file directly in lib/); neither the
 * rooms nor the files may form a cycle.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

type Graph = Map<string, Map<string, string>>;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const aliases = /^(?:@@|~~|@|~)\/(.*)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [relative(root, path)] : [];
  });
}

/** Every module specifier the source names: static and type imports, re-exports, `import()`. */
function specifiers(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
}

/** The repo-relative file a specifier names, or null for a package. */
function resolveImport(from: string, specifier: string): string | null {
  const path = specifier.replace(/\?.*$/, '');
  const alias = aliases.exec(path);
  let base: string;
  if (alias) base = join(root, alias[1] ?? '');
  else if (path.startsWith('.')) base = resolve(root, dirname(from), path);
  else return null;
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate);
  }
  throw new Error(`${from}: cannot resolve ${specifier}`);
}

/** lib/stardex/client.ts → stardex; lib/messaging.ts → messaging.ts. */
const roomOf = (file: string) => file.split('/')[1] ?? file;

function addEdge(graph: Graph, from: string, to: string, why: string): void {
  const edges = graph.get(from) ?? new Map<string, string>();
  if (!edges.has(to)) edges.set(to, why);
  graph.set(from, edges);
}

/** The file graph and the room graph of lib/; each edge keeps one import that makes it. */
function importGraphs(): { files: Graph; rooms: Graph } {
  const files: Graph = new Map();
  const rooms: Graph = new Map();
  for (const file of sourceFiles(join(root, 'lib'))) {
    for (const specifier of specifiers(readFileSync(join(root, file), 'utf8'))) {
      const target = resolveImport(file, specifier);
      if (!target?.startsWith('lib/') || target === file) continue;
      addEdge(files, file, target, `${file} imports ${specifier}`);
      if (roomOf(file) !== roomOf(target))
        addEdge(rooms, roomOf(file), roomOf(target), `${file} imports ${specifier}`);
    }
  }
  return { files, rooms };
}

/** Each cycle of the graph (one per strongly connected part), as "a → b → a" with the imports that close it. */
function cycles(graph: Graph): string[] {
  const found: string[] = [];
  const done = new Set<string>();
  for (const start of [...graph.keys()].sort()) {
    if (done.has(start)) continue;
    // Shortest way back to `start`, breadth first.
    const cameFrom = new Map<string, string>();
    const queue = [start];
    while (queue.length > 0 && !cameFrom.has(start)) {
      const node = queue.shift() as string;
      for (const next of [...(graph.get(node)?.keys() ?? [])].sort()) {
        if (cameFrom.has(next)) continue;
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
    if (!cameFrom.has(start)) continue;
    const loop: string[] = [];
    for (let node = cameFrom.get(start) as string; node !== start; node = cameFrom.get(node) as string)
      loop.unshift(node);
    loop.unshift(start);
    for (const node of loop) done.add(node);
    const steps = loop.map((node, i) => graph.get(node)?.get(loop[(i + 1) % loop.length] as string));
    found.push(`${[...loop, start].join(' → ')}\n    ${steps.join('\n    ')}`);
  }
  return found;
}

describe('rooms of lib/', () => {
  const { files, rooms } = importGraphs();

  it('import each other without a cycle', () => {
    expect(cycles(rooms), 'room cycles').toEqual([]);
  });

  it('hold no cycle of files', () => {
    expect(cycles(files), 'file cycles').toEqual([]);
  });

  it('are read from every kind of import', () => {
    const source = [
      "import type { A } from '@/lib/a';",
      "export { b } from './b';",
      "const c = await import('../c');",
    ].join('\n');
    expect(specifiers(source)).toEqual(['@/lib/a', './b', '../c']);
    expect(files.get('lib/messaging.ts')?.size).toBeGreaterThan(0);
  });

  it('name a cycle they find', () => {
    const graph: Graph = new Map([
      ['a', new Map([['b', 'a imports b']])],
      ['b', new Map([['c', 'b imports c']])],
      ['c', new Map([['a', 'c imports a']])],
    ]);
    expect(cycles(graph)).toEqual(['a → b → c → a\n    a imports b\n    b imports c\n    c imports a']);
  });
});
