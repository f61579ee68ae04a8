/**
 * `openTaskForm`: the page button on a LinkedIn profile asks for the task form. The form opens
 * as a panel inside that page (the panel script, injected into the sender's tab and frame on
 * first use): it stays next to the profile, works the same in every browser, and needs no user
 * gesture, which `action.openPopup()` still wants in Firefox and which is lost by the time a
 * content script's message arrives. Only if injection fails (no host permission, e.g. a page the
 * user restricted) does it fall back to the toolbar popup or a popup window (lib/platform).
 */
import { browser } from 'wxt/browser';
import type { MessageSenderLike } from '@/lib/background/sender';
import { openForm } from '@/lib/platform/open-form';
import { popupUrl } from '@/lib/ways-in/form-target';

/** The runtime-registered content script built from entrypoints/panel.content. */
export const PANEL_SCRIPT = '/content-scripts/panel.js';

interface TaskFormSender extends MessageSenderLike {
  tab?: { id?: number; windowId?: number; url?: string };
  frameId?: number;
}

/** Opens the task form for the sender's tab; `panel` when it went into the page. */
export async function openTaskForm(sender: TaskFormSender): Promise<{ opened: 'popup' | 'panel' }> {
  const tab = sender.tab;
  // From an extension page (the popup itself): the form is already open there.
  if (tab?.id === undefined) return { opened: 'popup' };
  try {
    // Injecting again is harmless: the panel script focuses the panel the tab already has.
    await browser.scripting.executeScript({
      target: { tabId: tab.id, frameIds: [sender.frameId ?? 0] },
      files: [PANEL_SCRIPT],
    });
    return { opened: 'panel' };
  } catch {
    await openForm(popupUrl({ tabId: tab.id }), tab);
    return { opened: 'popup' };
  }
}
