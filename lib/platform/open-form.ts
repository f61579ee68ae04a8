/**
 * Opening the task form from the background (shortcut, context menu, notification click): the
 * toolbar popup where the browser can open it programmatically (Chrome/Edge 127+, Firefox),
 * otherwise a small popup window. Browser differences stay in lib/platform.
 */
import { browser } from 'wxt/browser';

/** Size of the fallback window: the popup's own size plus browser chrome. */
export const FORM_WINDOW = { width: 400, height: 640 } as const;

type ActionLike = {
  setPopup(details: { popup: string; tabId?: number }): Promise<void>;
  openPopup?: (options?: { windowId?: number }) => Promise<void>;
};

/** The toolbar button API: `action` (MV3) or `browserAction` (Firefox MV2). */
export function actionApi(): ActionLike | undefined {
  const api = browser as unknown as { action?: ActionLike; browserAction?: ActionLike };
  return api.action ?? api.browserAction;
}

/** The popup page's file as the manifest names it (what `setPopup` expects). */
const DEFAULT_POPUP = 'popup.html';

export type OpenedAs = 'popup' | 'window';

/**
 * Opens `/popup.html?…` (made by lib/form/form-target.ts) for `tabId`: first as the toolbar
 * popup with those parameters, else — no `openPopup`, no focused window, or a browser that wants
 * a user gesture — as a popup window.
 */
export async function openForm(
  pathWithQuery: string,
  tab: { id?: number; windowId?: number },
): Promise<OpenedAs> {
  const action = actionApi();
  if (action?.openPopup && tab.id !== undefined) {
    const popup = pathWithQuery.replace(/^\//, '');
    try {
      // No await between the two: Firefox only opens a popup in the same turn as the user action,
      // and calls reach the browser in order, so the popup is set before it opens.
      const setting = action.setPopup({ tabId: tab.id, popup });
      await action.openPopup(tab.windowId === undefined ? undefined : { windowId: tab.windowId });
      await setting;
      return 'popup';
    } catch {
      // Falls through to the window below.
    } finally {
      // The next toolbar click on this tab must open the plain popup again.
      await action.setPopup({ tabId: tab.id, popup: DEFAULT_POPUP }).catch(() => undefined);
    }
  }
  await browser.windows.create({
    url: browser.runtime.getURL(pathWithQuery as '/popup.html'),
    type: 'popup',
    ...FORM_WINDOW,
  });
  return 'window';
}
