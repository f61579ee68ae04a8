/**
 * Strategy "sdui-payload": the 2026 top card when the page's markup does not hold it, as in the
 * server's raw HTML (a saved page source, a pre-hydration snapshot), where the profile is streamed
 * as a React Server Components payload: `<script id="rehydrate-data">window.__como_rehydration__ =
 * ["<rows>", …]`, the rows (`<hex id>:<json>`) split across string chunks mid-token. The row
 * holding the element keyed `com.linkedin.sdui.profile.card.ref<ACoAA… id>Topcard` is rebuilt
 * into detached elements (`["$", tag, key, props]`, `"$L<id>"` references followed), and read by
 * the same structural rules as the rendered card: nothing outside that card (the viewer's names,
 * other people's rows) is ever read, and never once the app has hydrated (see payloadTopCard).
 */
import { publicIdentifierFrom } from '../linkedin-url';
import { queryFirst, sdui } from '../selectors';
import type { FieldValues, ReadContext, Strategy } from '../strategy';
import { cleanText } from '../text';
import { type PayloadIdentity, payloadIdentity } from './sdui-payload-identity';
import { preloadedPhoto } from './sdui-photo';
import { cardIdentifier, findSduiTopCard, readSduiCard } from './sdui-top-card';

type Rows = Map<string, unknown>;
type Element$ = ['$', string, unknown, Record<string, unknown> | null];

const topCardKey = /^com\.linkedin\.sdui\.profile\.card\.ref(ACo[A-Za-z0-9_-]{20,60})Topcard$/;
const reference = /^\$@?L?([0-9a-f]+)$/;
const attributeNames: Record<string, string> = { className: 'class', htmlFor: 'for' };
/** Bounds on a hostile or huge payload: nesting depth and elements rebuilt. */
const maxDepth = 120;
const maxElements = 5000;
/** Per payload script (the same element holds the same payload): its rebuilt top card. */
const cache = new WeakMap<Element, Element | null>();
const identities = new WeakMap<Element, PayloadIdentity | null>();

/**
 * The script holding the payload, or null. Only by its id: scanning every inline script's text
 * would cost each read of a large page that has none.
 */
function payloadScript(root: ParentNode): Element | null {
  return queryFirst(root, sdui.payloadScript);
}

/** The end (exclusive) of the JSON array opening at `start`: strings and escapes skipped. */
function arrayEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let index = start; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[') depth++;
    else if (char === ']' && --depth === 0) return index + 1;
  }
  return -1;
}

/** The concatenated flight stream of the script (`… = ["chunk", …]`, other statements aside), or null. */
function payloadStream(script: Element): string | null {
  const text = script.textContent ?? '';
  const start = text.indexOf('[', text.indexOf('__como_rehydration__'));
  const end = start < 0 ? -1 : arrayEnd(text, start);
  if (end < 0) return null;
  try {
    const chunks: unknown = JSON.parse(text.slice(start, end));
    if (Array.isArray(chunks)) return chunks.filter((chunk) => typeof chunk === 'string').join('');
  } catch {
    // Not a JSON array of chunks.
  }
  return null;
}

