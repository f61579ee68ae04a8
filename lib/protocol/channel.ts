/**
 * The messenger of the protocol (one instance per context). Typed by protocol-map.ts, which is
 * type-only, so importing it brings no schema into a bundle: the LinkedIn content script uses it.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './protocol-map';

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>({
  logger: null as never,
});
