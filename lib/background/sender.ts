/**
 * Who may send which message. The background answers only this extension: its own pages (popup,
 * the side panel, options), and the options page alone for anything touching the API key or its
 * test. A content script in a LinkedIn tab may only ask for the page button's setting and to open
 * the panel for its own tab: it is the part of the extension a compromised page is closest to, so
 * it gets no person, team, client, job, deal or outbox data at all
 * (lib/protocol/background-messages.ts). Everything else is dropped.
 */
import { isLinkedInPageUrl } from '@/lib/profile/linkedin-url';
import type { MessageSenderLike, SenderKind } from '@/lib/protocol/router';

export type { MessageSenderLike } from '@/lib/protocol/router';

export interface ExtensionIdentity {
  id: string;
  /** `browser.runtime.getURL('/')`. */
  baseUrl: string;
  /** `browser.runtime.getURL('/options.html')`. */
  optionsUrl: string;
}

/**
 * What the sender is (lib/protocol/background-messages.ts says what each kind may send), or null
 * for anything that is not this extension.
 */
export function classifySender(sender: MessageSenderLike, self: ExtensionIdentity): SenderKind | null {
  if (sender.id !== self.id || !sender.url) return null;
  const path = sender.url.split(/[?#]/)[0] ?? '';
  if (path === self.optionsUrl) return 'options';
  if (sender.url.startsWith(self.baseUrl)) return 'extension-page';
  // A content script: the message comes from a frame of a LinkedIn tab.
  if (sender.tab && isLinkedInPageUrl(sender.url) && isLinkedInPageUrl(sender.tab.url ?? sender.url))
    return 'linkedin-tab';
  return null;
}
