/**
 * The messenger of the protocol in lib/messaging.ts, without its zod schemas: the LinkedIn
 * content script imports it from here so classic zod (~20 KB gzipped) stays out of the bundle
 * that loads on every LinkedIn page. Everyone else imports the same instance via lib/messaging.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from '@/lib/messaging';

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>({
  logger: null as never,
});
