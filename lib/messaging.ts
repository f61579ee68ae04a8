/**
 * The extension's one message protocol, as every sender uses it (pages, background, content
 * script): `sendMessage` under a typed name, and the protocol's types. Each message is declared
 * once, with its senders, request schema and answer type, on the side that answers it:
 * lib/protocol/background-messages.ts, lib/protocol/content-messages.ts (lib/protocol/router.ts:
 * how a side answers). Type-only imports of those, so no schema comes into a bundle from here.
 *
 *   import { sendMessage } from '@/lib/messaging';
 *   const result = await sendMessage('lookupPerson', { profileUrl });
 *
 * Handlers live in a `Map` (lib/protocol/listener.ts), so only a name a side registered is ever
 * answered — an inherited name (`constructor`, `toString`, `__proto__`) finds nothing and gets no answer.
 */
import { type Browser, browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import type { backgroundMessages } from '@/lib/protocol/background-messages';
import type { contentMessages } from '@/lib/protocol/content-messages';
import { answer, type Envelope, type Handler, type Reply } from '@/lib/protocol/listener';
import type { RequestSchema, Route } from '@/lib/protocol/router';

export type * from '@/lib/protocol/background-messages';
export { removeAllListeners } from '@/lib/protocol/listener';

export type BackgroundMessage = keyof typeof backgroundMessages;
export type ContentMessage = keyof typeof contentMessages;
export type MessageName = BackgroundMessage | ContentMessage;
type Messages = typeof backgroundMessages & typeof contentMessages;
/** What a message carries, as its sender writes it. */
export type Req<K extends MessageName> = z.input<Messages[K]['schema']>;
/** What a message carries once its schema has parsed it, as its handler gets it. */
export type Parsed<K extends MessageName> = z.output<Messages[K]['schema']>;
/** The answer a message's handler gives (declared with `route<Answer>()`). */
export type Answer<K extends MessageName> = Messages[K] extends Route<RequestSchema, infer A> ? A : never;

/** Sends `type` to the background and pages, or to the content scripts of tab `tabId`. */
export async function sendMessage<K extends MessageName>(
  type: K,
  data: Req<K>,
  tabId?: number,
): Promise<Answer<K>> {
  const envelope: Envelope = { type, data };
  const reply = (await (tabId === undefined
    ? browser.runtime.sendMessage(envelope)
    : browser.tabs.sendMessage(tabId, envelope))) as Reply | undefined;
  if (reply === undefined || reply === null) throw new Error(`No answer to ${type}`);
  if ('err' in reply) throw new Error(reply.err.message);
  return reply.res as Answer<K>;
}

/** Answers `type` in this context (one handler per name); returns how to stop. */
export function onMessage<K extends MessageName>(
  type: K,
  handler: (message: { data: Req<K>; sender: Browser.runtime.MessageSender }) => unknown,
): () => void {
  return answer(type, handler as Handler);
}
