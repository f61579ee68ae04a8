/**
 * The extension's one message protocol, for extension pages and the background:
 *   - lib/protocol/background-messages.ts, content-messages.ts: each message's senders and schema,
 *     declared on the side that answers it (routes.ts: the sender kinds);
 *   - lib/protocol/protocol-map.ts: the answers' types; lib/protocol/router.ts: how a side answers.
 * The LinkedIn content script imports from lib/protocol/ directly (no background schemas).
 *
 *   import { sendMessage } from '@/lib/messaging';
 *   const result = await sendMessage('lookupPerson', { profileUrl });
 */
export { onMessage, removeAllListeners, sendMessage } from '@/lib/protocol/channel';
export type * from '@/lib/protocol/protocol-map';
