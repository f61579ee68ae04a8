/**
 * The messenger of the protocol (one per context): `runtime`/`tabs.sendMessage` under a typed
 * name. Handlers live in a `Map`, so only a name a side registered is ever answered — an
 * inherited name (`constructor`, `toString`, `__proto__`) finds nothing and gets no answer.
 * Typed by protocol-map.ts, which is type-only, so importing it brings no schema into a bundle.
 */
import { type Browser, browser } from 'wxt/browser';
import type { Answer, MessageName, Req } from './protocol-map';

/** What travels: the message's name and its data. */
interface Envelope {
  type: string;
  data: unknown;
}

/** What comes back: the answer, or the handler's error message. */
type Reply = { res: unknown } | { err: { message: string } };

type Handler = (message: { data: unknown; sender: Browser.runtime.MessageSender }) => unknown;

const handlers = new Map<string, Handler>();
let removeRoot: (() => void) | undefined;

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && typeof (message as Envelope).type === 'string';
}

function listenOnce(): void {
  if (removeRoot) return;
  // A promise answers (the polyfill in Chrome, natively in Firefox); undefined leaves the message
  // to other listeners. Listeners register only where the polyfill is (biome.json).
  const root = (message: unknown, sender: Browser.runtime.MessageSender): Promise<Reply> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers.get(message.type);
    if (!handler) return undefined;
    let answer: unknown;
    try {
      // Called in the message's own turn: a user gesture it carries (the page button's click,
      // which the side panel needs) does not outlive it.
      answer = handler({ data: message.data, sender });
    } catch (error) {
      answer = Promise.reject(error);
    }
    return Promise.resolve(answer).then(
      (res): Reply => ({ res }),
      (error: unknown): Reply => ({ err: { message: error instanceof Error ? error.message : 'Refused' } }),
    );
  };
  browser.runtime.onMessage.addListener(root as never);
  removeRoot = () => browser.runtime.onMessage.removeListener(root as never);
}

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
  if (handlers.has(type)) throw new Error(`${type} already has a handler in this context`);
  handlers.set(type, handler as Handler);
  listenOnce();
  return () => {
    handlers.delete(type);
    if (handlers.size === 0) removeAllListeners();
  };
}

/** Removes every handler of this context (tests). */
export function removeAllListeners(): void {
  handlers.clear();
  removeRoot?.();
  removeRoot = undefined;
}
