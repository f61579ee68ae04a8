/**
 * What the page button does: focus the task panel if this tab already has one, otherwise frame
 * the panel's extension document (entrypoints/task-panel) into the page. The form, the drafts and
 * every Stardex call live in that document, on the extension's origin: LinkedIn's scripts can
 * neither read it nor see the keys typed into it. This content script only holds the frame.
 */
import { browser } from 'wxt/browser';
import { PANEL_PAGE_RESOURCE } from '@/lib/platform/manifest';
import { profileKeyOf } from './fresh-read';
import { currentPanel } from './panel-handle';
import { showPanel } from './panel-host';

/** The panel document's URL: the one page the manifest makes web-accessible (to LinkedIn only). */
export const PANEL_PAGE = `/${PANEL_PAGE_RESOURCE}` as const;

/** Fixed-size frame at the right edge of the page; the document inside scrolls itself. */
const FRAME_CSS = `iframe {
  position: fixed; top: 64px; right: 16px; z-index: 2147483000;
  width: 380px; max-width: calc(100vw - 32px); height: min(680px, calc(100vh - 80px));
  border: 1px solid #c9ced6; border-radius: 8px; box-shadow: 0 4px 16px rgb(0 0 0 / 0.14);
  background: #ffffff; color-scheme: light dark;
}`;

/** Opens (or focuses) the in-page task panel. */
export function openTaskPanel(doc: Document = document, url: string = location.href): void {
  const open = currentPanel();
  if (open) {
    open.focus();
    return;
  }
  showPanel(doc, {
    css: FRAME_CSS,
    key: profileKeyOf(url),
    render(container) {
      const frame = doc.createElement('iframe');
      frame.src = browser.runtime.getURL(PANEL_PAGE);
      frame.title = 'Stardex task';
      // "Copy report" writes to the clipboard from inside the frame.
      frame.allow = 'clipboard-write';
      frame.addEventListener('load', () => frame.focus(), { once: true });
      container.append(frame);
      return () => frame.remove();
    },
  });
}

/** Closes the panel when the tab has moved on from the profile it was opened for. */
export function closePanelUnlessShowing(key: string | null): void {
  const panel = currentPanel();
  if (panel && panel.key !== key) panel.close();
}

/**
 * Closes the panel (its document asked, through the background: Close, Escape). Only this
 * extension may ask (content-routes.ts checks the sender). True when a panel was open.
 */
export function closeCurrentPanel(): boolean {
  const panel = currentPanel();
  panel?.close();
  return panel !== undefined;
}
