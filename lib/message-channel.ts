/**
 * The messenger of the protocol in lib/messaging.ts, without its request schemas: the LinkedIn
 * content script imports it from here so the protocol's schemas (and the task, outbox and
 * settings schemas they pull in) stay out of the bundle that loads on every LinkedIn page.
 * Everyone else imports the same instance via lib/messaging.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from '@/lib/messaging';

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>({
  logger: null as never,
});
