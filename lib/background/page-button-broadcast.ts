/**
 * The page button's setting for content scripts, which cannot read storage themselves: answered
 * on request (`getPageButtonSetting`) and sent to every LinkedIn tab when it flips.
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging';
import { LINKEDIN_MATCHES } from '@/lib/platform/manifest';
import { parseOr } from '@/lib/storage/parse-or';
import { defaultSettings, settingsItem, settingsSchema } from '@/lib/storage/preferences';

export async function pageButtonSetting(): Promise<{ enabled: boolean }> {
  const settings = parseOr(settingsSchema, await settingsItem.getValue().catch(() => null), defaultSettings);
  return { enabled: settings.showPageButton };
}

/** Tells LinkedIn tabs whenever the setting flips (from Options, or another device through sync). */
export function broadcastPageButtonSetting(): () => void {
  return settingsItem.watch((next, previous) => {
    const enabled = parseOr(settingsSchema, next, defaultSettings).showPageButton;
    if (enabled === parseOr(settingsSchema, previous, defaultSettings).showPageButton) return;
    void browser.tabs.query({ url: LINKEDIN_MATCHES }).then((tabs) => {
      for (const tab of tabs) {
        if (tab.id !== undefined)
          void sendMessage('pageButtonSetting', { enabled }, tab.id).catch(() => undefined);
      }
    });
  });
}
