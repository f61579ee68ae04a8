/**
 * The LinkedIn content script's side of the protocol: the messages lib/protocol/content-messages.ts
 * declares, through the one router. Only this extension (its background and pages, never a page
 * script or another extension) is answered; what a message claims about itself is not looked at.
 */
import { browser } from 'wxt/browser';
import type { Answer, ContentMessage, Parsed } from '@/lib/messaging';
import { contentMessages } from '@/lib/protocol/content-messages';
import { type MessageSenderLike, registerRoutes, type SenderKind } from '@/lib/protocol/router';

export type ContentHandlers = {
  [K in ContentMessage]: (data: Parsed<K>) => Answer<K> | Promise<Answer<K>>;
};

/**
 * `extension` for this extension's background or pages, null for anything else. Told by the
 * sender's extension id and page origin: a content script's sender URL is its page's (and content
 * scripts cannot message another tab anyway). A tab is no sign of a stranger: Firefox sets it for
 * an extension page shown in a tab (the popup opened as a page, tests).
 */
export function classifyContentSender(sender: MessageSenderLike): SenderKind | null {
  if (sender.id !== browser.runtime.id) return null;
  if (sender.url !== undefined && !sender.url.startsWith(browser.runtime.getURL('/'))) return null;
  return 'extension';
}

/** Registers the handlers until `signal` aborts (the content script's context is invalidated). */
export function registerContentRoutes(handlers: ContentHandlers, signal: AbortSignal): void {
  const remove = registerRoutes(contentMessages, classifyContentSender, handlers);
  signal.addEventListener('abort', remove, { once: true });
}
