/**
 * The protocol's types, derived from the declarations: what each message carries and what its
 * answer is. Type-only imports, so the messenger (channel.ts) is typed by it without a schema.
 */
import type * as z from 'zod/mini';
import type { backgroundMessages } from './background-messages';
import type { contentMessages } from './content-messages';
import type { RequestSchema, Route } from './routes';

export type * from './answers';

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

/** One function type per message: what it carries and what it answers. */
export type ProtocolMap = { [K in MessageName]: (data: Req<K>) => Answer<K> };
