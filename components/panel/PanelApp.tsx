import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging';
import { loadPopup, type PopupData } from '../popup/load-popup';
import { PopupApp } from '../popup/PopupApp';

/**
 * The tab this panel is about: the one it is framed in (an extension page in an iframe knows its
 * tab), or `?tab=<id>` when the page is opened on its own (tests, screenshots). The form then
 * reads that tab's profile exactly as the toolbar popup does.
 */
async function panelTabId(search: string): Promise<number | undefined> {
  const given = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(given) && given > 0) return given;
  return (await browser.tabs.getCurrent())?.id;
}

/** Everything the panel's first screen needs: the popup's data, for the tab the panel is in. */
export async function loadPanel(
  search = location.search,
): Promise<PopupData & { tabId: number | undefined }> {
  const tabId = await panelTabId(search);
  return { ...(await loadPopup(tabId === undefined ? '' : `?tab=${tabId}`)), tabId };
}

/** Asks the LinkedIn tab's content script to take the panel's frame away. */
function closePanel(tabId: number | undefined): void {
  if (tabId !== undefined) void sendMessage('closeTaskPanel', undefined, tabId).catch(() => undefined);
}

/**
 * The in-page task panel: the popup's form in an extension document framed into the LinkedIn page
 * (lib/content/panel-host.ts). Being an extension page, nothing the recruiter types or reads here
 * reaches LinkedIn's scripts, and it reads storage and talks to the background as the popup does.
 * Escape or "Close" closes it.
 */
export function PanelApp({ load }: { load: Promise<PopupData & { tabId: number | undefined }> }) {
  const tabId = load.then((data) => data.tabId);
  const close = () => void tabId.then(closePanel);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });
  return (
    <div role="dialog" aria-modal="false" aria-label="Stardex task">
      <div class="sx-panel-bar">
        <span class="sx-panel-title">Stardex task</span>
        <button type="button" class="sx-button" onClick={close}>
          Close
        </button>
      </div>
      <PopupApp load={load} idPrefix="sx-panel" autofocusText />
    </div>
  );
}
