/**
 * What every message of the protocol declares: who may send it and its request schema. The
 * background's messages are declared in background-messages.ts, the content script's in
 * content-messages.ts (the side is where a message is declared); router.ts registers a side from
 * its declaration, and the completeness tests read the same declarations.
 *
 * Senders, as the receiving side classifies them from the sender itself (never from the message):
 *   options        — this extension's Options page
 *   extension-page — this extension's other pages: the popup, the side panel
 *   linkedin-tab   — a content script in a LinkedIn tab (untrusted ground: only the page button's setting)
 *   extension      — (content side) this extension's background or pages, i.e. not a page script
 */
export type SenderKind = 'options' | 'extension-page' | 'linkedin-tab' | 'extension';

/** The zod (mini) schema interface the router needs. */
export interface RequestSchema {
  safeParse(data: unknown): { success: true; data: unknown } | { success: false };
}

export interface Route<S extends RequestSchema = RequestSchema, A = unknown> {
  from: readonly SenderKind[];
  schema: S;
  /** Type only: what the handler answers (protocol-map.ts reads it). */
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
