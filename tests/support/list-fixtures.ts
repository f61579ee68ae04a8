/**
 * Test support: the list reader's fixture pages (tests/fixtures/linkedin/lists), each with the
 * whole read expected at the URL the tab would have. Node-only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ListRead } from '@/lib/profile/list/list-schema';
import { fixtureDir } from './fixture-loader';

export interface ListFixture {
  readonly name: string;
  readonly url: string;
  readonly note: string;
  readonly expected: ListRead;
  readonly html: string;
}

const dir = resolve(fixtureDir, 'lists');

/** Every `<name>.html` with its `<name>.expected.json` ({ url, note, expected }). */
export function loadListFixtures(): ListFixture[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.expected.json'))
    .map((file) => {
      const name = file.replace(/\.expected\.json$/, '');
      const spec = JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as Omit<ListFixture, 'name' | 'html'>;
      return { name, ...spec, html: readFileSync(resolve(dir, `${name}.html`), 'utf8') };
    });
}
