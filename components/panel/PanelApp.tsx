import { useEffect } from 'preact/hooks';
import { sendMessage } from '@/lib/messaging';
import { loadPopup, type PopupData, readPanelTarget } from '../popup/load-popup';
import { PopupApp } from '../popup/PopupApp';

/**
 * Everything the panel's first screen needs: the popup's data, for the tab the panel is framed
 * in; or, when the page is opened on its own with `?tab=<id>` (tests, screenshots), for that tab.
 */
export function loadPanel(search = location.search): Promise<PopupData> {
  return new URLSearchParams(search).has('tab') ? loadPopup(search) : loadPopup('', readPanelTarget());
}

/** Asks the background to have the tab's content script take the panel's frame away. */
function closePanel(): void {
  void sendMessage('closePanel', undefined).catch(() => undefined);
}

/**
 * The in-page task panel: the popup's form in an extension document framed into the LinkedIn page
 * (lib/content/panel-host.ts). Being an extension page, nothing the recruiter types or reads here
 * reaches LinkedIn's scripts, and it reads storage and talks to the background as the popup does.
 * Escape or "Close" closes it.
 */
export function PanelApp({ load }: { load: Promise<PopupData> }) {
  const close = closePanel;
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
