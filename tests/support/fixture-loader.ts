/**
 * Test support: loads the saved pages in tests/fixtures/linkedin (and, when present, the shared
 * real pages) into a DOM. Node-only; never imported by extension code.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';

export const fixtureDir = resolve(__dirname, '../fixtures/linkedin');

/** The fixture file's HTML. */
export function fixtureHtml(name: string): string {
  return readFileSync(resolve(fixtureDir, name), 'utf8');
}

/**
 * Parses with the test environment's DOMParser (happy-dom in vitest). Frames become inert
 * elements first: happy-dom prints an error for every frame it may not load, and no reader looks
 * into frames.
 */
export function parseWithDomParser(html: string): Document {
  const quiet = html.replace(/<(\/?)iframe\b/gi, '<$1x-fixture-iframe');
  return new DOMParser().parseFromString(quiet, 'text/html');
}

/** Parses with linkedom, as the read-profile CLI does. */
export function parseWithLinkedom(html: string): Document {
  const source = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}