function rowsOf(stream: string): Rows {
  const rows: Rows = new Map();
  for (const line of stream.split('\n')) {
    const row = /^([0-9a-f]+):([[{].*)$/.exec(line);
    if (!row?.[1] || !row[2]) continue;
    try {
      rows.set(row[1], JSON.parse(row[2]));
    } catch {
      // A text or module row: no elements in it.
    }
  }
  return rows;
}

function isElement(node: unknown): node is Element$ {
  return Array.isArray(node) && node[0] === '$' && typeof node[1] === 'string';
}

/** The element keyed as the top card, anywhere in the rows. */
function findTopCard(rows: Rows): Element$ | null {
  const stack: unknown[] = [...rows.values()];
  for (let visited = 0; stack.length > 0 && visited < 200_000; visited++) {
    const node = stack.pop();
    if (isElement(node)) {
      const props = node[3] ?? {};
      const key = props.componentkey ?? props.componentKey ?? props.id;
      if (typeof key === 'string' && topCardKey.test(key)) return node;
      stack.push(props.children);
    } else if (Array.isArray(node)) stack.push(...node);
  }
  return null;
}

/** Rebuilds `node` under `parent`, following row references (bounded by depth and budget). */
function build(node: unknown, rows: Rows, parent: Element, depth: number, budget: { left: number }): void {
  if (depth > maxDepth || budget.left <= 0 || node == null || typeof node === 'boolean') return;
  const document = parent.ownerDocument;
  if (typeof node === 'string' || typeof node === 'number') {
    const text = String(node);
    const ref = reference.exec(text)?.[1];
    if (ref !== undefined) build(rows.get(ref), rows, parent, depth + 1, budget);
    else if (!text.startsWith('$')) parent.append(document.createTextNode(text));
    else if (text.startsWith('$$')) parent.append(document.createTextNode(text.slice(1)));
    return; // other "$…" values ($undefined, $Sreact.fragment) are not text
  }
  if (!Array.isArray(node)) return;
  if (!isElement(node)) {
    for (const child of node) build(child, rows, parent, depth + 1, budget);
    return;
  }
  budget.left--;
  const [, type, , props] = node;
  // A client component ("$L1f") renders as its props' markup: a plain container keeps the order.
  const element = document.createElement(/^[a-z][a-z0-9-]*$/.test(type) ? type : 'div');
  for (const [name, value] of Object.entries(props ?? {})) {
    if (name === 'children' || (typeof value !== 'string' && typeof value !== 'number')) continue;
    const attribute = attributeNames[name] ?? name.toLowerCase();
    if (/^[a-z][a-z0-9-]*$/.test(attribute)) element.setAttribute(attribute, String(value));
  }
  build(props?.children, rows, element, depth + 1, budget);
  parent.append(element);
}

function rebuild(script: Element, document: Document): Element | null {
  const stream = payloadStream(script);
  if (!stream?.includes('Topcard') || typeof document.createElement !== 'function') return null;
  const rows = rowsOf(stream);
  const found = findTopCard(rows);
  if (!found) return null;
  const holder = document.createElement('div');
  build(found, rows, holder, 0, { left: maxElements });
  return holder.firstElementChild;
}

/**
 * The top card rebuilt from the payload of a page that has not hydrated, or null. Once the app
 * has hydrated (`body[data-rehydrated]`) the payload is the FIRST page's, whatever profile an SPA
 * navigation shows since, so it is never read; nor when it names another person than `url`.
 */
export function payloadTopCard(root: ParentNode, url: string | null): Element | null {
  const document = (root as Node).ownerDocument ?? (root as Document);
  if (document.body?.hasAttribute('data-rehydrated')) return null;
  const script = payloadScript(root);
  if (!script) return null;
  if (!cache.has(script)) cache.set(script, rebuild(script, document));
  const card = cache.get(script) ?? null;
  const wanted = url ? publicIdentifierFrom(url) : null;
  return card && wanted && cardIdentifier(card) !== wanted ? null : card;
}

/**
 * Who the payload of a page that has not hydrated is about, when no top card could be rebuilt
 * from it (see sdui-payload-identity.ts), or null.
 */
export function payloadViewee(root: ParentNode, url: string | null): PayloadIdentity | null {
  const document = (root as Node).ownerDocument ?? (root as Document);
  if (document.body?.hasAttribute('data-rehydrated')) return null;
  const script = payloadScript(root);
  if (!script) return null;
  if (!identities.has(script)) {
    const stream = payloadStream(script);
    const title = cleanText(root.querySelector('title')?.textContent);
    identities.set(script, stream ? payloadIdentity(stream, title) : null);
  }
  const identity = identities.get(script) ?? null;
  const wanted = url ? publicIdentifierFrom(url) : null;
  return identity && wanted && identity.publicIdentifier !== wanted ? null : identity;
}

export const sduiPayload: Strategy = {
  name: 'sdui-payload',
  readsTopCard: true,
  read(context: ReadContext): FieldValues {
    if (findSduiTopCard(context.root)) return {};
    const card = payloadTopCard(context.root, context.url);
    if (card) return readSduiCard(card, context.root);
    const viewee = payloadViewee(context.root, context.url);
    return viewee ? { ...viewee, photoUrl: preloadedPhoto(context.root) } : {};
  },
};
