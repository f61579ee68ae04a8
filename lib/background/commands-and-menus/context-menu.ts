/**
 * Background side of the context menu: "Add Stardex task for this person…" on LinkedIn profile
 * links anywhere and on profile pages, opening the form for that person.
 */
import { browser } from 'wxt/browser';
import { popupUrl } from '@/lib/form/form-target';
import { sendMessage } from '@/lib/messaging';
import { type OpenedAs, openForm } from '@/lib/platform/open-form';
import {
  formTargetForMenuClick,
  MENU_LINK_ID,
  MENU_PAGE_ID,
  MENU_TITLE,
  type MenuClick,
  PROFILE_LINK_PATTERNS,
  PROFILE_PAGE_PATTERNS,
} from './context-menu-target';

/** (Re)creates the two menu items; menus persist in Chrome, so this runs on install and startup. */
export async function createContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_LINK_ID,
    title: MENU_TITLE,
    contexts: ['link'],
    targetUrlPatterns: PROFILE_LINK_PATTERNS,
  });
  browser.contextMenus.create({
    id: MENU_PAGE_ID,
    title: MENU_TITLE,
    contexts: ['page'],
    documentUrlPatterns: PROFILE_PAGE_PATTERNS,
  });
}

/** Asks the page for the link's text; '' when the page has no content script (non-LinkedIn). */
async function pageLinkText(tabId: number | undefined, linkUrl: string | undefined): Promise<string> {
  if (tabId === undefined || !linkUrl) return '';
  try {
    return (await sendMessage('getContextLinkText', { linkUrl }, tabId)).text;
  } catch {
    return '';
  }
}

/**
 * What the menu's click listener does: works out the person and opens the form. Returns the
 * popup URL it opened and how, or null for a click that was not ours.
 */
export async function openFormForMenuClick(
  click: MenuClick,
  tab: { id?: number; url?: string; windowId?: number } | undefined,
): Promise<{ url: string; openedAs: OpenedAs } | null> {
  const linkText =
    click.menuItemId === MENU_LINK_ID && !click.linkText ? await pageLinkText(tab?.id, click.linkUrl) : '';
  const target = formTargetForMenuClick(click, tab, linkText);
  if (!target) return null;
  const url = popupUrl(target);
  return { url, openedAs: await openForm(url, tab ?? {}) };
}

/** Background: the menu items and their click listener (listener added synchronously). */
export function registerContextMenu(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void openFormForMenuClick(info as MenuClick, tab);
  });
  browser.runtime.onInstalled.addListener(() => void createContextMenus());
  browser.runtime.onStartup.addListener(() => void createContextMenus());
}
