/**
 * The "Add Stardex task" button: one host element holding a closed shadow root, so LinkedIn's CSS
 * and ours never mix and page scripts cannot reach into it. Plain DOM, no Preact and no WXT UI
 * helper: it loads on every profile view, and the host is all a page may ever see of us.
 */
import { sendMessage } from '@/lib/messaging';
import type { ContentLifecycle } from './content-lifecycle';
import type { TriggerAnchor } from './trigger-anchor';

/** The button's host element name (one per profile view; tests look it up by this). */
export const TRIGGER_HOST = 'stardex-page-button';
export const TRIGGER_LABEL = 'Add Stardex task';
/** On a result list: the panel opens on the list's people. */
export const LIST_TRIGGER_LABEL = 'Add Stardex tasks';

// px only: rem would follow LinkedIn's root font size. `all: initial` keeps page styles off the host.
const css = `
:host {
  all: initial !important; display: inline-flex !important; align-items: center !important;
  margin: 0 0 0 8px !important; vertical-align: middle !important;
}
:host([data-float]) {
  position: fixed !important; left: 16px !important; bottom: 16px !important;
  z-index: 2147483000 !important; margin: 0 !important;
}
button {
  box-sizing: border-box; height: 32px; padding: 0 14px; border-radius: 16px;
  border: 1px solid #3b3f9e; background: #ffffff; color: #2d3185; cursor: pointer;
  font: 600 14px/20px -apple-system, system-ui, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  white-space: nowrap;
}
:host([data-float]) button { box-shadow: 0 2px 8px rgb(0 0 0 / 0.18); }
button:hover { background: #eef0ff; }
button:focus-visible { outline: 2px solid #2d3185; outline-offset: 2px; }
`;

export interface MountedTrigger {
  host: HTMLElement;
  remove(): void;
}

/** The stylesheet, parsed once per script and shared, where the browser lets a content script adopt one. */
let sharedSheet: CSSStyleSheet | null | undefined;
function adoptStyle(doc: Document, shadow: ShadowRoot): void {
  try {
    if (sharedSheet === undefined) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(css);
    }
    if (sharedSheet) {
      shadow.adoptedStyleSheets = [sharedSheet];
      return;
    }
  } catch {
    sharedSheet = null; // Firefox's content scripts cannot hand their sheets to the page's shadow roots
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
}

/** One host per document, made on first use (with the first `onClick`) and moved from card to card after that. */
const hosts = new WeakMap<Document, TriggerParts>();

interface TriggerParts {
  host: HTMLElement;
  button: HTMLButtonElement;
}

function hostFor(doc: Document, onClick: () => void): TriggerParts {
  const existing = hosts.get(doc);
  if (existing) return existing;
  // A copy left by an earlier instance of this script (an updated extension) goes first.
  for (const stale of doc.querySelectorAll(TRIGGER_HOST)) stale.remove();
  const host = doc.createElement(TRIGGER_HOST);
  const shadow = host.attachShadow({ mode: 'closed' });
  adoptStyle(doc, shadow);
  const button = doc.createElement('button');
  button.type = 'button';
  button.addEventListener('click', onClick);
  shadow.append(button);
  const made = { host, button };
  hosts.set(doc, made);
  return made;
}

/**
 * Puts the button at `anchor` (a place in the top card, or floating at the window's corner). The
 * host is already there when LinkedIn kept the row for the next person: then nothing is touched.
 */
export function mountPageTrigger(
  doc: Document,
  anchor: TriggerAnchor,
  onClick: () => void,
  label: string = TRIGGER_LABEL,
): MountedTrigger {
  const { host, button } = hostFor(doc, onClick);
  if (button.textContent !== label) button.textContent = label;
  const floating = anchor.append === 'float';
  const placed =
    host.isConnected &&
    host.hasAttribute('data-float') === floating &&
    (anchor.append === 'after'
      ? anchor.element.nextElementSibling === host
      : host.parentElement === anchor.element);
  if (!placed) {
    host.toggleAttribute('data-float', floating);
    if (anchor.append === 'after') anchor.element.after(host);
    else anchor.element.append(host);
  }
  return { host, remove: () => host.remove() };
}

/**
 * Asks the background to open the task panel for this tab. Sent in the click's own turn: the
 * browser lets the background open its side panel only in answer to the recruiter's gesture.
 */
export function openPanelFromPage(life: ContentLifecycle): void {
  if (life.retiredIfOrphaned()) return;
  sendMessage('openPanel', undefined).catch(() => life.retiredIfOrphaned());
}
