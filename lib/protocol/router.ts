/**
 * The one way a side of the extension answers messages: for each message the side declares
 * (background-messages.ts, content-messages.ts), the sender is classified from the sender itself
 * and checked against the declaration, the data is validated with the message's schema, and only
 * then is the handler called. Anything else gets an error back and nothing is done.
 */
import { onMessage } from './channel';
import { maySend, type Route, type SenderKind } from './routes';

/** The parts of `runtime.MessageSender` the checks read. */
export interface MessageSenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string; windowId?: number };
}

type AnyHandler = (data: never, sender: MessageSenderLike) => unknown;
type Listener = (message: { data: unknown; sender: MessageSenderLike }) => Promise<unknown>;

/** Registers a handler for every declared message; returns a function that removes them all. */
export function registerRoutes<N extends string>(
  messages: Record<N, Route>,
  classify: (sender: MessageSenderLike) => SenderKind | null,
  handlers: Record<N, AnyHandler>,
): () => void {
  const removers = (Object.keys(messages) as N[]).map((name) => {
    const handler = handlers[name] as (data: unknown, sender: MessageSenderLike) => unknown;
    const listener: Listener = async ({ data, sender }) => {
      if (!maySend(messages[name], classify(sender)))
        throw new Error(`Refused ${name}: not allowed from this sender`);
      const parsed = messages[name].schema.safeParse(data);
      if (!parsed.success) throw new Error(`Refused ${name}: invalid request`);
      return handler(parsed.data, sender);
    };
    return (onMessage as unknown as (type: string, cb: Listener) => () => void)(name, listener);
  });
  return () => {
    for (const remove of removers) remove();
  };
}
