/**
 * Reads a saved LinkedIn page with the same reader the content script runs, and prints the
 * result as one JSON object.
 *
 *   npm run --silent read-profile -- page.html [--url https://www.linkedin.com/in/someone/]
 *
 * Without --url the URL comes from the page's canonical link or profile links. Exit 0 for a
 * profile and for "not a profile"; 1 for an unreadable file or bad arguments.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { guessPageUrl } from '../lib/profile/page-url-guess';
import { readProfile } from '../lib/profile/read-profile';

function fail(message: string): never {
  process.stderr.write(`read-profile: ${message}\n`);
  process.exit(1);
}

function parseArguments(argv: readonly string[]): { file: string; url: string | null } {
  let file: string | null = null;
  let url: string | null = null;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--url') {
      url = argv[++index] ?? fail('--url needs a value');
    } else if (argument?.startsWith('--url=')) {
      url = argument.slice('--url='.length);
    } else if (argument && !file) {
      file = argument;
    } else {
      fail(`unexpected argument ${argument}\nusage: read-profile <file.html> [--url <page url>]`);
    }
  }
  return { file: file ?? fail('usage: read-profile <file.html> [--url <page url>]'), url };
}

/** Parses HTML the way a browser would for our purposes (linkedom: fast, no layout). */
export function parseDocument(html: string): Document {
  // linkedom needs an <html> root to build a full document for pages saved without one.
  const source = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

function main(): void {
  const { file, url } = parseArguments(process.argv.slice(2));
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (html.trim() === '') fail(`${file} is empty`);
  const document = parseDocument(html);
  const result = readProfile(document, url ?? guessPageUrl(document));
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main();
