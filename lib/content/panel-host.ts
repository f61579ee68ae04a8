/**
 * The in-page task panel's host: a closed shadow root at the end of `<body>`, at most one per
 * tab (a second open focuses the first). Built by hand rather than with WXT's
 * `createShadowRootUi`, which removes its UI when the script's context is invalidated — and
 * injecting the panel script again invalidates the previous run, so the open panel (with what the
 * recruiter typed) would be thrown away instead of focused.
 */
import { currentPanel, type PanelHandle, setCurrentPanel } from './panel-handle';

export const PANEL_HOST = 'stardex-task-panel';

export interface PanelContent {
  /** The panel's stylesheet (px only: rem would follow LinkedIn's root font size). */
  css: string;
  /** Profile key the panel is about (it closes when the tab leaves that profile). */
  key: string | null;
  /** Renders the panel into `container`; returns how to unrender it. */
  render(container: HTMLElement, close: () => void): () => void;
}

// LinkedIn's global keyboard shortcuts must not see what the recruiter types in the panel.
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

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
  for (const type of ISOLATED_EVENTS) container.addEventListener(type, (event) => event.stopPropagation());
  shadow.append(style, container);
  doc.body.append(host);

  const opener = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  let unrender: () => void = () => {};
  const handle: PanelHandle = {
    key: content.key,
    focus() {
      const target = container.querySelector<HTMLElement>('textarea, input, button, [tabindex]');
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
