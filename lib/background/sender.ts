/**
 * Who may send which message. The background answers only this extension: its own pages (popup,
 * the in-page panel's framed document, options), and the options page alone for anything touching
 * the API key or its test. A content script in a LinkedIn tab may only ask for the page button's
 * setting: it is the part of the extension a compromised page is closest to, so it gets no person,
 * team, client, job, deal or outbox data at all. Everything else is dropped.
 */
import type { MessageName } from '@/lib/messaging';
import { isLinkedInPageUrl } from '@/lib/profile/linkedin-url';

export type SenderKind = 'options' | 'extension-page' | 'linkedin-tab';

/** The parts of `runtime.MessageSender` the checks read. */
export interface MessageSenderLike {
  id?: string;
  url?: string;
  tab?: { url?: string };
}

export interface ExtensionIdentity {
  id: string;
  /** `browser.runtime.getURL('/')`. */
  baseUrl: string;
  /** `browser.runtime.getURL('/options.html')`. */
  optionsUrl: string;
}

const PAGES: SenderKind[] = ['extension-page', 'options'];

/** Messages the background handles, and who may send each (readCurrentProfile goes to tabs). */
export const allowedSenders = {
  getSetupState: PAGES,
  lookupPerson: PAGES,
  listOpenTasks: PAGES,
  listTeamMembers: PAGES,
  searchRecords: PAGES,
  submitTask: PAGES,
  getSubmission: PAGES,
  findPeople: PAGES,
  listOutbox: PAGES,
  retryOutboxItem: PAGES,
  discardOutboxItem: PAGES,
  updateOutboxItem: PAGES,
  testConnection: ['options'],
  getPageButtonSetting: ['linkedin-tab', 'extension-page', 'options'],
  // The panel's framed document: an extension page inside a tab (the tab is the sender's own).
  readPanelTab: ['extension-page'],
  closePanel: ['extension-page'],
} satisfies Partial<Record<MessageName, SenderKind[]>>;
export type BackgroundMessage = keyof typeof allowedSenders;

/** What the sender is, or null for anything that is not this extension. */
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

/** True when `name` may come from `sender`. */
export function isAllowedSender(
  name: BackgroundMessage,
  sender: MessageSenderLike,
  self: ExtensionIdentity,
): boolean {
  const kind = classifySender(sender, self);
  return kind !== null && (allowedSenders[name] as SenderKind[]).includes(kind);
}
