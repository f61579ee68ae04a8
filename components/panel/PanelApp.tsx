import { useEffect, useState } from 'preact/hooks';
import { followActiveTab, panelPageKey } from '@/lib/pages/follow-active-tab';
import { normalizeProfileUrl } from '@/lib/profile/linkedin-url';
import { loadPopup, type PopupData } from '../popup/load-popup';
import { PopupApp } from '../popup/PopupApp';

interface PanelView {
  /** The tab and page shown: the form starts afresh when it changes, and only then. */
  key: string;
  tabId: number;
  load: Promise<PopupData>;
}

/**
 * The task panel: the popup's form in the browser's side panel (Chrome, Edge; Firefox's sidebar),
 * for the tab its window shows, following it from profile to profile. Nothing of it is in the
 * LinkedIn page: the page cannot frame it, cover it or see what is typed. Opened by the page
 * button (lib/platform/open-panel.ts) or the browser's own side panel menu.
 */
export function PanelApp() {
  const [view, setView] = useState<PanelView | null>(null);
  useEffect(
    () =>
      followActiveTab((tab) => {
        // LinkedIn rewrites a profile's URL (tracking parameters) as it renders: same page, same form.
        const key = panelPageKey(tab, normalizeProfileUrl);
        setView((last) =>
          last?.key === key ? last : { key, tabId: tab.tabId, load: loadPopup('', tab.tabId) },
        );
      }),
    [],
  );
  return (
    <div>
      <div class="sx-panel-bar">
        <span class="sx-panel-title">Stardex task</span>
        <button type="button" class="sx-button" onClick={() => window.close()}>
          Close
        </button>
      </div>
      {view ? (
        <PopupApp
          key={view.key}
          load={view.load}
          idPrefix="sx-panel"
          autofocusText
          tabId={view.tabId}
          followsTab
        />
      ) : (
        <p class="sx-form sx-hint">Loading…</p>
      )}
    </div>
  );
}
