/**
 * The browser's own page for changing keyboard shortcuts, linked from the options page.
 */
import { browser } from 'wxt/browser';

/** Where the shortcuts page is, per browser; null where only the API can open it (Firefox). */
export function shortcutsPageUrl(browserName: string = import.meta.env.BROWSER): string | null {
  if (browserName === 'firefox') return null;
  if (browserName === 'edge') return 'edge://extensions/shortcuts';
  return 'chrome://extensions/shortcuts';
}

/** What the options page says next to the link, per browser. */
export function shortcutsHint(browserName: string = import.meta.env.BROWSER): string {
  return browserName === 'firefox'
    ? 'Change them in Add-ons and themes → ⚙ → Manage Extension Shortcuts.'
    : 'Change them on the browser’s keyboard shortcuts page.';
}

/** Opens the shortcuts page (Firefox 137+: its own API). Resolves false when it cannot. */
export async function openShortcutsPage(): Promise<boolean> {
  const commands = browser.commands as unknown as { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') {
    await commands.openShortcutSettings();
    return true;
  }
  const url = shortcutsPageUrl();
  if (!url) return false;
  await browser.tabs.create({ url });
  return true;
}
