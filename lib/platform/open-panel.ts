/**
 * Opens the task panel for the recruiter's tab where the page can neither frame, cover nor
 * watch it: Chrome's and Edge's side panel (it follows the window's active tab, so it stays open
 * across profiles). Where there is none — Firefox, whose sidebar opens only from the browser's
 * own controls — the form opens as the toolbar popup for that tab, or a popup window
 * (open-form.ts).
 */
import { browser } from 'wxt/browser';
import { type OpenedAs, openForm } from './open-form';

interface SidePanelApi {
  open(options: { tabId: number }): Promise<void>;
}

export type PanelOpenedAs = 'side-panel' | OpenedAs;

/**
 * Opens the panel for `tab`; `formPath` is the popup's URL for it (the fallback). Call it in the
 * same turn as the recruiter's click reached the background: the side panel opens only then.
 */
export function openPanel(tab: { id?: number; windowId?: number }, formPath: string): Promise<PanelOpenedAs> {
  const sidePanel = (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
  if (typeof sidePanel?.open !== 'function' || tab.id === undefined) return openForm(formPath, tab);
  return sidePanel.open({ tabId: tab.id }).then(
    (): PanelOpenedAs => 'side-panel',
    () => openForm(formPath, tab),
  );
}
