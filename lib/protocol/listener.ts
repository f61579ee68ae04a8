/**
 * The one `runtime.onMessage` listener of a context and its handlers by message name
 * (lib/messaging.ts: the typed `onMessage`; router.ts: a side's declared routes).
 */
import { type Browser, browser } from 'wxt/browser';

/** What travels: the message's name and its data. */
export interface Envelope {
  type: string;
  data: unknown;
}

/** What comes back: the answer, or the handler's error message. */
export type Reply = { res: unknown } | { err: { message: string } };

export type Handler = (message: { data: unknown; sender: Browser.runtime.MessageSender }) => unknown;

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

/** Answers `type` in this context (one handler per name); returns how to stop. */
export function answer(type: string, handler: Handler): () => void {
  if (handlers.has(type)) throw new Error(`${type} already has a handler in this context`);
  handlers.set(type, handler);
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
