/**
 * How a message is declared and answered. A declaration (`route<Answer>()(schema, ...senders)`)
 * sits in the file of the side that answers it (background-messages.ts, content-messages.ts);
 * `registerRoutes` makes that side answer: the sender is classified from the sender itself and
 * checked against the declaration, the data is validated with its schema, and only then is the
 * handler called. Anything else gets an error back and nothing is done.
 *
 * Senders, as the receiving side classifies them (never from the message):
 *   options        — this extension's Options page
 *   extension-page — this extension's other pages: the popup, the side panel
 *   linkedin-tab   — a content script in a LinkedIn tab (untrusted ground: only the page button's setting)
 *   extension      — (content side) this extension's background or pages, i.e. not a page script
 */
import { answer, type Handler } from './listener';

export type SenderKind = 'options' | 'extension-page' | 'linkedin-tab' | 'extension';

/** The zod (mini) schema interface the router needs. */
export interface RequestSchema {
  safeParse(data: unknown): { success: true; data: unknown } | { success: false };
}

export interface Route<S extends RequestSchema = RequestSchema, A = unknown> {
  from: readonly SenderKind[];
  schema: S;
  /** Type only: what the handler answers (lib/messaging.ts reads it). */
  answer?: A;
}

/**
 * Declares a message answered with `A`: its schema, and the senders that may send it.
 *
 *   lookupPerson: route<PersonLookup>()(z.object({ profileUrl: z.url() }), 'extension-page', 'options'),
 */
export const route =
  <A>() =>
  <S extends RequestSchema>(schema: S, ...from: SenderKind[]): Route<S, A> => ({ schema, from });

/** True when a sender of `kind` may send a message of `route`. */
export function maySend(route: Route, kind: SenderKind | null): boolean {
  return kind !== null && route.from.includes(kind);
}

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
    return answer(name, listener as Handler);
  });
  return () => {
    for (const remove of removers) remove();
  };
}
