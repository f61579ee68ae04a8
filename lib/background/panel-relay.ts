/**
 * What the in-page panel asks of its own tab, relayed by the background: the panel is an
 * extension page framed into the LinkedIn tab, and Firefox gives such frames no `tabs` API. The
 * tab is the sender's own (`sender.tab`), never one a message names, so a panel can only ever
 * read the page it sits in.
 */
import type { MessageSenderLike } from '@/lib/background/sender';
import { sendMessage } from '@/lib/messaging';

interface PanelSender extends MessageSenderLike {
  tab?: { id?: number; url?: string; title?: string };
}

/** How long the tab's content script gets (under the panel's own patience). */
const ANSWER_MS = 2_500;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return Promise.race([promise, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);
}

/** The sender tab's profile as its content script reads it (validated by the panel), and the tab's URL and title. */
export async function readPanelTab(sender: PanelSender) {
  const tab = sender.tab;
  const page = { url: tab?.url ?? '', title: tab?.title ?? '' };
  if (tab?.id === undefined) return { answer: null, ...page };
  const answer = await withTimeout(
    sendMessage('readCurrentProfile', undefined, tab.id).catch(() => null),
    ANSWER_MS,
  );
  return { answer, ...page };
}

/** Closes the panel in the sender's own tab. */
export async function closePanel(sender: PanelSender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  return sendMessage('closeTaskPanel', undefined, tabId).catch(() => false);
}
