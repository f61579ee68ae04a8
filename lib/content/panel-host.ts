/**
 * The in-page task panel's host: a closed shadow root at the end of `<body>` holding the panel's
 * frame (lib/content/open-task-panel.ts), at most one per tab (a second open focuses the first).
 * Built by hand rather than with WXT's UI helpers, which tie the UI to the content script's
 * context (see resilient-context.ts for why that context may be renewed).
 */
import { currentPanel, type PanelHandle, setCurrentPanel } from './panel-handle';

export const PANEL_HOST = 'stardex-task-panel';

export interface PanelContent {
  /** The panel's stylesheet (px only: rem would follow LinkedIn's root font size). */
  css: string;
  /** Profile key the panel is about (it closes when the tab leaves that profile). */
  key: string | null;
  /** Renders the panel into `container`; returns how to unrender it. Typed keys never reach the page from its frame. */
  render(container: HTMLElement, close: () => void): () => void;
}

/** Shows the task panel, or focuses the one already open. */
export function showPanel(doc: Document, content: PanelContent): PanelHandle {
  const existing = currentPanel();
  if (existing) {
    existing.focus();
    return existing;
  }
  const host = doc.createElement(PANEL_HOST);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  // The reset keeps LinkedIn's inherited styles (font, colour, line height) out of the panel.
  style.textContent = `:host { all: initial !important; }\n${content.css}`;
  const container = doc.createElement('div');
  shadow.append(style, container);
  doc.body.append(host);

  const opener = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  let unrender: () => void = () => {};
  const handle: PanelHandle = {
    key: content.key,
    focus() {
      const target = container.querySelector<HTMLElement>('iframe, textarea, input, button, [tabindex]');
      target?.focus();
    },
    close() {
      if (currentPanel() === handle) setCurrentPanel(undefined);
      unrender();
      host.remove();
      // Back to where the recruiter was (the page button), if it is still there.
      if (opener?.isConnected) opener.focus();
    },
  };
  setCurrentPanel(handle);
  unrender = content.render(container, handle.close);
  return handle;
}
