/**
 * What the page button does: focus the task panel if this tab already has one, otherwise ask
 * the background to inject the panel script (lib/background/open-task-form.ts). The panel's UI
 * is not in this bundle: it loads only when first opened.
 */
import { sendMessage } from '@/lib/message-channel';
import { currentPanel, panelOpener } from './panel-handle';

/** Opens (or focuses) the in-page task panel. Never throws: a failed open leaves the page as is. */
export async function openTaskPanel(): Promise<void> {
  const panel = currentPanel();
  if (panel) {
    panel.focus();
    return;
  }
  // The panel script is already loaded in this tab (a panel was opened and closed before).
  const open = panelOpener();
  if (open) {
    open();
    return;
  }
  try {
    await sendMessage('openTaskForm', undefined);
  } catch {
    // The background was unreachable (extension updated or disabled): nothing to open into.
  }
}

/** Closes the panel when the tab has moved on from the profile it was opened for. */
export function closePanelUnlessShowing(key: string | null): void {
  const panel = currentPanel();
  if (panel && panel.key !== key) panel.close();
}
